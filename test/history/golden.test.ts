/**
 * The golden year (goldenYear.ts), every figure below worked out by hand from the score table there.
 *
 * Year sums (12 months unless said): 交通运输厅 1240 → 103.33; 自然资源厅 (3 months as 省国土资源厅) 1228 → 102.33;
 * 省市场监管局 1230.5 → 102.5416… → 102.54; 水利厅 1191 → 99.25; 省医保局 9 months 906.5 → 100.7222… → 100.72;
 * 省文旅厅 9 months 893.25 → 99.25 (ties 水利厅, listed after it: both first appear in January, 水利厅 ranked above).
 * Last places: Jan 文旅, Feb 水利, Mar 水利, Apr 文旅, May 水利, Jun 自然资源, Jul 文旅, Aug 水利, Sep 文旅, Oct 水利,
 * Nov 水利, Dec 医保 → 水利厅 6, 省文旅厅 4, 自然资源厅 1, 省医保局 1.
 */
import { aliasesFrom } from '../../src/core/history/aliases';
import { monthReport } from '../../src/core/history/monthReport';
import { quarterSpan, rollup, yearSpan } from '../../src/core/history/rollup';
import { historyFields } from '../../src/core/history/sentences';
import { DEFAULT_HISTORY_SETTINGS } from '../../src/core/history/settings';
import { workbookHistory } from '../../src/core/history/workbookHistory';
import { goldenWorkbook, L, M, N, N_OLD, T, W, Y } from './goldenYear';

const settings = DEFAULT_HISTORY_SETTINGS; // 3 红旗; notice 2 running / 3 a year; report 3 running / 4 a year; honour: < 2 lasts, no veto
const aliases = aliasesFrom([[N, [N_OLD]]]);
const golden = () => workbookHistory(goldenWorkbook(), { import: true, aliases });

describe('golden year 2023', () => {
  test('imports eleven months, keeps September (same figures) and its veto, no problems', () => {
    const h = golden();
    expect(h.problems).toEqual([]);
    expect(h.imported).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-10', '2023-11', '2023-12']);
    expect(h.joined.months).toHaveLength(12);
    const sep = h.joined.months[8].rows;
    expect(sep.filter((r) => r.veto).map((r) => r.window)).toEqual([M]);
    // The recorded history keeps the names as published; the joined one uses the roster's name.
    expect(h.recorded.months[0].rows.map((r) => r.window)).toContain(N_OLD);
    expect(h.joined.months[0].rows.map((r) => r.window)).toContain(N);
  });

  test('year roll-up: averages, ranks with the tie, times last, vetoes, partial windows, eligibility', () => {
    const r = rollup(golden().joined, yearSpan(2023), settings);
    expect(r.title).toBe('2023年度考核汇总');
    expect(r.windows.map((w) => [w.rank, w.window, w.averageText, w.monthsCounted, w.partial, w.timesLast, w.vetoMonths])).toEqual([
      [1, T, '103.33', 12, false, 0, []],
      [2, M, '102.54', 12, false, 0, [9]],
      [3, N, '102.33', 12, false, 1, []],
      [4, Y, '100.72', 9, true, 1, []],
      [5, W, '99.25', 12, false, 6, []],
      [5, L, '99.25', 9, true, 4, []],
    ]);
    expect(r.windows.map((w) => w.honour)).toEqual([
      { eligible: true, reason: '' },
      { eligible: false, reason: '9月否决' },
      { eligible: true, reason: '' },
      { eligible: true, reason: '' },
      { eligible: false, reason: '累计6次末位' },
      { eligible: false, reason: '累计4次末位' },
    ]);
  });

  test('third quarter: Jul–Sep only, no eligibility column', () => {
    const r = rollup(golden().joined, quarterSpan(2023, 3), settings);
    expect(r.title).toBe('2023年第3季度考核汇总');
    expect(r.windows.map((w) => [w.rank, w.window, w.averageText])).toEqual([
      [1, T, '104'],
      [2, M, '103.17'],
      [3, N, '103'],
      [4, Y, '101.5'],
      [5, W, '100'],
      [6, L, '98.75'],
    ]);
    expect(r.windows.every((w) => w.honour === undefined && !w.partial)).toBe(true);
  });

  test('July: the 红旗 edge tie is all in and said; changes against June; 文旅 last a third time this year', () => {
    const h = golden().joined;
    const jul = monthReport(h, { year: 2023, month: 7 }, settings)!;
    expect(jul.redFlags.windows).toEqual([N, T, M, W]);
    expect(jul.redFlags.edgeTie).toEqual({ rank: 3, windows: [M, W] });
    expect(jul.windows.map((w) => [w.window, w.change.label])).toEqual([
      [N, '↑5'],
      [T, '↓1'],
      [M, '↓1'],
      [W, '↑1'],
      [Y, '↓2'],
      [L, '↓2'],
    ]);
    expect(jul.lastPlace).toEqual([{ window: L, consecutive: 1, timesThisYear: 3, level: 'notice', reasons: ['年内第3次末位'] }]);
    expect(historyFields(jul).流动红旗).toBe(`7月流动红旗窗口：${N}、${T}、${M}、${W}（第3名有2个窗口并列，均获流动红旗，共4个）。`);
  });

  test('September: the vetoed first place gets no 红旗; November: 水利厅 last two running and six times, reported', () => {
    const h = golden().joined;
    const sep = monthReport(h, { year: 2023, month: 9 }, settings)!;
    expect(sep.windows[0]).toMatchObject({ window: M, rank: 1, veto: true });
    expect(sep.redFlags).toEqual({ count: 3, windows: [T, Y, N], edgeTie: null, vetoed: [M] });
    const nov = monthReport(h, { year: 2023, month: 11 }, settings)!;
    expect(nov.lastPlace).toEqual([{ window: W, consecutive: 2, timesThisYear: 6, level: 'report', reasons: ['连续2个月末位', '年内第6次末位'] }]);
    expect(historyFields(nov).末位提醒).toBe('11月末位窗口：水利厅（连续2个月末位，年内第6次末位，按规定通报其所在部门）。');
  });

  test('April: the renamed window is joined (↑1), the newcomer is 新进驻; without the roster the rename is a newcomer', () => {
    const apr = monthReport(golden().joined, { year: 2023, month: 4 }, settings)!;
    expect(apr.windows.find((w) => w.window === N)!.change.label).toBe('↑1');
    expect(apr.windows.find((w) => w.window === Y)!.change.label).toBe('新进驻');
    const exact = workbookHistory(goldenWorkbook(), { import: true });
    const aprExact = monthReport(exact.joined, { year: 2023, month: 4 }, settings)!;
    expect(aprExact.windows.find((w) => w.window === N)!.change.label).toBe('新进驻');
  });

  test('December sentence of rank changes', () => {
    const dec = monthReport(golden().joined, { year: 2023, month: 12 }, settings)!;
    expect(dec.windows.map((w) => [w.window, w.rank, w.change.label])).toEqual([
      [T, 1, '↑1'],
      [W, 2, '↑3'],
      [M, 3, '↑1'],
      [N, 4, '↓3'],
      [Y, 5, '↓3'],
    ]);
    expect(historyFields(dec).名次变化).toBe(`与11月相比，名次上升最多的是${W}（上升3名），下降最多的是${N}、${Y}（下降3名）。`);
    expect(dec.lastPlace).toEqual([{ window: Y, consecutive: 1, timesThisYear: 1, level: null, reasons: ['年内第1次末位'] }]);
  });
});
