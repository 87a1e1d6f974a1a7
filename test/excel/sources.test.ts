/**
 * The source picker's list: visible sheets and Excel tables, each with the header the engine detects, in the same
 * number of syncs whatever the number of sheets, reading only the top of each (a 100,000-row sheet does not make
 * the response big).
 */
import { listSources, HEADER_WINDOW_ROWS } from '../../src/excel/sources';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, scoreRows } from '../support/fakeExcel/workbookFixtures';

function workbook(sheets: number, rowsEach = 20): FakeWorkbookState {
  const state = new FakeWorkbookState();
  for (let i = 0; i < sheets; i++) addSheetWithRows(state, `考核${i + 1}`, scoreRows(rowsEach));
  return state;
}

async function list(state: FakeWorkbookState) {
  const { ctx, context } = excelContext(state);
  const sources = await listSources(context);
  return { sources, syncs: ctx.core.syncCount, records: ctx.core.records };
}

test('the same number of syncs for 1 sheet and for 40 sheets with tables', async () => {
  const one = await list(workbook(1));
  const many = workbook(40);
  many.tables.push({ name: '表1', sheetId: many.sheets[3].id, range: { row: 1, col: 0, rows: 21, cols: 5 } });
  many.tables.push({ name: '表2', sheetId: many.sheets[9].id, range: { row: 1, col: 0, rows: 21, cols: 5 } });
  const forty = await list(many);
  expect(forty.sources).toHaveLength(42);
  expect(forty.syncs).toBe(one.syncs);
  expect(one.syncs).toBeLessThanOrEqual(3);
});

test('each source comes with the header the engine finds; tables are named; hidden and empty sheets are handled', async () => {
  const state = workbook(2);
  state.addSheet('空白');
  const hidden = addSheetWithRows(state, '隐藏', scoreRows(3));
  hidden.visibility = 'Hidden';
  state.tables.push({ name: '得分表', sheetId: state.sheets[1].id, range: { row: 1, col: 0, rows: 21, cols: 5 } });
  const { sources } = await list(state);
  expect(sources.map((s) => [s.kind, s.name, s.sheet])).toEqual([
    ['sheet', '考核1', '考核1'],
    ['sheet', '考核2', '考核2'],
    ['sheet', '空白', '空白'],
    ['table', '得分表', '考核2'],
  ]);
  // The header is on the second row (B2 holds 部门窗口) of every score sheet and of the table.
  for (const s of [sources[0], sources[1], sources[3]]) expect(s.header).toMatchObject({ headerRow: 1, labels: { window: "部门窗口" } });
  expect(sources[2].header).toBeNull();
  expect(sources[3].header?.tableName).toBe('得分表');
});

test('only the top of a 100,000-row sheet is read', async () => {
  const { sources, records } = await list(workbook(1, 100_000));
  expect(sources[0].header).not.toBeNull();
  const largest = Math.max(...records.map((r) => r.responseBytes));
  // Forty rows of five short cells and their types: a few kilobytes, not megabytes.
  expect(largest).toBeLessThan(HEADER_WINDOW_ROWS * 5 * 40);
});
