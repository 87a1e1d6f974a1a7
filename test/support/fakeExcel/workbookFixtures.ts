/**
 * Building fake workbooks for host tests and the bench, and taking comparable snapshots of them: a score sheet
 * typed the way a clerk types it, a deep copy of a sheet (to prove it was not touched), and the state of a whole
 * workbook (sheet names, names, settings) before and after a generate.
 */
import type { CellValue } from '../../../src/core/cell';
import { scoreGrid } from '../../../bench/engine';
import { FakeWorkbookState, writeValue, type FakeSheet } from './state';
import { makeContext, type FakeRequestContext } from './workbook';
import type { FakeExcelOptions } from './context';

/**
 * Rows of a score sheet with `count` windows: title, header, then windows with tenths of points (many ties) —
 * the bench's deterministic sheet, so tests and bench measure the same workbook. `names` renames the windows.
 */
export function scoreRows(count: number, names?: (i: number) => string): CellValue[][] {
  const values = scoreGrid(count).grid.values;
  if (names) for (let i = 0; i < count; i++) values[i + 2][1] = names(i);
  return values;
}

/**
 * Puts rows into a new sheet directly (not through a context: this is the workbook as the clerk left it).
 * Strings go in as text, whatever they start with: the clerk's cells are text-formatted where they hold names.
 */
export function addSheetWithRows(state: FakeWorkbookState, name: string, rows: CellValue[][]): FakeSheet {
  const sheet = state.addSheet(name);
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === 'string') sheet.ensureCell(r, c).numberFormat = '@';
      writeValue(sheet, r, c, v);
    }),
  );
  sheet.writes = 0;
  return sheet;
}

/** A fresh request context on the state, typed as host code expects it. */
export function excelContext(state: FakeWorkbookState, options: FakeExcelOptions = {}): { ctx: FakeRequestContext; context: Excel.RequestContext } {
  const ctx = makeContext(state, options);
  return { ctx, context: ctx as unknown as Excel.RequestContext };
}

/** A deep copy of what a sheet holds, for "untouched" comparisons (writes counts every write that reached it). */
export function sheetSnapshot(sheet: FakeSheet): unknown {
  return JSON.parse(
    JSON.stringify({
      id: sheet.id,
      name: sheet.name,
      rows: sheet.rows,
      merges: sheet.merges,
      formats: sheet.formats,
      columnWidths: [...sheet.columnWidths],
      rowHeights: [...sheet.rowHeights],
      pageLayout: sheet.pageLayout,
      printTitleRows: sheet.printTitleRows,
      pageBreaks: sheet.pageBreaks,
      headersFooters: sheet.headersFooters,
      writes: sheet.writes,
    }),
  );
}

/** What a workbook holds at the level a failed generate could disturb: sheets in order, names, settings. */
export function workbookSnapshot(state: FakeWorkbookState): unknown {
  return JSON.parse(
    JSON.stringify({
      sheets: state.sheets.map(sheetSnapshot),
      names: state.names,
      settings: [...state.settings],
    }),
  );
}

/** Office with the requirement sets the fake supports, so the host's feature checks agree with the fake. */
export function installOfficeRequirements(apiVersion = '1.13'): void {
  const minor = Number(apiVersion.split('.')[1]);
  (globalThis as { Office?: unknown }).Office = {
    context: { requirements: { isSetSupported: (name: string, v: string) => name === 'ExcelApi' && Number(v.split('.')[1]) <= minor } },
  };
}

export function removeOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}
