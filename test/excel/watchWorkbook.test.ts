/**
 * The Excel host's WatchesWorkbook on the fake's events: edits (by the clerk or by the add-in), sheets added,
 * deleted and renamed, the active sheet changing; the requirement sets it needs; and stopping removes every handler.
 */
import { createExcelHost } from '../../src/excel/excelHost';
import { watchWorkbook } from '../../src/excel/watchWorkbook';
import type { WorkbookChange } from '../../src/core/hostContract';
import { clickSheetTab, eventHub, installFakeEvents, renameSheetTab, typeIntoCell } from '../support/fakeExcel/events';
import { fakeExcelRun } from '../support/fakeExcel/excelRun';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, installOfficeRequirements, removeOffice, scoreRows } from '../support/fakeExcel/workbookFixtures';

installFakeEvents();

let state: FakeWorkbookState;

function useExcel(apiVersion: string): void {
  installOfficeRequirements(apiVersion);
  (globalThis as { Excel?: unknown }).Excel = fakeExcelRun(state, { apiVersion });
}

beforeEach(() => {
  state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(5));
  addSheetWithRows(state, '说明', [['备注']]);
});

afterEach(() => {
  removeOffice();
  delete (globalThis as { Excel?: unknown }).Excel;
});

// Long enough for a handler's task and the Excel.run round trip it makes (two tasks in the fake) on a loaded machine:
// at 5 ms a rename was heard only after the test had looked, on a 2-core box shared by five test runs.
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

async function watch(): Promise<{ heard: WorkbookChange[]; stop: () => void }> {
  const heard: WorkbookChange[] = [];
  const stop = await watchWorkbook((c) => heard.push(c));
  return { heard, stop };
}

test('a clerk\'s edit is heard with its sheet\'s name, after the change and not inside it', async () => {
  useExcel('1.17');
  const { heard, stop } = await watch();
  typeIntoCell(state, '考核', 'E6', 3);
  // Excel raises the event in a task of its own.
  expect(heard).toEqual([]);
  await tick();
  expect(heard).toEqual([{ kind: 'cells', sheet: '考核' }]);
  stop();
});

test('sheets added (by the add-in itself too), renamed, deleted, and the active sheet: each heard', async () => {
  useExcel('1.17');
  const { heard, stop } = await watch();
  await (globalThis as unknown as { Excel: { run: (b: (c: Excel.RequestContext) => Promise<void>) => Promise<void> } }).Excel.run(async (context) => {
    context.workbook.worksheets.add('8月考核结果');
    await context.sync();
  });
  await tick();
  expect(heard).toContainEqual({ kind: 'sheets' });
  heard.length = 0;
  renameSheetTab(state, '考核', '八月');
  await tick();
  expect(heard).toEqual([{ kind: 'sheets' }]);
  heard.length = 0;
  // The renamed sheet's next edit carries its new name (the map was re-read).
  typeIntoCell(state, '八月', 'E6', 4);
  clickSheetTab(state, '说明');
  await tick();
  expect(heard).toEqual([
    { kind: 'cells', sheet: '八月' },
    { kind: 'activeSheet', sheet: '说明' },
  ]);
  heard.length = 0;
  await (globalThis as unknown as { Excel: { run: (b: (c: Excel.RequestContext) => Promise<void>) => Promise<void> } }).Excel.run(async (context) => {
    context.workbook.worksheets.getItem('8月考核结果').delete();
    await context.sync();
  });
  await tick();
  expect(heard).toEqual([{ kind: 'sheets' }]);
  stop();
});

test('stopping removes every handler, in the context they were added in; nothing is heard afterwards', async () => {
  useExcel('1.17');
  const { heard, stop } = await watch();
  expect(eventHub(state).count()).toBe(5);
  stop();
  await tick();
  expect(eventHub(state).count()).toBe(0);
  typeIntoCell(state, '考核', 'E6', 3);
  await tick();
  expect(heard).toEqual([]);
});

test('without ExcelApi 1.17 a rename is not heard (no onNameChanged), but edits and added sheets are', async () => {
  useExcel('1.13');
  const { heard, stop } = await watch();
  expect(eventHub(state).count('onNameChanged')).toBe(0);
  renameSheetTab(state, '考核', '八月');
  await tick();
  expect(heard).toEqual([]);
  stop();
});

test('the Excel host offers watching only where Excel has the collection-wide onChanged (ExcelApi 1.9)', () => {
  useExcel('1.8');
  expect(createExcelHost().watchWorkbook).toBeUndefined();
  useExcel('1.9');
  expect(typeof createExcelHost().watchWorkbook).toBe('function');
});

test('the fake refuses the events an older Excel lacks, at sync, as Excel does', async () => {
  useExcel('1.8');
  await expect(watchWorkbook(() => undefined)).rejects.toMatchObject({ code: 'ApiNotFound' });
});
