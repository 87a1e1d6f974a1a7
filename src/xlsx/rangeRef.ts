/** A range reference as a workbook part writes it ("B3:F40", or one cell "B3") → a CellRange; null when malformed. */
import type { CellRange } from '../core/cell';
import { parseCellAddress } from '../core/address';

export function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(':');
  const start = parseCellAddress(a);
  const end = b === undefined ? start : parseCellAddress(b);
  if (!start || !end) return null;
  // "C3:A1" is the same area as "A1:C3"; a damaged part may write it so.
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return { row, col, rows: Math.max(start.row, end.row) - row + 1, cols: Math.max(start.col, end.col) - col + 1 };
}
