/**
 * The host-neutral view of a worksheet: a rectangle of cell values as Excel shows them
 * (formula cells carry their computed value). Both hosts (Office.js and ExcelJS) produce this.
 */

/** An Excel error value such as #DIV/0! or #N/A, kept distinct from text that happens to look like one. */
export interface CellError {
  readonly kind: 'error';
  readonly code: string;
}

export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangle in sheet coordinates, 0-based (row 0 / col 0 is A1). */
export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** An Excel table (ListObject) found on the sheet; `range` includes its header row. */
export interface TableRef {
  name: string;
  range: CellRange;
}

export interface SheetGrid {
  /** Worksheet name as the user sees it on the tab. */
  name: string;
  /** Sheet row / column (0-based) of values[0][0]: a used range may start anywhere, e.g. at B3. */
  originRow: number;
  originCol: number;
  /** Row-major values; rows may be ragged (a missing cell reads as null). Merged areas hold their value in the top-left cell only. */
  values: CellValue[][];
  merges: CellRange[];
  tables: TableRef[];
}

export interface Workbook {
  sheets: SheetGrid[];
}

export function cellError(code: string): CellError {
  return { kind: 'error', code };
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && (v as CellError).kind === 'error';
}
