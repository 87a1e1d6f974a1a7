/**
 * The assessment month as the sheet's title says it: 「2023年8月窗口考核情况」, 「2023年08月」, 「二〇二三年八月」.
 * Only the rows above the table and the sheet name are read: a date inside the data says nothing about the period.
 */
import type { SheetGrid } from './cell';
import type { Period } from './model';
import { toHalfWidth } from './text';

const TITLE_ROWS = 12;
const ARABIC = /(\d{4})\s*年\s*(\d{1,2})\s*月/u;
const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CHINESE = /([〇零一二三四五六七八九]{4})\s*年\s*(十[一二]?|[一二三四五六七八九])\s*月/u;

function chineseMonth(text: string): number {
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + CHINESE_DIGITS[text[1]];
  return CHINESE_DIGITS[text];
}

/** The first year-and-month written in the text, or null. */
export function periodInText(text: string): Period | null {
  const half = toHalfWidth(text);
  const m = ARABIC.exec(half);
  if (m) {
    const period = { year: Number(m[1]), month: Number(m[2]) };
    return period.month >= 1 && period.month <= 12 ? period : null;
  }
  const c = CHINESE.exec(half);
  if (c) {
    const year = Number([...c[1]].map((ch) => CHINESE_DIGITS[ch]).join(''));
    return { year, month: chineseMonth(c[2]) };
  }
  return null;
}

export function inferPeriod(grid: SheetGrid): Period | null {
  const rows = Math.min(grid.values.length, TITLE_ROWS);
  for (let r = 0; r < rows; r++) {
    for (const v of grid.values[r] ?? []) {
      if (typeof v !== 'string') continue;
      const p = periodInText(v);
      if (p) return p;
    }
  }
  return periodInText(grid.name);
}
