/** A tally outcome as the hosts hand it to the pane (TallyPreview), the same for the Excel and the memory host. */
import type { TallyPreview, TallySources } from '../hostContract';
import { unitsToNumber } from '../decimal';
import { windowRemark } from './json';
import type { TallyOutcome } from './month';

export function tallyPreview(outcome: TallyOutcome): TallyPreview {
  const t = outcome.tally;
  if (!t) {
    const empty = { month: null, months: outcome.months, sources: null, rows: [], counted: 0, notCounted: 0 };
    return outcome.absent ? { ...empty, problems: [], absent: true } : { ...empty, problems: outcome.problems };
  }
  const counted = t.lines.filter((l) => l.status === 'valid').length;
  return {
    month: t.period,
    months: outcome.months,
    sources: { ...t.sheets } satisfies TallySources,
    rows: t.ranking.order.map((i) => {
      const w = t.windows[i];
      return {
        window: w.window,
        rank: t.ranking.rank[i],
        base: unitsToNumber(w.base),
        deduction: unitsToNumber(w.deduction),
        bonus: unitsToNumber(w.bonus),
        score: unitsToNumber(w.score),
        remark: windowRemark(t, i),
      };
    }),
    counted,
    notCounted: t.lines.length - counted,
    problems: outcome.problems,
  };
}
