/**
 * The Excel host's history on the recording fake of the Excel object model: recording a month adds it as an
 * Excel table (month as text), recording it again with other figures replaces its rows (never a second copy),
 * recording the same figures writes nothing, a 「考核历史」 with a bad row is never overwritten, and the syncs stay
 * within the budget (preview 2, record 3).
 */
import type { CellValue } from '../../src/core/cell';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { DEFAULT_HISTORY_SETTINGS } from '../../src/core/history/settings';
import { previewHistory, recordMonth, writeRollup } from '../../src/excel/history';
import { sheetCharts } from '../support/fakeExcel/charts';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice } from '../support/fakeExcel/workbookFixtures';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const TODAY = new Date(2023, 8, 15);
const settings = { ...DEFAULT_SETTINGS, sourceSheet: '考核' };

function scoreSheet(month: number, scores: [string, number][]): CellValue[][] {
  return [[`2023年${month}月窗口考核情况`], ['部门窗口', '基础分值', '减分分值', '加分分值'], ...scores.map(([w, s]) => [w, 100, s < 100 ? 100 - s : 0, s > 100 ? s - 100 : 0])];
}

function historyCells(state: FakeWorkbookState): unknown[][] {
  const sheet = state.sheets.find((s) => s.name === '考核历史')!;
  return sheet.rows.map((line) => Array.from({ length: 9 }, (_, c) => line?.[c]?.value ?? null));
}

test('record, record again with other figures, record the same: one table, the month replaced, then nothing written', async () => {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreSheet(8, [['甲厅', 105], ['乙厅', 103], ['丙局', 98]]));
  const first = excelContext(state);
  const r1 = await recordMonth(first.context, settings, TODAY);
  expect(r1).toMatchObject({ recorded: 'added', month: '2023-08', syncs: 2 }); // no history sheet yet: nothing to read twice
  expect(historyCells(state)).toEqual([
    ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'],
    ['2023-08', '甲厅', 100, 0, 5, 105, 1, '美式', null],
    ['2023-08', '乙厅', 100, 0, 3, 103, 2, '美式', null],
    ['2023-08', '丙局', 100, -2, 0, 98, 3, '美式', null],
  ]);
  expect(state.tables.map((t) => [t.name, t.range])).toEqual([['WindowHistory', { row: 0, col: 0, rows: 4, cols: 9 }]]);

  // The clerk corrects August: 丙局 had 2 deducted by mistake and earned 4; the month's rows are replaced.
  const source = state.sheets.find((s) => s.name === '考核')!;
  source.ensureCell(4, 2).value = 0;
  source.ensureCell(4, 3).value = 4;
  const second = excelContext(state);
  const r2 = await recordMonth(second.context, settings, TODAY);
  expect(r2).toMatchObject({ recorded: 'replaced', syncs: 3 });
  expect(historyCells(state).slice(1).map((r) => [r[1], r[5], r[6]])).toEqual([
    ['甲厅', 105, 1],
    ['丙局', 104, 2],
    ['乙厅', 103, 3],
  ]);
  expect(state.tables).toHaveLength(1);

  const third = excelContext(state);
  const r3 = await recordMonth(third.context, settings, TODAY);
  expect(r3).toMatchObject({ recorded: 'unchanged', syncs: 2 });
  expect(third.ctx.core.records.every((rec) => rec.actionNames.every((n) => n.endsWith('.load')))).toBe(true);
});

test('a 「考核历史」 with an unreadable month is reported by cell and never overwritten', async () => {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreSheet(8, [['甲厅', 105], ['乙厅', 103]]));
  const history = addSheetWithRows(state, '考核历史', [
    ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'],
    ['七月', '甲厅', 100, 0, 1, 101, 1, '美式', null],
  ]);
  const { context } = excelContext(state);
  const r = await recordMonth(context, settings, TODAY);
  expect(r.recorded).toBe('not-recorded');
  expect(r.problems).toContainEqual(expect.objectContaining({ code: 'HISTORY_BAD_ROW', severity: 'error', sheet: '考核历史', cells: ['A2'] }));
  expect(history.writes).toBe(0);
});

test('the preview reads the source and the history in two syncs and shows the change against July', async () => {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreSheet(8, [['甲厅', 105], ['乙厅', 103], ['丙局', 98]]));
  addSheetWithRows(state, '考核历史', [
    ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'],
    ['2023-07', '乙厅', 100, 0, 4, 104, 1, '美式', null],
    ['2023-07', '甲厅', 100, 0, 2, 102, 2, '美式', null],
    ['2023-07', '丙局', 100, -1, 0, 99, 3, '美式', null],
  ]);
  const { ctx, context } = excelContext(state);
  const view = await previewHistory(context, settings, DEFAULT_HISTORY_SETTINGS, TODAY);
  expect(ctx.core.records).toHaveLength(2);
  expect(view.recording).toBe('add');
  expect(view.month!.windows.map((w) => [w.window, w.change.label])).toEqual([
    ['甲厅', '↑1'],
    ['乙厅', '↓1'],
    ['丙局', '持平'],
  ]);
  expect(view.month!.lastPlace[0]).toMatchObject({ window: '丙局', consecutive: 2, level: 'notice' });
});

describe('writeRollup', () => {
  function yearHistory(state: FakeWorkbookState) {
    const rows: CellValue[][] = [['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决']];
    const months: [string, [string, number][]][] = [
      ['2023-01', [['甲厅', 103], ['乙厅', 101], ['丙局', 99]]],
      ['2023-02', [['乙厅', 104], ['甲厅', 102], ['丙局', 98]]],
    ];
    for (const [m, list] of months) list.forEach(([w, s], i) => rows.push([m, w, 100, s < 100 ? s - 100 : 0, s > 100 ? s - 100 : 0, s, i + 1, '美式', null]));
    return addSheetWithRows(state, '考核历史', rows);
  }

  test('the year sheet with a line chart of ranks (reversed, months along the bottom) and a bar chart of averages', async () => {
    const state = new FakeWorkbookState();
    const history = yearHistory(state);
    const { ctx, context } = excelContext(state);
    const r = await writeRollup(context, { year: 2023 }, DEFAULT_HISTORY_SETTINGS);
    expect(r).toMatchObject({ ok: true, sheetName: '2023年度考核汇总', charts: 2 });
    expect(ctx.core.records.length).toBeLessThanOrEqual(4);
    expect(history.writes).toBe(0);
    const sheet = state.sheets.find((s) => s.name === '2023年度考核汇总')!;
    const [line, bars] = sheetCharts(sheet);
    expect(line.type).toBe('LineMarkers');
    expect(line.series.map((s) => s.name)).toEqual(['甲厅', '乙厅', '丙局']);
    // Ranks block: columns C–D are the scores of Jan–Feb, E–F the ranks; rows 5–7 the windows; row 4 the month labels.
    expect(line.series.map((s) => s.values)).toEqual([4, 5, 6].map((row) => ({ row, col: 4, rows: 1, cols: 2 })));
    expect(line.series.every((s) => JSON.stringify(s.xValues) === JSON.stringify({ row: 3, col: 4, rows: 1, cols: 2 }))).toBe(true);
    expect(line.axes.value).toMatchObject({ reversePlotOrder: true, position: 'Maximum', minimum: 1, maximum: 3, title: '名次' });
    expect(bars.type).toBe('BarClustered');
    expect(bars.series).toEqual([{ name: '平均分', values: { row: 4, col: 7, rows: 3, cols: 1 }, xValues: { row: 4, col: 1, rows: 3, cols: 1 } }]);
    expect(bars.axes.category).toMatchObject({ reversePlotOrder: true, position: 'Maximum' });
    const cell = (r0: number, c0: number) => sheet.cell(r0, c0)?.value;
    expect([cell(4, 1), cell(4, 7)]).toEqual(['甲厅', 102.5]);
  });

  test('an Excel without the chart API (ExcelApi 1.7) gets the table and a warning, no chart calls', async () => {
    removeOffice();
    installOfficeRequirements('1.7');
    const state = new FakeWorkbookState();
    yearHistory(state);
    const { context } = excelContext(state);
    const r = await writeRollup(context, { year: 2023, quarter: 1 }, DEFAULT_HISTORY_SETTINGS);
    expect(r).toMatchObject({ ok: true, sheetName: '2023年第1季度考核汇总', charts: 0 });
    expect(r.problems.map((p) => p.message).join('')).toContain('ExcelApi 1.8');
    expect(sheetCharts(state.sheets.find((s) => s.name === '2023年第1季度考核汇总')!)).toEqual([]);
  });
});

/** 150 windows × 5 years (2019–2023) in 「考核历史」, and 考核 for January 2024: the scale. */
function fiveYears(state: FakeWorkbookState): void {
  const windows = Array.from({ length: 150 }, (_, w) => `窗口${w + 1}`);
  const score = (w: number, m: number) => 100 + (((w * 7 + m * 13) % 41) - 20) / 2;
  addSheetWithRows(state, '考核', scoreSheet(12, windows.map((w, i) => [w, score(i, 60)] as [string, number])));
  const rows: CellValue[][] = [['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决']];
  for (let m = 0; m < 60; m++) {
    const month = `${2019 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const list = windows.map((w, i) => ({ w, s: score(i, m) })).sort((a, b) => b.s - a.s);
    list.forEach(({ w, s }) => rows.push([month, w, 100, s < 100 ? s - 100 : 0, s > 100 ? s - 100 : 0, s, list.findIndex((x) => x.s === s) + 1, '美式', null]));
  }
  addSheetWithRows(state, '考核历史', rows);
}

test('scale: 150 windows × 5 years recorded within the budget (3 syncs, every request under 5 MB, Excel on the web)', async () => {
  const state = new FakeWorkbookState();
  fiveYears(state);
  const { ctx, context } = excelContext(state); // the web's 5 MB limit both ways (the fake's default)
  const r = await recordMonth(context, { ...settings, period: { year: 2024, month: 1 } }, TODAY);
  expect(r).toMatchObject({ recorded: 'added', month: '2024-01', syncs: 3 });
  expect(Math.max(...ctx.core.records.map((x) => x.requestBytes))).toBeLessThan(5_000_000);
  expect(state.sheets.find((s) => s.name === '考核历史')!.rows.length).toBe(1 + 150 * 61);
});

describe('「窗口名单」 read beside 「考核历史」 (same sync): renamed windows joined', () => {
  const roster = [['部门窗口', '简称'], ['甲厅', '旧甲厅'], ['乙厅', null], ['丙局', null]];
  function renamed(state: FakeWorkbookState) {
    addSheetWithRows(state, '考核', scoreSheet(8, [['甲厅', 105], ['乙厅', 103], ['丙局', 98]]));
    addSheetWithRows(state, '考核历史', [
      ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'],
      ['2023-07', '乙厅', 100, 0, 4, 104, 1, '美式', null],
      ['2023-07', '旧甲厅', 100, 0, 2, 102, 2, '美式', null],
      ['2023-07', '丙局', 100, -1, 0, 99, 3, '美式', null],
    ]);
  }

  test('the preview: still two syncs, 甲厅 ↑1 against its July under the old name', async () => {
    const state = new FakeWorkbookState();
    renamed(state);
    addSheetWithRows(state, '窗口名单', roster);
    const { ctx, context } = excelContext(state);
    const view = await previewHistory(context, settings, DEFAULT_HISTORY_SETTINGS, TODAY);
    expect(ctx.core.records).toHaveLength(2);
    expect(view.month!.windows.map((w) => [w.window, w.change.label])).toEqual([
      ['甲厅', '↑1'],
      ['乙厅', '↓1'],
      ['丙局', '持平'],
    ]);
  });

  test('without the roster 甲厅 is 新进驻', async () => {
    const state = new FakeWorkbookState();
    renamed(state);
    const view = await previewHistory(excelContext(state).context, settings, DEFAULT_HISTORY_SETTINGS, TODAY);
    expect(view.month!.windows[0]).toMatchObject({ window: '甲厅', change: { label: '新进驻' } });
  });

  test('the roll-up joins the old name into the window', async () => {
    const state = new FakeWorkbookState();
    renamed(state);
    addSheetWithRows(state, '窗口名单', roster);
    const r = await recordMonth(excelContext(state).context, settings, TODAY);
    expect(r.recorded).toBe('added');
    const w = await writeRollup(excelContext(state).context, { year: 2023, quarter: 3 }, DEFAULT_HISTORY_SETTINGS);
    expect(w.ok).toBe(true);
    const sheet = state.sheets.find((s) => s.name === '2023年第3季度考核汇总')!;
    const names = sheet.rows.map((line) => line?.[1]?.value ?? null).filter((v) => typeof v === 'string' && /厅|局$/u.test(v));
    expect(names.sort()).toEqual(['丙局', '乙厅', '甲厅']);
  });
});

test('scale: the pane\'s history update on 150 windows × 5 years with a roster: the preview in 2 syncs, the roll-up in 4', async () => {
  const state = new FakeWorkbookState();
  fiveYears(state);
  addSheetWithRows(state, '窗口名单', [['部门窗口', '简称'], ...Array.from({ length: 150 }, (_, w) => [`窗口${w + 1}`, `旧窗口${w + 1}`])]);
  const preview = excelContext(state);
  const view = await previewHistory(preview.context, { ...settings, period: { year: 2024, month: 1 } }, DEFAULT_HISTORY_SETTINGS, TODAY);
  expect(preview.ctx.core.records).toHaveLength(2);
  expect(view.month!.windows).toHaveLength(150);
  expect(view.otherMonths).toHaveLength(60);
  const roll = excelContext(state);
  const r = await writeRollup(roll.context, { year: 2023 }, DEFAULT_HISTORY_SETTINGS);
  expect(r).toMatchObject({ ok: true, charts: 2 });
  expect(roll.ctx.core.records).toHaveLength(4); // sheet list, history and roster, the sheet, the charts
  expect(Math.max(...[...preview.ctx.core.records, ...roll.ctx.core.records].map((x) => x.requestBytes))).toBeLessThan(5_000_000);
});
