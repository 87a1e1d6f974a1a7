/**
 * Reading one score cell: what a clerk may have typed (numbers, numbers stored as text, full-width digits and
 * points, Chinese minus signs, spaces, thousands separators) into an exact decimal, or the reason it is not a number.
 */
import { isCellError, type CellValue } from './cell';
import { decimalFromNumber, decimalFromText, type ParsedDecimal } from './decimal';
import { toHalfWidth } from './text';

export type FigureRead =
  | { kind: 'empty' }
  | { kind: 'number'; value: ParsedDecimal }
  /** `shown` is the cell as the message quotes it: “十”, #DIV/0!, TRUE, a date. */
  | { kind: 'invalid'; shown: string; why: 'text' | 'error' | 'boolean' | 'date' };

const EMPTY: FigureRead = { kind: 'empty' };

/** Minus signs other than ASCII that IMEs and Word produce: − (U+2212), ﹣, ‐, ‒, –, —. */
const MINUS_SIGNS = /[\u2212\ufe63\u2010\u2012\u2013\u2014]/gu;
const SPACES = /[\s\u00a0\u200b\ufeff]+/gu;
/**
 * Thousands separators exactly where they belong (1,000 and 12,345.5): a clerk's text copy of a #,##0 cell. Anything
 * else with a comma (0,5 or 10,00: a decimal comma or a typo) is not guessed at and stays “not a number”.
 */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/u;

export function readFigure(value: CellValue): FigureRead {
  if (value === null) return EMPTY;
  if (typeof value === 'number') {
    const parsed = decimalFromNumber(value);
    return parsed ? { kind: 'number', value: parsed } : { kind: 'invalid', shown: String(value), why: 'text' };
  }
  if (typeof value === 'string') {
    const folded = toHalfWidth(value).replace(SPACES, '').replace(MINUS_SIGNS, '-');
    if (folded === '') return EMPTY;
    const parsed = decimalFromText(GROUPED.test(folded) ? folded.replace(/,/gu, '') : folded);
    return parsed ? { kind: 'number', value: parsed } : { kind: 'invalid', shown: `“${value.trim()}”`, why: 'text' };
  }
  if (typeof value === 'boolean') return { kind: 'invalid', shown: value ? 'TRUE' : 'FALSE', why: 'boolean' };
  if (value instanceof Date) return { kind: 'invalid', shown: dateText(value), why: 'date' };
  if (isCellError(value)) return { kind: 'invalid', shown: value.code, why: 'error' };
  return { kind: 'invalid', shown: String(value), why: 'text' };
}

/** A date as 2023-08-01; a host may hand over an invalid Date, which must not throw. */
function dateText(value: Date): string {
  return Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString().slice(0, 10);
}

/** The cell as text, for names: numbers and dates as Excel would show them plainly. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (isCellError(value)) return value.code;
  return '';
}
