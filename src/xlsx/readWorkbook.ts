/**
 * ExcelJS workbook → the engine's Workbook: one SheetGrid per worksheet holding the used range only,
 * values as Excel shows them (see cellValue.ts), merged areas and Excel tables (ListObjects) kept.
 */
import type ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetGrid, TableRef, Workbook } from '../core/cell';
import { cellAddress, parseCellAddress, sheetCellRef } from '../core/address';
import { problem, type Problem } from '../core/problems';
import { excelCellValue, NO_CACHED_RESULT } from './cellValue';

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

/** How many cells a warning names before it says "等 N 个". */
const CELLS_NAMED = 5;

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
  // First pass: values per sheet row (1-based columns, sparse), and the used range's bounds.
  const rowNumbers: number[] = [];
  const rowCells: CellValue[][] = [];
  const uncached: string[] = [];
  let minRow = Infinity;
  let maxRow = 0;
  let minCol = Infinity;
  ws.eachRow((row, rowNumber) => {
    const cells: CellValue[] = [];
    let any = false;
    row.eachCell((cell, colNumber) => {
      let v = excelCellValue(cell);
      if (v === NO_CACHED_RESULT) {
        uncached.push(cellAddress(rowNumber - 1, colNumber - 1));
        v = null;
      }
      if (v === null || v === '') return;
      cells[colNumber] = v;
      any = true;
      if (colNumber < minCol) minCol = colNumber;
    });
    if (!any) return;
    rowNumbers.push(rowNumber);
    rowCells.push(cells);
    if (rowNumber < minRow) minRow = rowNumber;
    if (rowNumber > maxRow) maxRow = rowNumber;
  });

  const merges = readMerges(ws);
  const tables = readTables(ws);
  // A merge or a table may reach further up or left than any value (an empty merged title, say).
  for (const r of [...merges, ...tables.map((t) => t.range)]) {
    minRow = Math.min(minRow, r.row + 1);
    minCol = Math.min(minCol, r.col + 1);
  }

  const values: CellValue[][] = [];
  if (rowNumbers.length > 0 || merges.length > 0 || tables.length > 0) {
    const height = Math.max(maxRow, minRow) - minRow + 1;
    for (let i = 0; i < height; i++) values.push([]);
    for (let i = 0; i < rowNumbers.length; i++) {
      const sparse = rowCells[i];
      const dense: CellValue[] = new Array(sparse.length - minCol).fill(null);
      for (let c = minCol; c < sparse.length; c++) {
        const v = sparse[c];
        if (v !== undefined) dense[c - minCol] = v;
      }
      values[rowNumbers[i] - minRow] = dense;
    }
  }
  const empty = values.length === 0;
  return {
    grid: {
      name: ws.name,
      originRow: empty ? 0 : minRow - 1,
      originCol: empty ? 0 : minCol - 1,
      values,
      merges,
      tables,
    },
    uncached,
  };
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

function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(':');
  const start = parseCellAddress(a);
  const end = b === undefined ? start : parseCellAddress(b);
  if (!start || !end) return null;
  return { row: start.row, col: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}

function uncachedWarning(sheet: string, cells: string[]): Problem {
  const named = cells.slice(0, CELLS_NAMED).map((c) => sheetCellRef(sheet, c)).join('、');
  const more = cells.length > CELLS_NAMED ? `等 ${cells.length} 个单元格` : '';
  return problem(
    'UNREADABLE_FILE',
    'warning',
    `${named}${more}的公式没有保存计算结果（文件可能由程序生成，未在 Excel 或 WPS 中打开保存过），按空白读取。请在 Excel 或 WPS 中打开并保存后再试。`,
    sheet,
    cells,
  );
}
