/**
 * 生成通报 through the Office.js host, on the recording fake of the Excel object model: the reference week's input
 * sheets and the August score sheet become one bulletin sheet equal to the core's plan of the same workbook, in
 * three syncs (inventory, all sheets, one write); the inputs are untouched; the sheet is marked as the add-in's
 * own, so a second bulletin is versioned and does not read the first as an input; missing inputs write nothing.
 */
import { composeBulletin } from '../../src/core/bulletin/compose';
import { exampleInputData, exampleScoreSheet } from '../../src/core/bulletin/exampleInputs';
import { scoreSheetContent } from '../../src/core/bulletin/inputWorkbook';
import { DEFAULT_HISTORY_SETTINGS, encodeHistorySettings, HISTORY_SETTINGS_KEY } from '../../src/core/history/settings';
import { contentGrid, inputWorkbook } from '../bulletin/support';
import { planBulletinSheet } from '../../src/core/bulletin/sheetPlan';
import type { CellValue } from '../../src/core/cell';
import { fromUtcDate, toExcelSerial } from '../../src/core/bulletin/civilDate';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { generateBulletinSheet } from '../../src/excel/bulletinSheet';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice, sheetSnapshot } from '../support/fakeExcel/workbookFixtures';
import { referenceWorkbook } from '../taskpane/referenceWorkbook';
import { sheetMismatches, valuesWrittenBeforeFormats } from './planCheck';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

/** As Excel holds them: dates are serial numbers (formatted as dates), everything else as typed. */
function asExcelValue(v: CellValue): CellValue {
  if (!(v instanceof Date)) return v;
  const day = fromUtcDate(v);
  if (!day) throw new Error(`fixture date ${String(v)} is not a calendar day`);
  return toExcelSerial(day);
}

function referenceState(options: { bulletinInputs: boolean }) {
  const state = new FakeWorkbookState();
  const workbook = referenceWorkbook(options);
  for (const grid of workbook.sheets) addSheetWithRows(state, grid.name, grid.values.map((row) => row.map(asExcelValue)));
  return { state, workbook };
}

test('the reference week: one bulletin sheet equal to the core plan, three syncs, inputs untouched, not activated', async () => {
  const { state, workbook } = referenceState({ bulletinInputs: true });
  const before = state.sheets.map(sheetSnapshot);
  const activeBefore = state.activeSheetId;
  const { ctx, context } = excelContext(state);
  const result = await generateBulletinSheet(context, DEFAULT_SETTINGS);
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
  expect(result.sheetName).toBe('2023年第38期周报');
  expect(result.syncs).toBe(3);
  expect(ctx.core.records).toHaveLength(3);

  const expected = composeBulletin(workbook).document!;
  expect(result.document?.head).toEqual(expected.head);
  const sheet = state.sheetByName('2023年第38期周报')!;
  expect(sheetMismatches(sheet, planBulletinSheet(expected, '2023年第38期周报'))).toEqual([]);
  expect(valuesWrittenBeforeFormats(sheet)).toEqual([]);
  expect(state.sheets.slice(0, -1).map(sheetSnapshot)).toEqual(before);
  expect(state.activeSheetId).toBe(activeBefore);
  expect(state.names.filter((n) => n.name.startsWith('WindowBulletin_Sheet_'))).toHaveLength(1);

  // Again: a new, versioned sheet; the first bulletin is the add-in's own and is not read as an input.
  const again = await generateBulletinSheet(excelContext(state).context, DEFAULT_SETTINGS);
  expect(again.problems).toEqual(result.problems);
  expect(again.sheetName).toBe('2023年第38期周报 (2)');
});

test('without the input sheets: every missing sheet is a problem, and nothing is written', async () => {
  const { state } = referenceState({ bulletinInputs: false });
  const before = state.sheets.map(sheetSnapshot);
  const result = await generateBulletinSheet(excelContext(state).context, DEFAULT_SETTINGS);
  expect(result.ok).toBe(false);
  expect(result.document).toBeNull();
  expect(result.problems.map((p) => p.message).join('\n')).toMatch(/工作簿中没有「通报信息」工作表[\s\S]*工作簿中没有「办件统计」工作表/);
  expect(state.sheets.map(sheetSnapshot)).toEqual(before);
  expect(state.names).toEqual([]);
});

test('the history fields follow the thresholds saved in the workbook (流动红旗 count), read with the inventory: still three syncs', async () => {
  const data = exampleInputData();
  data.templates['考核小结'] = '{考核月份}考核结果见附件。{流动红旗}';
  // The 考核小结 section is written only when 「通报信息」 says 正文写考核情况 = 是.
  data.facts.rankingSummary = '是';
  const state = new FakeWorkbookState();
  for (const grid of inputWorkbook(data, [contentGrid(scoreSheetContent(exampleScoreSheet()))]).sheets) {
    addSheetWithRows(state, grid.name, grid.values.map((row) => row.map(asExcelValue)));
  }
  const summary = async () => {
    const result = await generateBulletinSheet(excelContext(state).context, DEFAULT_SETTINGS);
    expect(result.syncs).toBe(3);
    return result.document!.blocks.map((b) => b.text).find((t) => t.startsWith('2023年8月考核结果见附件'));
  };
  // Defaults: 3 red flags, and the tie at 3rd place brings in a fourth.
  expect(await summary()).toBe('2023年8月考核结果见附件。8月流动红旗窗口：交通运输厅、省市场监管局、生态环境厅、水利厅（第3名有2个窗口并列，均获流动红旗，共4个）。');
  state.settings.set(HISTORY_SETTINGS_KEY, encodeHistorySettings({ ...DEFAULT_HISTORY_SETTINGS, redFlagCount: 1 }));
  expect(await summary()).toBe('2023年8月考核结果见附件。8月流动红旗窗口：交通运输厅。');
});
