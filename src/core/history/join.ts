/** The history with every window under its canonical name (the roster's), and the names that look joined but are not. */
import { problem, type Problem } from '../problems';
import { canonical, nearDuplicates, type WindowAliases } from './aliases';
import { HISTORY_SHEET, periodLabel, type History } from './model';
import type { Period } from '../model';

/** The sheet cell a month's row of a window was read from, when it was read from a sheet. */
export type RowCell = (period: Period, window: string) => { sheet: string; cell: string } | undefined;

/**
 * `rowCell` names the cells of unjoined near-duplicates: the first row each name has (under its own name, as the
 * sheet holds it), so the warning says where to look.
 */
export function joinWindows(history: History, aliases: WindowAliases, rowCell: RowCell = () => undefined): { history: History; problems: Problem[] } {
  const problems: Problem[] = [];
  const firstRow = new Map<string, { period: Period; window: string }>();
  const months = history.months.map((m) => {
    const seen = new Map<string, string>();
    const rows = [];
    for (const r of m.rows) {
      const name = canonical(aliases, r.window);
      const other = seen.get(name);
      if (other !== undefined) {
        // Two rows of one month on one window: the roster joins names that were two windows that month.
        problems.push(
          problem(
            'HISTORY_CONFLICT',
            'error',
            `「窗口名单」把“${other}”和“${r.window}”登记为同一窗口“${name}”，但${periodLabel(m.period)}两者都有成绩。请核对窗口名单的别名。`,
            HISTORY_SHEET,
          ),
        );
        continue;
      }
      seen.set(name, r.window);
      if (!firstRow.has(name)) firstRow.set(name, { period: m.period, window: r.window });
      rows.push(name === r.window ? r : { ...r, window: name });
    }
    return { period: m.period, rows };
  });
  const joined = { months };
  const cellOf = (name: string) => {
    const first = firstRow.get(name);
    return first ? rowCell(first.period, first.window) : undefined;
  };
  problems.push(...nearDuplicates(months.map((m) => m.rows.map((r) => r.window)), cellOf));
  return { history: joined, problems };
}
