/**
 * The history of monthly results: one row per window per month, as the 「考核历史」 table keeps it. Figures are
 * exact decimals in units of 1/10^4 point (decimal.ts), whatever scale each month's sheet had, so months compare
 * and add exactly.
 */
import type { Period, RankStyle } from '../model';

export const HISTORY_SHEET = '考核历史';
/** The Excel table's name (ListObject names cannot hold CJK punctuation; letters are safest across hosts). */
export const HISTORY_TABLE = 'WindowHistory';
export const HISTORY_COLUMNS = ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'] as const;

/** How 排名方式 is written in the table: the names clerks use (美式 = RANK.EQ, 中国式 = dense). */
export const RANK_STYLE_WORDS: Record<RankStyle, string> = { competition: '美式', dense: '中国式' };

export interface HistoryRow {
  period: Period;
  window: string;
  /** Units (1/10^4 point). Deduction is points deducted, ≥ 0; the table shows it negative as the bulletin does. */
  base: number;
  deduction: number;
  bonus: number;
  score: number;
  rank: number;
  rankStyle: RankStyle;
  veto: boolean;
}

/** Where a row was read from, for messages: 「考核历史」!B12. */
export interface RowSource {
  sheet: string;
  /** 0-based sheet row. */
  row: number;
  /** 0-based column of the window name. */
  windowCol: number;
}

/** A month of rows, ordered by rank then the order they were recorded in (the bulletin order). */
export interface HistoryMonth {
  period: Period;
  rows: HistoryRow[];
}

/** The whole history, months in calendar order. */
export interface History {
  months: HistoryMonth[];
}

export const periodKey = (p: Period): string => `${p.year}-${String(p.month).padStart(2, '0')}`;
export const periodIndex = (p: Period): number => p.year * 12 + (p.month - 1);
export const periodLabel = (p: Period): string => `${p.year}年${p.month}月`;
export const comparePeriods = (a: Period, b: Period): number => periodIndex(a) - periodIndex(b);

/** Two rows say the same thing (a replayed month changes nothing when every row does). */
export function sameFigures(a: HistoryRow, b: HistoryRow): boolean {
  return a.window === b.window && a.base === b.base && a.deduction === b.deduction && a.bonus === b.bonus && a.score === b.score;
}

/**
 * Months in calendar order, each month's rows by rank; tied rows keep the order they came in (the month's bulletin
 * order), since a month always comes whole from one sheet.
 */
export function normaliseHistory(months: readonly HistoryMonth[]): History {
  const sorted = [...months].sort((a, b) => comparePeriods(a.period, b.period));
  return { months: sorted.map((m) => ({ period: m.period, rows: [...m.rows].sort((a, b) => a.rank - b.rank) })) };
}

export function codeOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
