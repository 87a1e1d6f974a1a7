/** Dates and issue numbers as official Chinese text writes them: no leading zeros, 一字线 (—) in ranges. */
import type { CivilDate } from './civilDate';
import type { Period } from '../model';

/** 2023年10月17日 */
export function chineseDate(d: CivilDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/** 9月25日 */
export function chineseMonthDay(d: CivilDate): string {
  return `${d.month}月${d.day}日`;
}

/** 2023年8月 */
export function chineseMonth(p: Period): string {
  return `${p.year}年${p.month}月`;
}

/** 9月25日—9月28日; a range across New Year names both years, else the reader cannot tell which January. */
export function chineseDateRange(start: CivilDate, end: CivilDate): string {
  if (start.year !== end.year) return `${chineseDate(start)}—${chineseDate(end)}`;
  return `${chineseMonthDay(start)}—${chineseMonthDay(end)}`;
}

/** 2023年第38期（总第458期） */
export function issueLine(year: number, yearIssue: number, totalIssue: number): string {
  return `${year}年第${yearIssue}期（总第${totalIssue}期）`;
}

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三: heading numbers (一、 （一）). Up to 99. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`heading number out of range: ${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
