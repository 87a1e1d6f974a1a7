/**
 * ExcelJS workbook → the engine's Workbook: one SheetGrid per worksheet holding the used range only,
 * values as Excel shows them (see cellValue.ts), merged areas and Excel tables (ListObjects) kept.
 * The command line reads files with streamWorkbook.ts instead; this serves a workbook already in memory.
 */
import type ExcelJS from 'exceljs';
import type { CellRange, SheetGrid, TableRef, Workbook } from '../core/cell';
import type { Problem } from '../core/problems';
import { excelCellValue, NO_CACHED_RESULT } from './cellValue';
import { parseRange } from './rangeRef';
import { SheetGridBuilder, uncachedWarning } from './sheetGridBuilder';

export interface ReadOutcome {
  workbook: Workbook;
  /** Warnings about what could not be read faithfully (formulas without a cached result). */
  problems: Problem[];
}

/** ExcelJS keeps merges in an internal map keyed by the top-left address; its public `model` getter would copy every row. */
interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function readWorkbook(excel: ExcelJS.Workbook): ReadOutcome {
  const sheets: SheetGrid[] = [];
  const problems: Problem[] = [];
  for (const ws of excel.worksheets) {
    const { grid, uncached } = readSheet(ws);
    sheets.push(grid);
    if (uncached.length > 0) problems.push(uncachedWarning(ws.name, uncached));
  }
  return { workbook: { sheets }, problems };
}

function readSheet(ws: ExcelJS.Worksheet): { grid: SheetGrid; uncached: string[] } {
  const builder = new SheetGridBuilder();
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      const v = excelCellValue(cell);
      if (v === NO_CACHED_RESULT) builder.addUncached(rowNumber - 1, colNumber - 1);
      else builder.add(rowNumber - 1, colNumber - 1, v);
    });
  });
  return builder.finish(ws.name, readMerges(ws), readTables(ws));
}

function readMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  return Object.values(internal).map((m) => ({
    row: m.top - 1,
    col: m.left - 1,
    rows: m.bottom - m.top + 1,
    cols: m.right - m.left + 1,
  }));
}

function readTables(ws: ExcelJS.Worksheet): TableRef[] {
  const found: TableRef[] = [];
  const tables = (ws as unknown as { tables?: Record<string, { table?: TableModel; model?: TableModel }> }).tables ?? {};
  for (const t of Object.values(tables)) {
    const model = t.model ?? t.table;
    const ref = model?.tableRef ?? model?.ref;
    if (!model || !ref) continue;
    const range = parseRange(ref);
    if (range) found.push({ name: model.displayName ?? model.name ?? '', range });
  }
  return found;
}

interface TableModel {
  name?: string;
  displayName?: string;
  /** Whole table including header and totals rows, as read from a file. */
  tableRef?: string;
  /** Top-left (tables added by ExcelJS) or the whole range. */
  ref?: string;
}
