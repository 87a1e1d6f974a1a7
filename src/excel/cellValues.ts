/**
 * Office.js cell values → the core's CellValue. `values` alone cannot tell the error #N/A from the text "#N/A",
 * so each cell is read together with its valueType.
 */
import { cellError, type CellValue } from '../core/cell';
import { endsStep, runSteps, type Steps } from '../core/steps';

export function toCellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return cellError(String(value));
    case 'Boolean':
      return typeof value === 'boolean' ? value : String(value).toUpperCase() === 'TRUE';
    case 'Integer':
    case 'Double':
      return typeof value === 'number' ? value : Number(value);
    case 'String':
      return String(value);
    default:
      // Unknown and RichValue (linked data types): what Excel shows as the value, or nothing.
      if (value === '' || value === null || value === undefined) return null;
      return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  }
}

/** Rows of values and their valueTypes (same shape, as Excel returns them) → grid rows. */
export function toCellRows(values: unknown[][], types: string[][]): CellValue[][] {
  return runSteps(cellRowSteps(values, types));
}

/** toCellRows, yielding every ROWS_PER_STEP rows (a 100,000-row read in the task pane). */
export function* cellRowSteps(values: unknown[][], types: string[][]): Steps<CellValue[][]> {
  const rows: CellValue[][] = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    const t = types[r];
    const row: CellValue[] = new Array(v.length);
    for (let c = 0; c < v.length; c++) row[c] = toCellValue(v[c], t[c]);
    rows[r] = row;
    if (endsStep(r)) yield;
  }
  return rows;
}
