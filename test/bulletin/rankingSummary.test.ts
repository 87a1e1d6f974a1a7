import { rankingSummaryFields } from '../../src/core/bulletin/rankingSummary';
import type { BulletinRow, BulletinTable } from '../../src/core/model';

/** [window, rank, deduction shown, score] in bulletin order. */
function table(rows: [string, number, number, string][]): BulletinTable {
  const sizes = new Map<number, number>();
  for (const [, rank] of rows) sizes.set(rank, (sizes.get(rank) ?? 0) + 1);
  const seen = new Set<number>();
  const body: BulletinRow[] = rows.map(([window, rank, deduction, score]) => {
    const first = !seen.has(rank);
    seen.add(rank);
    return {
      rank,
      rankLabel: first ? String(rank) : '',
      window,
      base: 100,
      deductionShown: deduction,
      bonus: 0,
      score: Number(score),
      text: { base: '100', deduction: String(deduction), bonus: '0', score },
      firstOfTie: first,
      tieSize: sizes.get(rank)!,
    };
  });
  return { title: 't', columns: [], rows: body };
}

describe('the ranking summary fields', () => {
  test('top three with their scores, other ties counted, deductions named with the points lost', () => {
    const f = rankingSummaryFields(
      table([
        ['交通运输厅', 1, 0, '118'],
        ['自然资源厅', 2, 0, '117'],
        ['省市场监管局', 3, 0, '113.5'],
        ['生态环境厅', 4, 0, '110'],
        ['水利厅', 4, 0, '110'],
        ['成都海关', 6, -2, '98.5'],
        ['四川测绘局', 7, -13, '87'],
      ]),
    );
    expect(f).toEqual({
      参评窗口数: '7',
      前三名: '交通运输厅（118分）、自然资源厅（117分）、省市场监管局（113.5分）',
      并列情况: '另有1组窗口得分相同、名次并列。',
      减分情况: '成都海关、四川测绘局有减分，分别减2分、13分。',
      减分窗口数: '2',
    });
  });

  test('a tie inside the top three is named there, with its shared rank', () => {
    const f = rankingSummaryFields(
      table([
        ['甲厅', 1, 0, '118'],
        ['乙厅', 2, 0, '117'],
        ['丙厅', 2, 0, '117'],
        ['丁厅', 4, -0.5, '99.5'],
      ]),
    );
    expect(f.前三名).toBe('甲厅（118分）、乙厅、丙厅（并列第2名，均为117分）');
    expect(f.并列情况).toBe('');
    expect(f.减分情况).toBe('丁厅减0.5分。');
  });

  test('no deductions at all', () => {
    expect(rankingSummaryFields(table([['甲厅', 1, 0, '100']])).减分情况).toBe('各窗口均无减分。');
  });
});
