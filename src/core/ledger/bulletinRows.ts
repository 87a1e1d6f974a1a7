/** The tally's ranking as the bulletin's table (for the terminal): ranking order, ties shown as the bulletin shows them. */
import { BULLETIN_COLUMNS } from '../bulletinTable';
import { formatDecimal, unitsToNumber } from '../decimal';
import type { BulletinRow, BulletinTable, TieDisplay } from '../model';
import type { MonthTally } from './month';
import { scoreSheetTitle } from './scorePlan';

export function tallyBulletinTable(tally: MonthTally, hallName: string, tieDisplay: TieDisplay): BulletinTable {
  const ranked = tally.ranking.order.filter((i) => tally.ranking.rank[i] !== null);
  const rows: BulletinRow[] = ranked.map((i, k) => {
    const w = tally.windows[i];
    const rank = tally.ranking.rank[i] as number;
    const firstOfTie = k === 0 || tally.ranking.rank[ranked[k - 1]] !== rank;
    const tieSize = ranked.filter((j) => tally.ranking.rank[j] === rank).length;
    return {
      rank,
      rankLabel: firstOfTie || tieDisplay === 'repeat' ? String(rank) : '',
      window: w.window,
      base: unitsToNumber(w.base),
      deductionShown: unitsToNumber(-w.deduction),
      bonus: unitsToNumber(w.bonus),
      score: unitsToNumber(w.score),
      text: { base: formatDecimal(w.base), deduction: formatDecimal(-w.deduction), bonus: formatDecimal(w.bonus), score: formatDecimal(w.score) },
      firstOfTie,
      tieSize,
    };
  });
  return { title: scoreSheetTitle(tally, hallName), columns: [...BULLETIN_COLUMNS], rows };
}
