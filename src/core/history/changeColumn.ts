/**
 * The optional 较上月 column of the result sheet (off by default: the published attachment has none): each
 * window's rank change against the previous recorded month, added as the last column of the attachment plan,
 * inside its borders, title merge and print width.
 */
import type { Workbook } from '../cell';
import type { Period, Ranking, ScoreTable } from '../model';
import type { SheetPlan } from '../plan';
import type { WindowAliases } from './aliases';
import { monthFromRanking } from './recordMonth';
import { DEFAULT_HISTORY_SETTINGS } from './settings';
import { reportWithMonth } from './workbookHistory';

export const CHANGE_COLUMN = '较上月';
const CHANGE_WIDTH = 8;
/** The attachment plan's header row (attachmentPlan.ts: 附件, title, header, then the windows). */
const HEADER_ROW = 2;

/**
 * Labels in bulletin order (↑3, ↓2, 持平, 新进驻), from 「考核历史」 with this month in place, windows joined by
 * the roster's names (「窗口名单」 in `workbook`, unless `aliases` are given).
 */
export function changeLabels(workbook: Workbook, period: Period, table: ScoreTable, ranking: Ranking, aliases?: WindowAliases): string[] {
  const report = reportWithMonth(workbook, monthFromRanking(period, table, ranking), DEFAULT_HISTORY_SETTINGS, aliases);
  return report ? report.windows.map((w) => w.change.label) : [];
}

/** The plan with one more column: header 较上月, the labels under it; blocks and merges reaching the last column widened. */
export function withChangeColumn(plan: SheetPlan, labels: readonly string[]): SheetPlan {
  const cols = plan.columnWidths.length;
  const widen = <T extends { col: number; cols: number }>(r: T): T => (r.col + r.cols === cols ? { ...r, cols: r.cols + 1 } : r);
  return {
    ...plan,
    values: plan.values.map((row, r) => [...row, r === HEADER_ROW ? CHANGE_COLUMN : r > HEADER_ROW ? (labels[r - HEADER_ROW - 1] ?? null) : null]),
    merges: plan.merges.map(widen),
    formats: plan.formats.map((f) => ({ ...f, range: widen(f.range) })),
    columnWidths: [...plan.columnWidths, CHANGE_WIDTH],
  };
}
