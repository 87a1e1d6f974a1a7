/**
 * The `--json` contract of `window-bulletin rank` (documented in docs/cli.md). Other tools parse it: fields are
 * only ever added, never renamed. `rank` is on every row, ties included; `deduction` is the points deducted (≥ 0).
 */
import { unitsToNumber } from './decimal';
import type { RankJson, RankOutcome } from './model';

export function toRankJson(outcome: RankOutcome): RankJson {
  const { table, ranking } = outcome;
  const rows: RankJson['rows'] = [];
  if (table && ranking) {
    for (let k = 0; k < ranking.order.length; k++) {
      const i = ranking.order[k];
      rows.push({
        rank: ranking.rank[k],
        window: table.names[i],
        base: unitsToNumber(table.base[i], table.scale),
        deduction: unitsToNumber(table.deduction[i], table.scale),
        bonus: unitsToNumber(table.bonus[i], table.scale),
        score: unitsToNumber(table.score[i], table.scale),
      });
    }
  }
  const warnings = outcome.problems
    .filter((p) => p.severity === 'warning')
    .map((p) => {
      const w: RankJson['warnings'][number] = { code: p.code, message: p.message };
      if (p.sheet !== undefined) w.sheet = p.sheet;
      if (p.cells !== undefined) w.cells = [...p.cells];
      return w;
    });
  return { sheet: table?.sheet ?? '', rows, warnings };
}
