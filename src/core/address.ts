/** A1-style addresses, and the 「sheet」!A1 form every user-facing message uses. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col → "D9". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** 0-based range → "A1:F30" (a single cell stays "A1"). */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const start = cellAddress(row, col);
  if (rows === 1 && cols === 1) return start;
  return `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** "「考核」!D9": the form used in every Chinese message, unambiguous even when a sheet name has spaces. */
export function sheetCellRef(sheet: string, cell: string): string {
  return `「${sheet}」!${cell}`;
}

/** A worksheet's size in Excel 2007 and later (XFD1048576); a reference beyond it is not a cell. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

/** True for 0-based coordinates inside a worksheet. */
export function isSheetCell(row: number, col: number): boolean {
  return Number.isInteger(row) && Number.isInteger(col) && row >= 0 && row < EXCEL_MAX_ROWS && col >= 0 && col < EXCEL_MAX_COLS;
}

/** "D9" → {row: 8, col: 3}; returns null for anything that is not a plain A1 address of a worksheet cell. */
export function parseCellAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const at = { row: Number(m[2]) - 1, col: col - 1 };
  return isSheetCell(at.row, at.col) ? at : null;
}
