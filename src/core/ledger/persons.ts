/**
 * The month per person: lines that name a person (人员) summed per person and window, deductions and bonuses
 * apart, no caps (the hall's caps are for windows), ranked by the engine on 合计 = 加分 − 减分.
 */
import { rankScores } from '../rank';
import type { RankStyle } from '../model';
import type { LedgerLine } from './lines';

export interface PersonTally {
  person: string;
  window: string;
  deduction: number;
  bonus: number;
  total: number;
  rank: number;
  lines: number[];
}

export function tallyPersons(lines: readonly LedgerLine[], style: RankStyle): PersonTally[] {
  const byKey = new Map<string, PersonTally>();
  // Sorted by row so the table's order (and the order of ties) does not depend on the order lines came in.
  for (const line of [...lines].sort((a, b) => a.row - b.row)) {
    if (line.status !== 'valid' || line.person === '') continue;
    const key = `${line.person}\u0000${line.window.name}`;
    let p = byKey.get(key);
    if (!p) {
      p = { person: line.person, window: line.window.name, deduction: 0, bonus: 0, total: 0, rank: 0, lines: [] };
      byKey.set(key, p);
    }
    if (line.points < 0) p.deduction -= line.points;
    else p.bonus += line.points;
    p.total = p.bonus - p.deduction;
    p.lines.push(line.row);
  }
  const people = [...byKey.values()];
  const ranking = rankScores(Float64Array.from(people, (p) => p.total), style);
  const ordered: PersonTally[] = [];
  ranking.order.forEach((i, k) => {
    people[i].rank = ranking.rank[k];
    ordered.push(people[i]);
  });
  return ordered;
}
