/**
 * 台账 over the recording fake Excel: the preview in two syncs, the write in three (both sheets or neither), both
 * sheets marked as the add-in's own — the detail as an output, the score sheet as a made score sheet that stays a
 * source (offered first, ranked by the ribbon, read by 生成通报) — the input sheets untouched.
 */
import { previewTally, writeTally } from '../../src/excel/tally';
import { generateWithSavedSettings } from '../../src/excel/generate';
import { generateBulletinSheet } from '../../src/excel/bulletinSheet';
import { listSources } from '../../src/excel/sources';
import { bulletinInputGrids, REFERENCE_SHEET } from '../taskpane/referenceWorkbook';
import { fromUtcDate, toExcelSerial } from '../../src/core/bulletin/civilDate';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice, sheetSnapshot } from '../support/fakeExcel/workbookFixtures';
import { LEDGER_HEADER, ROSTER, ROSTER_HEADER, RULES, RULES_HEADER } from '../ledger/support';
import type { CellValue } from '../../src/core/cell';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const AUGUST = { year: 2023, month: 8 };
const LINES: CellValue[][] = [
  ['2023-07-20', '甲厅', 'D01'],
  ['2023-08-01', '甲厅', 'D01', 4],
  ['2023-08-02', '甲厅', 'D02'],
  ['2023-08-03', '乙局', 'B03'],
  ['2023-08-04', '乙局', 'B02', 1, null, '', '', '撤销'],
];

function workbook(lines: CellValue[][] = LINES) {
  const state = new FakeWorkbookState();
  const sheets = [
    addSheetWithRows(state, '考核细则', [RULES_HEADER, ...RULES]),
    addSheetWithRows(state, '考核台账', [LEDGER_HEADER, ...lines]),
    addSheetWithRows(state, '窗口名单', [ROSTER_HEADER, ...ROSTER]),
  ];
  return { state, sheets, before: sheets.map(sheetSnapshot) };
}

test('previews the last month with lines in two syncs', async () => {
  const { state } = workbook();
  const { context } = excelContext(state);
  const p = await previewTally(context, null, DEFAULT_SETTINGS);
  expect(p.problems).toEqual([]);
  expect(p.syncs).toBe(2);
  expect(p.month).toEqual(AUGUST);
  expect(p.months).toEqual([{ year: 2023, month: 7 }, AUGUST]);
  expect(p.sources).toEqual({ rules: '考核细则', ledger: '考核台账', roster: '窗口名单' });
  // 乙局 +5; 丙委, 省市场监管局 100; 甲厅: 4 × −2 + −3 = 11, capped at 10 → 90.
  expect(p.rows.map((r) => [r.rank, r.window, r.deduction, r.bonus, r.score])).toEqual([
    [1, '乙局', 0, 5, 105],
    [2, '丙委', 0, 0, 100],
    [2, '省市场监管局', 0, 0, 100],
    [4, '甲厅', 10, 0, 90],
  ]);
  expect(p.rows[3].remark).toBe('到岗纪律按上限计扣10分');
  expect([p.counted, p.notCounted]).toEqual([3, 1]);
});

test('writes both sheets in three syncs; marks the detail as its own; the inputs are untouched', async () => {
  const { state, sheets, before } = workbook();
  const { context } = excelContext(state);
  const w = await writeTally(context, AUGUST, { rules: '考核细则', ledger: '考核台账', roster: '窗口名单' }, DEFAULT_SETTINGS);
  expect(w.problems).toEqual([]);
  expect(w.syncs).toBeLessThanOrEqual(3);
  expect([w.scoreSheet, w.detailSheet]).toEqual(['2023年8月考核', '2023年8月考核明细']);
  expect(state.sheets.map((s) => s.name)).toEqual(['考核细则', '考核台账', '窗口名单', '2023年8月考核', '2023年8月考核明细']);
  expect(sheets.map(sheetSnapshot)).toEqual(before);
  const marked = (prefix: string) => state.names.filter((n) => n.name.startsWith(prefix)).map((n) => [n.name, state.sheets.find((sh) => sh.id === n.sheetId)?.name, n.comment]);
  expect(marked('WindowBulletin_Sheet_')).toEqual([['WindowBulletin_Sheet_1', '2023年8月考核明细', '窗口考核通报生成的工作表']]);
  expect(marked('WindowBulletin_Score_')).toEqual([['WindowBulletin_Score_1', '2023年8月考核', '窗口考核通报生成的工作表']]);
  // A second write versions both names.
  const again = await writeTally(excelContext(state).context, AUGUST, { rules: '考核细则', ledger: '考核台账', roster: '窗口名单' }, DEFAULT_SETTINGS);
  expect([again.scoreSheet, again.detailSheet]).toEqual(['2023年8月考核 (2)', '2023年8月考核明细 (2)']);
});

test('a failed detail write takes the score sheet away too', async () => {
  const { state } = workbook();
  const names = state.sheets.map((s) => s.name);
  const { context } = excelContext(state, { faults: { failAtSync: 3 } });
  const w = await writeTally(context, AUGUST, { rules: '考核细则', ledger: '考核台账', roster: '窗口名单' }, DEFAULT_SETTINGS);
  expect(w.ok).toBe(false);
  expect(w.problems.map((p) => p.code)).toContain('WRITE_FAILED');
  expect(state.sheets.map((s) => s.name)).toEqual(names);
  expect(state.names.filter((n) => n.name.startsWith('WindowBulletin_'))).toEqual([]);
});

test('the written score sheet stays a source: offered first, ranked by the ribbon, read by 生成通报', async () => {
  const { state } = workbook();
  const w = await writeTally(excelContext(state).context, AUGUST, { rules: '考核细则', ledger: '考核台账', roster: '窗口名单' }, DEFAULT_SETTINGS);
  expect(w.ok).toBe(true);
  // The pane's source list: the made score sheet first, the detail (an output) not at all.
  const sources = await listSources(excelContext(state).context);
  expect(sources.map((s) => s.name)).toEqual(['2023年8月考核', '考核细则', '考核台账', '窗口名单']);
  expect(sources[0].header).toMatchObject({ labels: { window: '部门窗口' } });
  // The ribbon on the score sheet ranks it (not "this is a sheet the add-in made").
  state.activeSheetId = state.sheets.find((s) => s.name === '2023年8月考核')!.id;
  const ranked = await generateWithSavedSettings(excelContext(state).context, undefined, { today: new Date(2023, 8, 15) });
  expect(ranked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(ranked.ok).toBe(true);
  const result = state.sheets.find((s) => s.name === ranked.sheetName)!;
  expect(state.names.find((n) => n.sheetId === result.id)?.name).toMatch(/^WindowBulletin_Sheet_/);
  // Pressed again on that ranking, the ribbon ranks its source — the score sheet — again, not the ranking.
  state.activeSheetId = result.id;
  const again = await generateWithSavedSettings(excelContext(state).context, undefined, { today: new Date(2023, 8, 15) });
  expect(again.ok).toBe(true);
  // 生成通报 reads the score sheet as its input (the detail and the rankings are outputs, left out: no "several").
  // The reference week's inputs, their 考核表 cell naming the sheet the tally wrote; dates as Excel holds them.
  const cell = (v: CellValue): CellValue => (v instanceof Date ? toExcelSerial(fromUtcDate(v)!) : v === REFERENCE_SHEET ? '2023年8月考核' : v);
  for (const g of bulletinInputGrids()) addSheetWithRows(state, g.name, g.values.map((r) => r.map(cell)));
  const bulletin = await generateBulletinSheet(excelContext(state).context, DEFAULT_SETTINGS);
  expect(bulletin.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([]);
  expect(bulletin.problems.map((p) => p.code)).not.toContain('SEVERAL_SCORE_SHEETS');
  expect(bulletin.ok).toBe(true);
});

test('errors in the ledger write nothing; a sheet renamed since the preview is said so', async () => {
  const { state } = workbook([...LINES, ['2023-08-09', '丁办', 'D01']]);
  const names = state.sheets.map((s) => s.name);
  const w = await writeTally(excelContext(state).context, AUGUST, { rules: '考核细则', ledger: '考核台账', roster: '窗口名单' }, DEFAULT_SETTINGS);
  expect(w.ok).toBe(false);
  expect(w.problems.map((p) => p.message)).toEqual([expect.stringContaining('「考核台账」!B7 的窗口“丁办”不在「窗口名单」中')]);
  expect(state.sheets.map((s) => s.name)).toEqual(names);
  const renamed = await writeTally(excelContext(state).context, AUGUST, { rules: '考核细则', ledger: '台账', roster: '窗口名单' }, DEFAULT_SETTINGS);
  expect(renamed.problems[0].message).toContain('请重新预览');
});

describe('a year\'s ledger on Excel on the web (5 MB answers)', () => {
  const WINDOWS = 150;
  const roster: CellValue[][] = Array.from({ length: WINDOWS }, (_, w) => [`窗口${w + 1}`, '', null, null]);
  /** 150 windows × 12 months × 20 events, dates as Excel holds them (serials), 依据 of `evidence` characters. */
  function yearLedger(evidence: number): CellValue[][] {
    const lines: CellValue[][] = [];
    const pad = '督查通报第期号'.repeat(Math.ceil(evidence / 7));
    for (let m = 1; m <= 12; m++) {
      const first = Date.UTC(2023, m - 1, 1) / 86_400_000 + 25_569;
      for (let w = 0; w < WINDOWS; w++) {
        for (let e = 0; e < 20; e++) {
          const code = ['D01', 'D02', 'B01', 'B02'][(w + e) % 4];
          lines.push([first + ((e * 3 + w) % 28), `窗口${w + 1}`, code, 1 + (e % 2), null, e % 5 === 0 ? `人员${w}` : '', `${pad.slice(0, evidence)}${m}-${w}-${e}`, e % 17 === 0 ? '申诉成立' : '', '']);
        }
      }
    }
    return lines;
  }
  function yearWorkbook(evidence: number) {
    const state = new FakeWorkbookState();
    addSheetWithRows(state, '考核细则', [RULES_HEADER, ...RULES]);
    addSheetWithRows(state, '考核台账', [LEDGER_HEADER, ...yearLedger(evidence)]);
    addSheetWithRows(state, '窗口名单', [ROSTER_HEADER, ...roster]);
    return state;
  }
  const SOURCES = { rules: '考核细则', ledger: '考核台账', roster: '窗口名单' };
  const figures = (p: Awaited<ReturnType<typeof previewTally>>) => p.rows.map((r) => [r.window, r.rank, r.deduction, r.bonus, r.score]);

  test('36,000 lines: previewed in two syncs and written in three, every answer under 5 MB, as on the desktop', async () => {
    const state = yearWorkbook(8);
    const web = excelContext(state);
    const p = await previewTally(web.context, AUGUST, DEFAULT_SETTINGS);
    expect(p.problems).toEqual([]);
    expect(p.syncs).toBe(2);
    expect(Math.max(...web.ctx.core.records.map((r) => r.responseBytes))).toBeLessThan(5_000_000);
    // With valueTypes, as the other reads ask, the same ledger is one answer over the limit.
    const typed = excelContext(state).context;
    typed.workbook.worksheets.getItem('考核台账').getUsedRangeOrNullObject(true).load('values,valueTypes');
    await expect(typed.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const desktop = await previewTally(excelContext(state, { responseLimitBytes: Infinity }).context, AUGUST, DEFAULT_SETTINGS);
    expect(figures(p)).toEqual(figures(desktop));
    expect(p.counted).toBe(desktop.counted);
    const writing = excelContext(state);
    const w = await writeTally(writing.context, AUGUST, SOURCES, DEFAULT_SETTINGS);
    expect(w.problems).toEqual([]);
    expect(w.syncs).toBe(3);
  }, 120_000);

  test('a ledger whose values alone are over 5 MB is read in slices; the syncs are counted', async () => {
    const state = yearWorkbook(60);
    const web = excelContext(state);
    const p = await previewTally(web.context, AUGUST, DEFAULT_SETTINGS);
    expect(p.problems).toEqual([]);
    const records = web.ctx.core.records;
    expect(records.every((r) => r.error !== null || r.responseBytes < 5_000_000)).toBe(true);
    expect(p.syncs).toBe(records.length);
    // 8.4 MB of values: inventory; the three sheets refused; then sheet by sheet as 生成排名 reads a large source —
    // 考核细则; 考核台账 refused whole, its extent and first 2,000 rows, three slices of about 4 MB; 窗口名单.
    expect(records.map((r) => r.error)).toEqual([null, 'ResponsePayloadSizeLimitExceeded', null, 'ResponsePayloadSizeLimitExceeded', null, null, null, null, null]);
    expect(p.syncs).toBe(9);
    const desktop = await previewTally(excelContext(state, { responseLimitBytes: Infinity }).context, AUGUST, DEFAULT_SETTINGS);
    expect(figures(p)).toEqual(figures(desktop));
  }, 120_000);
});

test('an error value in the ledger is told from text that reads like one, in one more sync', async () => {
  const { state } = workbook([...LINES, ['2023-08-05', '乙局', 'B02', 1, null, '', '#3号文', '', '']]);
  const ledgerSheet = state.sheets.find((s) => s.name === '考核台账')!;
  ledgerSheet.ensureCell(2, 1).error = '#N/A'; // 部门窗口 of row 3: a look-up formula that found nothing
  const p = await previewTally(excelContext(state).context, AUGUST, DEFAULT_SETTINGS);
  expect(p.syncs).toBe(3);
  const messages = p.problems.map((x) => x.message).join('\n');
  expect(messages).toContain('「考核台账」!B3');
  expect(messages).toContain('#N/A');
  expect(messages).not.toContain('#3号文');
});
