/**
 * 生成排名 with the 较上月 setting (BulletinSettings.changeColumn) in the Excel host, on the recording fake: the
 * result sheet gains a last column of each window's change against 「考核历史」 (joined by 「窗口名单」), read in one
 * more sync; off (the default) the sheet is the published attachment's six columns, as the golden tests hold it.
 */
import type { CellValue } from '../../src/core/cell';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { generate } from '../../src/excel/generate';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice } from '../support/fakeExcel/workbookFixtures';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const TODAY = new Date(2023, 8, 15);
const settings = { ...DEFAULT_SETTINGS, sourceSheet: '考核' };

function workbook(withRoster: boolean): FakeWorkbookState {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', [['2023年8月窗口考核情况'], ['部门窗口', '基础分值', '减分分值', '加分分值'], ['甲厅', 100, 0, 5], ['乙厅', 100, 0, 3], ['丙局', 100, 2, 0], ['丁办', 100, 0, 0]]);
  addSheetWithRows(state, '考核历史', [
    ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'],
    ['2023-07', '乙厅', 100, 0, 4, 104, 1, '美式', null],
    ['2023-07', '丙局', 100, 0, 1, 101, 2, '美式', null],
    ['2023-07', '旧甲厅', 100, 0, 0, 100, 3, '美式', null],
  ]);
  if (withRoster) addSheetWithRows(state, '窗口名单', [['部门窗口', '简称'], ['甲厅', '旧甲厅'], ['乙厅', null], ['丙局', null], ['丁办', null]]);
  return state;
}

/** Rows 3.. of the made sheet: rank, window, …, and the last column written. */
function made(state: FakeWorkbookState): CellValue[][] {
  const sheet = state.sheets.find((s) => s.name === '8月考核结果')!;
  return sheet.rows.map((line) => (line ?? []).map((c) => c?.value ?? null));
}

test('on: 较上月 after 实得分值, ↑/↓/持平/新进驻 per window, the renamed window joined by the roster; one more sync', async () => {
  const state = workbook(true);
  const { ctx, context } = excelContext(state);
  const r = await generate(context, { ...settings, changeColumn: true }, undefined, { today: TODAY });
  expect(r.problems).toEqual([]);
  expect(r.ok).toBe(true);
  const rows = made(state);
  expect(rows[2].slice(0, 7)).toEqual(['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '较上月']);
  // August: 甲厅 105 (July 3rd as 旧甲厅) ↑2; 乙厅 103 ↓1; 丁办 100 new; 丙局 98 (2nd) ↓2.
  expect(rows.slice(3, 7).map((r) => [r[1], r[6]])).toEqual([
    ['甲厅', '↑2'],
    ['乙厅', '↓1'],
    ['丁办', '新进驻'],
    ['丙局', '↓2'],
  ]);
  const plain = excelContext(workbook(true));
  await generate(plain.context, settings, undefined, { today: TODAY });
  expect(ctx.core.records.length).toBe(plain.ctx.core.records.length + 1);
});

test('on, without a roster: the renamed window is 新进驻 (exact names)', async () => {
  const state = workbook(false);
  const r = await generate(excelContext(state).context, { ...settings, changeColumn: true }, undefined, { today: TODAY });
  expect(r.ok).toBe(true);
  expect(made(state)[3].slice(1, 7)).toEqual(['甲厅', 100, 0, 5, 105, '新进驻']);
});

test('off (the default): the six published columns, and no read of the history', async () => {
  const state = workbook(true);
  const { ctx, context } = excelContext(state);
  const r = await generate(context, settings, undefined, { today: TODAY });
  expect(r.ok).toBe(true);
  expect(made(state)[2].filter((v) => v !== null)).toEqual(['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值']);
  expect(ctx.core.records.length).toBeLessThanOrEqual(3);
});
