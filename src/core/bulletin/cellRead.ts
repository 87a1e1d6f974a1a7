/** Reading one input cell as a count, a date, a month or text, with the reason when it cannot be read. */
import { isCellError, type CellValue } from '../cell';
import type { Period } from '../model';
import { civilDate, fromExcelSerial, fromUtcDate, isoDate, type CivilDate } from './civilDate';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(reason: string): Read<T> => ({ ok: false, reason });

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** The cell as a clerk sees it, for quoting in a message. */
export function shownValue(v: CellValue): string {
  if (v === null) return '';
  if (isCellError(v)) return v.code;
  if (v instanceof Date) {
    const d = fromUtcDate(v);
    return d ? isoDate(d) : String(v);
  }
  return String(v);
}

/** Text of a text cell, trimmed; numbers are kept as Excel shows them (a department could be named 12345). */
export function readText(v: CellValue): string {
  if (v === null || isCellError(v)) return '';
  if (v instanceof Date) return shownValue(v);
  return String(v).trim();
}

/** A non-negative whole number: 2039, "2039", "２０３９", " 56,148 ". Empty → null (the caller decides if that is allowed). */
export function readCount(v: CellValue): Read<number | null> {
  if (v === null || isBlank(v)) return ok(null);
  if (isCellError(v)) return fail('是错误值');
  if (typeof v === 'boolean' || v instanceof Date) return fail('不是数字');
  let n: number;
  if (typeof v === 'number') {
    n = v;
  } else {
    const s = v.normalize('NFKC').replace(/\s+/gu, '').replace(/[−－—–]/gu, '-');
    if (!/^-?\d{1,3}(?:,\d{3})+$|^-?\d+(?:\.\d+)?$/u.test(s)) return fail('不是数字');
    n = Number(s.replace(/,/gu, ''));
  }
  if (!Number.isFinite(n)) return fail('不是数字');
  if (n < 0) return fail('是负数，应为不小于0的整数');
  if (!Number.isInteger(n)) return fail('不是整数');
  if (n > Number.MAX_SAFE_INTEGER) return fail('太大');
  return ok(n);
}

const DATE_TEXT = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?$/u;
const MONTH_TEXT = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*月?$/u;

/** A date cell (ExcelJS Date or Office.js serial number) or date text: 2023-09-25, 2023/9/25, 2023.9.25, 2023年9月25日. */
export function readDate(v: CellValue): Read<CivilDate | null> {
  if (v === null || isBlank(v)) return ok(null);
  if (isCellError(v)) return fail('是错误值');
  if (v instanceof Date) {
    const d = fromUtcDate(v);
    return d ? ok(d) : fail('不是有效日期');
  }
  if (typeof v === 'number') {
    const d = fromExcelSerial(v);
    return d ? ok(d) : fail('不是有效日期');
  }
  if (typeof v === 'boolean') return fail('不是日期');
  const m = DATE_TEXT.exec(v.normalize('NFKC').trim());
  if (!m) return fail('不是日期（应写成2023-09-25或2023年9月25日）');
  const d = civilDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return d ? ok(d) : fail('不是有效日期');
}

/** A month: 2023-08, 2023年8月, or a date cell (its month). */
export function readMonth(v: CellValue): Read<Period | null> {
  if (typeof v === 'string' && !isBlank(v)) {
    const m = MONTH_TEXT.exec(v.normalize('NFKC').trim());
    if (m) {
      const month = Number(m[2]);
      return month >= 1 && month <= 12 ? ok({ year: Number(m[1]), month }) : fail('不是有效月份');
    }
  }
  const d = readDate(v);
  if (!d.ok) return fail('不是月份（应写成2023-08或2023年8月）');
  return ok(d.value ? { year: d.value.year, month: d.value.month } : null);
}
