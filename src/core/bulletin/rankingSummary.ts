/**
 * The month's ranking in the bulletin's prose: how many windows were assessed, the top three (ties named
 * inside them), how many other tie groups there are, and the windows that lost points and how many.
 */
import type { BulletinRow, BulletinTable } from '../model';

export interface RankingSummaryFields {
  参评窗口数: string;
  前三名: string;
  并列情况: string;
  减分情况: string;
  减分窗口数: string;
}

/** Rows grouped by rank, in bulletin order. */
function rankGroups(rows: readonly BulletinRow[]): BulletinRow[][] {
  const groups: BulletinRow[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last[0].rank === row.rank) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

function points(text: string): string {
  return `${text.replace(/^-/u, '')}分`;
}

/** 交通运输厅（118分） — or, for a tie, 自然资源厅、水利厅（并列第2名，均为117分）. */
function describeGroup(group: readonly BulletinRow[]): string {
  const names = group.map((r) => r.window).join('、');
  if (group.length === 1) return `${names}（${points(group[0].text.score)}）`;
  return `${names}（并列第${group[0].rank}名，均为${points(group[0].text.score)}）`;
}

export function rankingSummaryFields(table: BulletinTable): RankingSummaryFields {
  const groups = rankGroups(table.rows);
  const top = groups.filter((g) => g[0].rank <= 3);
  const otherTies = groups.filter((g) => g[0].rank > 3 && g.length > 1);
  const deducted = table.rows.filter((r) => r.deductionShown !== 0);
  let deductions = '各窗口均无减分。';
  if (deducted.length === 1) {
    deductions = `${deducted[0].window}减${points(deducted[0].text.deduction)}。`;
  } else if (deducted.length > 1) {
    const names = deducted.map((r) => r.window).join('、');
    const amounts = deducted.map((r) => points(r.text.deduction)).join('、');
    deductions = `${names}有减分，分别减${amounts}。`;
  }
  return {
    参评窗口数: String(table.rows.length),
    前三名: top.map(describeGroup).join('、'),
    并列情况: otherTies.length > 0 ? `另有${otherTies.length}组窗口得分相同、名次并列。` : '',
    减分情况: deductions,
    减分窗口数: String(deducted.length),
  };
}
