/**
 * The tally's own ranking of the month, by the engine (rankScores), with the hall's veto setting applied:
 * 仅标注 ranks every window by score; 排在最后 ranks the vetoed windows after all others (among themselves by
 * score); 不参加排名 leaves them unranked (rank null) and out of the score sheet's table.
 */
import { rankScores } from '../rank';
import type { RankStyle } from '../model';
import type { VetoMode } from './settings';
import type { WindowTally } from './tally';

export interface TallyRanking {
  /** Window indices in ranking order (unranked windows last, in roster order). */
  order: number[];
  /** rank[i] of window i; null when a veto leaves it out. */
  rank: (number | null)[];
}

function rankGroup(windows: readonly WindowTally[], members: number[], style: RankStyle, offset: number, out: TallyRanking): number {
  const r = rankScores(Float64Array.from(members, (i) => windows[i].score), style);
  let last = offset;
  r.order.forEach((k, j) => {
    const i = members[k];
    out.rank[i] = offset + r.rank[j];
    out.order.push(i);
    last = offset + r.rank[j];
  });
  return style === 'dense' ? last : offset + members.length;
}

export function rankTally(windows: readonly WindowTally[], veto: VetoMode, style: RankStyle): TallyRanking {
  const out: TallyRanking = { order: [], rank: windows.map(() => null) };
  const all = windows.map((_, i) => i);
  if (veto === 'mark') {
    rankGroup(windows, all, style, 0, out);
    return out;
  }
  const clean = all.filter((i) => !windows[i].veto);
  const vetoed = all.filter((i) => windows[i].veto);
  const next = rankGroup(windows, clean, style, 0, out);
  if (veto === 'last') rankGroup(windows, vetoed, style, next, out);
  else out.order.push(...vetoed);
  return out;
}
