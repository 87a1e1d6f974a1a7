/**
 * Recording a month: the ranked table becomes the month's rows, replacing whatever the history held for that
 * month (never a second copy). A veto marked by hand on a window of the replaced month stays marked: a veto is
 * a decision about the window, not a figure of the sheet.
 */
import { UNITS_PER_POINT } from '../decimal';
import type { Period, Ranking, RankStyle, ScoreTable } from '../model';
import { canonical, EXACT_NAMES, type WindowAliases } from './aliases';
import { comparePeriods, normaliseHistory, type History, type HistoryMonth, type HistoryRow } from './model';

/** The month as the bulletin ranked it, rows in bulletin order, figures in history units. */
export function monthFromRanking(period: Period, table: ScoreTable, ranking: Ranking): HistoryMonth {
  const toUnits = UNITS_PER_POINT / table.scale;
  const rows: HistoryRow[] = [];
  for (let k = 0; k < ranking.order.length; k++) {
    const i = ranking.order[k];
    rows.push({
      period,
      window: table.names[i],
      base: table.base[i] * toUnits,
      deduction: table.deduction[i] * toUnits,
      bonus: table.bonus[i] * toUnits,
      score: table.score[i] * toUnits,
      rank: ranking.rank[k],
      rankStyle: ranking.style as RankStyle,
      veto: false,
    });
  }
  return { period, rows };
}

/**
 * The history with `month` in place of any month of the same period; vetoes of the replaced month carried over,
 * also to a window the month now names by another of its roster names (recorded as 省国土资源厅, now 自然资源厅).
 */
export function replaceMonth(history: History, month: HistoryMonth, aliases: WindowAliases = EXACT_NAMES): History {
  const old = history.months.find((m) => comparePeriods(m.period, month.period) === 0);
  const vetoed = new Set(old?.rows.filter((r) => r.veto).map((r) => canonical(aliases, r.window)) ?? []);
  const rows = month.rows.map((r) => (vetoed.has(canonical(aliases, r.window)) && !r.veto ? { ...r, veto: true } : r));
  const others = history.months.filter((m) => comparePeriods(m.period, month.period) !== 0);
  return normaliseHistory([...others, { period: month.period, rows }]);
}

/**
 * True when the history already holds exactly this month (same windows, same figures): recording it changes
 * nothing. Windows compare by the roster's names: a month held under a window's old name is the same month.
 */
export function holdsMonth(history: History, month: HistoryMonth, aliases: WindowAliases = EXACT_NAMES): boolean {
  const old = history.months.find((m) => comparePeriods(m.period, month.period) === 0);
  if (!old || old.rows.length !== month.rows.length) return false;
  const byName = new Map(old.rows.map((r) => [canonical(aliases, r.window), r]));
  return month.rows.every((r) => {
    const o = byName.get(canonical(aliases, r.window));
    return o !== undefined && o.score === r.score && o.base === r.base && o.deduction === r.deduction && o.bonus === r.bonus && o.rankStyle === r.rankStyle;
  });
}
