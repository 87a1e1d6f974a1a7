/**
 * One ExcelJS cell → the engine's CellValue, as Excel shows it: a formula counts by its cached result,
 * rich text and hyperlinks by their text, an error value stays an error (never the text "#N/A").
 */
import type { Cell } from 'exceljs';
import { cellError, type CellValue } from '../core/cell';

// ExcelJS ValueType numbers (enums.js) the switch handles directly; hyperlink (5), shared string (7),
// rich text (8) and error (10) values are decoded by their shape in rawToCellValue.
const NULL = 0;
const MERGE = 1;
const NUMBER = 2;
const STRING = 3;
const DATE = 4;
const FORMULA = 6;
const BOOLEAN = 9;

/** What a formula's cached result or a raw value can be, as ExcelJS hands it over. */
type RawValue = unknown;

/** Set when a formula has no cached result: the file was written by a program and never recalculated. */
export const NO_CACHED_RESULT = Symbol('no cached result');

export function excelCellValue(cell: Cell): CellValue | typeof NO_CACHED_RESULT {
  switch (cell.type as number) {
    case NULL:
    case MERGE:
      // A merged area keeps its value in the top-left cell only (the grid contract).
      return null;
    case NUMBER:
    case BOOLEAN:
    case DATE:
      return cell.value as number | boolean | Date;
    case STRING:
      return cell.value as string;
    case FORMULA: {
      // cell.result, not cell.value: ExcelJS's formula .value drops a falsy result such as 0 or "".
      const result = cell.result as RawValue;
      if (result === undefined) return NO_CACHED_RESULT;
      return rawToCellValue(result);
    }
    default:
      // HYPERLINK, SHARED_STRING, RICH_TEXT, ERROR and anything newer: decode the value's shape.
      return rawToCellValue(cell.value);
  }
}

export function rawToCellValue(raw: RawValue): CellValue {
  if (raw === null || raw === undefined) return null;
  switch (typeof raw) {
    case 'string':
    case 'number':
    case 'boolean':
      return raw;
    case 'object':
      break;
    default:
      return String(raw);
  }
  if (raw instanceof Date) return raw;
  const o = raw as Record<string, unknown>;
  if (typeof o.error === 'string') return cellError(o.error);
  if (Array.isArray(o.richText)) return richTextToString(o.richText);
  if ('text' in o) {
    // A hyperlink: its text may itself be rich text.
    const t = o.text;
    if (typeof t === 'string') return t;
    if (t && typeof t === 'object' && Array.isArray((t as { richText?: unknown }).richText)) {
      return richTextToString((t as { richText: unknown[] }).richText);
    }
    return t === undefined || t === null ? null : String(t);
  }
  if ('result' in o) return o.result === undefined ? null : rawToCellValue(o.result);
  return null;
}

function richTextToString(runs: unknown[]): string {
  let s = '';
  for (const run of runs) {
    const text = (run as { text?: unknown }).text;
    if (typeof text === 'string') s += text;
  }
  return s;
}
