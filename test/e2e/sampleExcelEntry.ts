/**
 * Browser entry bundled by the e2e test (sampleExcel.ts) for the clerk's loop on the real sample workbook: the
 * production pane with its own Excel host (createExcelHost) over the fake Excel object model, with Excel's workbook
 * events (test/support/fakeExcel/events.ts). The sheets come from window.__WB_GRIDS__ (read from the .xlsx in Node,
 * set just before this script); 考核 is active. window.__WB_CLERK__ does what a clerk does in Excel meanwhile:
 * type into a cell, click a sheet's tab, rename a sheet.
 */
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { clickSheetTab, installFakeEvents, renameSheetTab, typeIntoCell } from '../support/fakeExcel/events';
import { fakeExcelRun } from '../support/fakeExcel/excelRun';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows } from '../support/fakeExcel/workbookFixtures';

export interface Clerk {
  type(sheet: string, cell: string, value: CellValue): void;
  clickTab(sheet: string): void;
  rename(sheet: string, newName: string): void;
  /** Excel.run calls so far (to see that an edit reached the pane's host). */
  runs(): number;
  sheetNames(): string[];
}

declare global {
  interface Window {
    __WB_GRIDS__?: SheetGrid[];
    __WB_CLERK__?: Clerk;
  }
}

installFakeEvents();
const state = new FakeWorkbookState();
for (const grid of window.__WB_GRIDS__ ?? []) {
  // The grid's used range starts at its origin: rows above and columns left of it are blank in the sheet.
  const rows: CellValue[][] = [...Array.from({ length: grid.originRow }, () => []), ...grid.values.map((r) => [...Array(grid.originCol).fill(null), ...r])];
  const sheet = addSheetWithRows(state, grid.name, rows);
  for (const t of grid.tables) state.tables.push({ name: t.name, sheetId: sheet.id, range: t.range });
}
const active = state.sheetByName('考核');
if (active) state.activeSheetId = active.id;

const office = (window as unknown as { Office?: { context: Record<string, unknown> } }).Office;
if (!office) throw new Error('sampleExcelEntry: the scenario must give the page an Office object (host Excel) before this script');
// ExcelApi up to 1.17 (onNameChanged); the fake's object model is checked against the same version.
office.context.requirements = { isSetSupported: (name: string, v: string) => name === 'ExcelApi' && Number(v.split('.')[1]) <= 17 };

const excel = fakeExcelRun(state, { apiVersion: '1.17' });
(window as unknown as { Excel: unknown }).Excel = { run: excel.run.bind(excel) };

window.__WB_CLERK__ = {
  type: (sheet, cell, value) => typeIntoCell(state, sheet, cell, value),
  clickTab: (sheet) => clickSheetTab(state, sheet),
  rename: (sheet, newName) => renameSheetTab(state, sheet, newName),
  runs: () => excel.contexts.length,
  sheetNames: () => state.sheets.map((s) => s.name),
};
