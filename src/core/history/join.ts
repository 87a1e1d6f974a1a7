/** The history with every window under its canonical name (the roster's), and the names that look joined but are not. */
import { problem, type Problem } from '../problems';
import { canonical, nearDuplicates, type WindowAliases } from './aliases';
import { HISTORY_SHEET, periodLabel, type History } from './model';

export function joinWindows(history: History, aliases: WindowAliases): { history: History; problems: Problem[] } {
  const problems: Problem[] = [];
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
      rows.push(name === r.window ? r : { ...r, window: name });
    }
    return { period: m.period, rows };
  });
  const joined = { months };
  problems.push(...nearDuplicates(months.map((m) => m.rows.map((r) => r.window))));
  return { history: joined, problems };
}
