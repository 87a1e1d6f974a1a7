/**
 * Renamed windows joined by 「窗口名单」's names (its 简称 / 曾用名 column) in every place the history joins: the
 * golden year with the roster as a sheet of the workbook (no aliases passed by the test), the bulletin's fields,
 * the 较上月 labels, the pane's preview, recording (a month held under the old name is the same month, its veto
 * kept) and the roll-ups. Without a roster only exact names join, and names that look alike are reported by cell.
 */
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { changeLabels } from '../../src/core/history/changeColumn';
import { monthReport } from '../../src/core/history/monthReport';
import { monthFromRanking } from '../../src/core/history/recordMonth';
import { decideRecording, rollupOfSheet } from '../../src/core/history/recording';
import { rollup, yearSpan } from '../../src/core/history/rollup';
import { workbookAliases } from '../../src/core/history/rosterAliases';
import { DEFAULT_HISTORY_SETTINGS } from '../../src/core/history/settings';
import { historyPreview } from '../../src/core/history/view';
import { workbookHistory } from '../../src/core/history/workbookHistory';
import { rankSheet } from '../../src/core/engine';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../cli/runCli';
import { tempDir } from '../xlsx/workbookFixtures';
import { goldenWorkbook, L, M, N, N_OLD, T, W, Y } from './goldenYear';
import { gridsToXlsx } from './workbookFile';

const settings = DEFAULT_HISTORY_SETTINGS;
const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, originRow: 0, originCol: 0, values, merges: [], tables: [] });
const HEADER = ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'];

/** 「窗口名单」 as the ledger's template lays it out: 自然资源厅 with its old name in 简称. */
function roster(): SheetGrid {
  return grid('窗口名单', [
    ['部门窗口', '简称', '进驻日期', '撤出日期'],
    [T, '交通厅', null, null],
    [N, `${N_OLD}、国土厅`, null, null],
    [M, '市场监管局', null, null],
    [W, null, null, null],
    [Y, '医保局', null, null],
    [L, '文旅厅', null, null],
  ]);
}

const withRoster = () => ({ sheets: [...goldenWorkbook().sheets, roster()] });

describe('the golden year with 「窗口名单」 in the workbook', () => {
  test('省国土资源厅 (Jan–Mar) and 自然资源厅 are one window: twelve months, 102.33, ↑1 in April; no warnings', () => {
    const h = workbookHistory(withRoster(), { import: true });
    expect(h.problems).toEqual([]);
    expect(h.joined.months[0].rows.map((r) => r.window)).toContain(N);
    expect(h.joined.months[0].rows.map((r) => r.window)).not.toContain(N_OLD);
    // The recorded history keeps the names as published.
    expect(h.recorded.months[0].rows.map((r) => r.window)).toContain(N_OLD);
    const year = rollup(h.joined, yearSpan(2023), settings);
    const n = year.windows.find((w) => w.window === N)!;
    // Hand sum: 103+104+101+103+102+100+104+103+102+102+103+101 = 1228 → 102.33 over 12 months.
    expect([n.rank, n.averageText, n.monthsCounted, n.partial]).toEqual([3, '102.33', 12, false]);
    expect(year.windows.map((w) => w.window)).not.toContain(N_OLD);
    const apr = monthReport(h.joined, { year: 2023, month: 4 }, settings)!;
    expect(apr.windows.find((w) => w.window === N)!.change.label).toBe('↑1');
  });

  test('without the roster the two names stay two windows (exact names)', () => {
    const h = workbookHistory(goldenWorkbook(), { import: true });
    const year = rollup(h.joined, yearSpan(2023), settings);
    expect(year.windows.find((w) => w.window === N_OLD)).toMatchObject({ monthsCounted: 3, partial: true });
    expect(year.windows.find((w) => w.window === N)).toMatchObject({ monthsCounted: 9, partial: true });
  });
});

/** April ranked from its result sheet (自然资源厅 under its new name), against a history holding March under the old. */
function aprilAgainstMarch(extra: SheetGrid[]) {
  const april = goldenWorkbook().sheets[3];
  const outcome = rankSheet(april);
  const period = { year: 2023, month: 4 };
  const history = workbookHistory({ sheets: [goldenWorkbook().sheets[2]] }, { import: true }).recorded;
  const rows: CellValue[][] = [HEADER, ...history.months[0].rows.map((r) => ['2023-03', r.window, r.base / 10000, -r.deduction / 10000, r.bonus / 10000, r.score / 10000, r.rank, '美式', null])];
  const workbook = { sheets: [april, grid('考核历史', rows), ...extra] };
  return { workbook, period, table: outcome.table!, ranking: outcome.ranking! };
}

test('较上月 labels join by the roster in the workbook: 自然资源厅 ↑1, not 新进驻', () => {
  const withIt = aprilAgainstMarch([roster()]);
  const labels = changeLabels(withIt.workbook, withIt.period, withIt.table, withIt.ranking);
  const names = withIt.ranking.order.reduce<string[]>((a, i) => [...a, withIt.table.names[i]], []);
  expect(labels[names.indexOf(N)]).toBe('↑1');
  const without = aprilAgainstMarch([]);
  expect(changeLabels(without.workbook, without.period, without.table, without.ranking)[names.indexOf(N)]).toBe('新进驻');
});

test('the pane preview joins by the roster the host read', () => {
  const { workbook, period, table, ranking } = aprilAgainstMarch([roster()]);
  const history = workbook.sheets.find((s) => s.name === '考核历史');
  const month = monthFromRanking(period, table, ranking);
  const joined = historyPreview(history, month, settings, workbookAliases(workbook).aliases);
  expect(joined.month!.windows.find((w) => w.window === N)!.change.label).toBe('↑1');
  const exact = historyPreview(history, month, settings);
  expect(exact.month!.windows.find((w) => w.window === N)!.change.label).toBe('新进驻');
});

describe('recording a month held under the old name', () => {
  const held = grid('考核历史', [
    HEADER,
    ['2023-03', T, 100, 0, 3, 103, 1, '美式', null],
    ['2023-03', N_OLD, 100, 0, 1, 101, 2, '美式', '是'],
  ]);
  const march = (names: [string, string]) => {
    const g = grid('考核', [['2023年3月窗口考核情况'], ['部门窗口', '基础分值', '减分分值', '加分分值'], [names[0], 100, 0, 3], [names[1], 100, 0, 1]]);
    const o = rankSheet(g);
    return monthFromRanking({ year: 2023, month: 3 }, o.table!, o.ranking!);
  };
  const aliases = workbookAliases({ sheets: [roster()] }).aliases;

  test('the same figures under the new name change nothing', () => {
    expect(decideRecording(held, march([T, N]), aliases).kind).toBe('unchanged');
    // Without the roster the renamed window is another window: the month is replaced.
    expect(decideRecording(held, march([T, N]), workbookAliases({ sheets: [] }).aliases).kind).toBe('replaced');
  });

  test('other figures replace the month and the veto marked on the old name stays on the window', () => {
    const g = grid('考核', [['2023年3月窗口考核情况'], ['部门窗口', '基础分值', '减分分值', '加分分值'], [T, 100, 0, 3], [N, 100, 0, 2]]);
    const o = rankSheet(g);
    const decision = decideRecording(held, monthFromRanking({ year: 2023, month: 3 }, o.table!, o.ranking!), aliases);
    expect(decision.kind).toBe('replaced');
    expect('values' in decision && decision.values.slice(1).map((r) => [r[1], r[5], r[8]])).toEqual([
      [T, 103, null],
      [N, 102, '是'],
    ]);
  });
});

test('the roll-up of a 「考核历史」 sheet joins by the roster', () => {
  const sheet = grid('考核历史', [
    HEADER,
    ['2023-03', T, 100, 0, 3, 103, 1, '美式', null],
    ['2023-03', N_OLD, 100, 0, 1, 101, 2, '美式', null],
    ['2023-04', N, 100, 0, 5, 105, 1, '美式', null],
    ['2023-04', T, 100, 0, 2, 102, 2, '美式', null],
  ]);
  const joined = rollupOfSheet(sheet, { year: 2023 }, settings, workbookAliases({ sheets: [roster()] }).aliases).rollup!;
  expect(joined.windows.map((w) => [w.window, w.monthsCounted, w.averageText])).toEqual([
    [N, 2, '103'],
    [T, 2, '102.5'],
  ]);
});

test('without a roster, names that look alike and never share a month are reported by the cells of their first rows', () => {
  const sheet = grid('考核历史', [
    HEADER,
    ['2023-03', T, 100, 0, 3, 103, 1, '美式', null],
    ['2023-03', '省自然资源厅', 100, 0, 1, 101, 2, '美式', null],
    ['2023-04', N, 100, 0, 5, 105, 1, '美式', null],
    ['2023-04', T, 100, 0, 2, 102, 2, '美式', null],
  ]);
  const { problems } = rollupOfSheet(sheet, { year: 2023 }, settings, workbookAliases({ sheets: [] }).aliases);
  expect(problems).toEqual([
    expect.objectContaining({ code: 'HISTORY_NEAR_DUPLICATE', severity: 'warning', sheet: '考核历史', cells: ['B3', 'B4'] }),
  ]);
  expect(problems[0].message).toContain('「考核历史」!B3 的“省自然资源厅”');
  expect(problems[0].message).toContain('「考核历史」!B4 的“自然资源厅”');
  // With the roster naming 省自然资源厅 as 自然资源厅's old name: one window, nothing to report.
  const named = grid('窗口名单', [['部门窗口', '简称'], [T, null], [N, '省自然资源厅']]);
  const joined = rollupOfSheet(sheet, { year: 2023 }, settings, workbookAliases({ sheets: [named] }).aliases);
  expect(joined.problems).toEqual([]);
  expect(joined.rollup!.windows.map((w) => [w.window, w.monthsCounted])).toEqual([
    [N, 2],
    [T, 2],
  ]);
});

test('window-bulletin history joins by the workbook\'s 「窗口名单」: 自然资源厅 twelve months in the JSON', async () => {
  const { dir, cleanup } = tempDir('wb-roster-');
  try {
    const file = path.join(dir, 'year.xlsx');
    writeFileSync(file, await gridsToXlsx(withRoster().sheets));
    const r = await runCli(['history', file, '--import', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { rollup: { windows: { window: string; monthsCounted: number; averageText: string }[] }; warnings: unknown[] };
    expect(doc.rollup.windows.find((w) => w.window === N)).toMatchObject({ monthsCounted: 12, averageText: '102.33' });
    expect(doc.rollup.windows.map((w) => w.window)).not.toContain(N_OLD);
    expect(doc.warnings).toEqual([]);
  } finally {
    cleanup();
  }
});
