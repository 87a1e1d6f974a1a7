/**
 * A few rows and columns of a sheet around one cell, as text: what the web page shows for a problem, since there
 * is no Excel to select the cell in. Pure, so the worker builds it and the page only draws it.
 */
import { columnLetters, parseCellAddress } from '../core/address';
import { isCellError, type CellValue, type SheetGrid } from '../core/cell';

export interface CellView {
  sheet: string;
  /** The cell asked for, as the problem names it (「D9」, or the first cell of a range). */
  cell: string;
  /** Sheet row numbers (1-based, as Excel labels them) of the rows shown. */
  rowNumbers: number[];
  /** Column letters of the columns shown. */
  columns: string[];
  /** Each shown cell as text, row by row. */
  text: string[][];
  /** Where the cell asked for is in `text`; null when the address was not a cell. */
  focus: { row: number; col: number } | null;
}

/** Rows above and below, columns left and right of the cell: enough to see its row's window name and its header. */
const ROWS_AROUND = 4;
const COLS_AROUND = 3;

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.code;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** The view around `cell` (「D9」 or 「D9:E12」, whose first cell is taken); the sheet's first cells for anything else. */
export function cellViewOf(grid: SheetGrid, cell: string): CellView {
  const at = parseCellAddress(cell.split(':')[0].replace(/\$/g, ''));
  const row = at ? at.row : grid.originRow;
  const col = at ? at.col : grid.originCol;
  const firstRow = Math.max(0, row - ROWS_AROUND);
  const firstCol = Math.max(0, col - COLS_AROUND);
  const rowNumbers: number[] = [];
  const columns: string[] = [];
  const text: string[][] = [];
  for (let c = firstCol; c <= col + COLS_AROUND; c++) columns.push(columnLetters(c));
  for (let r = firstRow; r <= row + ROWS_AROUND; r++) {
    rowNumbers.push(r + 1);
    const values = grid.values[r - grid.originRow] ?? [];
    const line: string[] = [];
    for (let c = firstCol; c <= col + COLS_AROUND; c++) line.push(cellText(values[c - grid.originCol]));
    text.push(line);
  }
  return { sheet: grid.name, cell, rowNumbers, columns, text, focus: at ? { row: row - firstRow, col: col - firstCol } : null };
}
