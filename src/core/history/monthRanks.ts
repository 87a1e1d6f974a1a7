/**
 * A month's ranks, always from its scores by the engine (rank.ts): the same tie rules as the month's bulletin.
 * Rows are taken in the order given (the bulletin order), so ties keep it.
 */
import { at, problem, type Problem } from '../problems';
import { rankScores } from '../rank';
import type { RankStyle } from '../model';
import type { HistoryRow } from './model';

/** Ranks of `scores` (units) in their given order, by the engine. */
export function ranksOf(scores: readonly number[], style: RankStyle): number[] {
  const ranking = rankScores(Float64Array.from(scores), style);
  const ranks = new Array<number>(scores.length);
  for (let k = 0; k < ranking.order.length; k++) ranks[ranking.order[k]] = ranking.rank[k];
  return ranks;
}

/**
 * The month's rows with ranks recomputed; a recorded rank that differs is a warning on its cell (the table was
 * edited by hand), and a month whose rows disagree on the rank style is ranked by its first row's style.
 */
export function checkMonthRanks(
  rows: readonly HistoryRow[],
  recorded: readonly (number | null)[],
  cells: readonly string[],
  sheet: string,
): { rows: HistoryRow[]; problems: Problem[] } {
  if (rows.length === 0) return { rows: [], problems: [] };
  const style = rows[0].rankStyle;
  const ranks = ranksOf(rows.map((r) => r.score), style);
  const problems: Problem[] = [];
  const out = rows.map((r, i) => {
    if (recorded[i] !== ranks[i]) {
      const shown = recorded[i] === null ? '空白' : String(recorded[i]);
      problems.push(
        problem(
          'HISTORY_RANK_MISMATCH',
          'warning',
          `${at(sheet, cells[i])}：“${r.window}”记录的名次是 ${shown}，按当月实得分值应为第 ${ranks[i]} 名（可能被手工改过），已按实得分值计算。`,
          sheet,
          [cells[i]],
        ),
      );
    }
    return { ...r, rank: ranks[i], rankStyle: style };
  });
  return { rows: out, problems };
}
