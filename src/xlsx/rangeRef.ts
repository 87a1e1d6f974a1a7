/** A range reference as a workbook part writes it ("B3:F40", or one cell "B3") → a CellRange; null when malformed. */
import type { CellRange } from '../core/cell';
import { parseCellAddress } from '../core/address';

export function parseRange(ref: string): CellRange | null {
  const [a, b] = ref.split(':');
  const start = parseCellAddress(a);
  const end = b === undefined ? start : parseCellAddress(b);
  if (!start || !end) return null;
  return { row: start.row, col: start.col, rows: end.row - start.row + 1, cols: end.col - start.col + 1 };
}
