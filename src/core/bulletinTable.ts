/**
 * The attachment table as the reference bulletin prints it: rows in rank order, the rank on the first row of a
 * tie group and blank on the others (or repeated, as an option), figures without trailing zeros, deductions
 * shown negative (−2) or 0.
 */
import { formatDecimal, unitsToNumber } from './decimal';
import type { BulletinRow, BulletinTable, Period, Ranking, ScoreTable, TieDisplay } from './model';
import { endsStep, runSteps, type Steps } from './steps';

export const BULLETIN_COLUMNS = ['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'];

/** 「2023年8月省政务服务大厅进驻部门（单位）窗口考核结果」 */
export function bulletinTitle(period: Period, hallName: string): string {
  return `${period.year}年${period.month}月${hallName}进驻部门（单位）窗口考核结果`;
}

export interface BulletinContext {
  period: Period;
  hallName: string;
}

export function buildBulletinTable(table: ScoreTable, ranking: Ranking, context: BulletinContext, tieDisplay: TieDisplay): BulletinTable {
  return runSteps(bulletinTableSteps(table, ranking, context, tieDisplay));
}

/** buildBulletinTable, yielding every ROWS_PER_STEP rows (the task pane's 100,000-window generate). */
export function* bulletinTableSteps(table: ScoreTable, ranking: Ranking, context: BulletinContext, tieDisplay: TieDisplay): Steps<BulletinTable> {
  const { order, rank } = ranking;
  const n = order.length;
  const rows: BulletinRow[] = new Array<BulletinRow>(n);
  let groupStart = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    const firstOfTie = k === 0 || rank[k] !== rank[k - 1];
    if (firstOfTie) groupStart = k;
    const shownDeduction = table.deduction[i] === 0 ? 0 : -table.deduction[i];
    rows[k] = {
      rank: rank[k],
      rankLabel: firstOfTie || tieDisplay === 'repeat' ? String(rank[k]) : '',
      window: table.names[i],
      base: unitsToNumber(table.base[i], table.scale),
      deductionShown: unitsToNumber(shownDeduction, table.scale),
      bonus: unitsToNumber(table.bonus[i], table.scale),
      score: unitsToNumber(table.score[i], table.scale),
      text: {
        base: formatDecimal(table.base[i], table.scale),
        deduction: formatDecimal(shownDeduction, table.scale),
        bonus: formatDecimal(table.bonus[i], table.scale),
        score: formatDecimal(table.score[i], table.scale),
      },
      firstOfTie,
      tieSize: 1,
    };
    // Close the group: every row of it learns how many windows share the rank.
    if (k === n - 1 || rank[k + 1] !== rank[k]) {
      for (let g = groupStart; g <= k; g++) rows[g].tieSize = k - groupStart + 1;
    }
    if (endsStep(k)) yield;
  }
  return { title: bulletinTitle(context.period, context.hallName), columns: [...BULLETIN_COLUMNS], rows };
}
