/**
 * Golden: the reference bulletin's attachment (2023年8月) reproduced exactly, ranks, blanks and figures, on engine
 * grids directly: from the raw scores in the clerk's order, and from the published table itself read back in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBulletinTable } from '../../src/core/bulletinTable';
import type { CellValue } from '../../src/core/cell';
import { rankSheet } from '../../src/core/engine';
import { toRankJson } from '../../src/core/json';
import type { RankOutcome } from '../../src/core/model';
import { inferPeriod } from '../../src/core/period';
import { GOLDEN_SOURCE } from '../fixtures/data';
import { grid } from './grids';

interface GoldenRow {
  rank: number;
  rankLabel: string;
  window: string;
  base: number;
  deduction: number;
  deductionShown: number;
  bonus: number;
  score: number;
}
const golden = JSON.parse(readFileSync(path.join(__dirname, '..', 'cli', 'golden', 'reference-attachment.json'), 'utf8')) as { title: string; rows: GoldenRow[] };

function expectGolden(outcome: RankOutcome, sheetValues: CellValue[][]): void {
  expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const period = inferPeriod(grid(sheetValues));
  expect(period).toEqual({ year: 2023, month: 8 });
  const table = buildBulletinTable(outcome.table!, outcome.ranking!, { period: period!, hallName: '省政务服务大厅' }, 'blank');
  expect(table.title).toBe(golden.title);
  expect(table.rows.map((r) => ({ rank: r.rank, rankLabel: r.rankLabel, window: r.window, base: r.base, deductionShown: r.deductionShown, bonus: r.bonus, score: r.score }))).toEqual(
    golden.rows.map(({ rank, rankLabel, window, base, deductionShown, bonus, score }) => ({ rank, rankLabel, window, base, deductionShown, bonus, score })),
  );
  expect(toRankJson(outcome).rows).toEqual(golden.rows.map(({ rank, window, base, deduction, bonus, score }) => ({ rank, window, base, deduction, bonus, score })));
}

describe('the reference attachment', () => {
  it('is reproduced from the raw scores in the clerk’s order (deductions written −12, actual scores checked)', () => {
    const values: CellValue[][] = [
      ['2023年8月省政务服务大厅进驻部门（单位）窗口考核情况'],
      ['序号', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'],
      ...GOLDEN_SOURCE.map((r, i) => [i + 1, r.window, r.base, r.deduction, r.bonus, r.base - Math.abs(r.deduction) + r.bonus]),
      ['备注：加分、减分依据见各月通报。'],
    ];
    const outcome = rankSheet(grid(values));
    expect(outcome.problems.map((p) => p.code)).toEqual(['SKIPPED_ROW']);
    expectGolden(outcome, values);
  });

  it('is reproduced from the published table read back (blank ranks, −2 deductions, 基础分 over 分值 in one cell)', () => {
    const values: CellValue[][] = [
      ['附件'],
      [golden.title],
      ['排名', '部门窗口', '基础分\n分值', '减分分值', '加分分值', '实得分值'],
      ...golden.rows.map((r) => [r.rankLabel === '' ? null : Number(r.rankLabel), r.window, r.base, r.deductionShown, r.bonus, r.score]),
    ];
    const outcome = rankSheet(grid(values, { name: '附件' }));
    expect(outcome.table!.header.columns).toEqual({ rank: 0, window: 1, base: 2, deduction: 3, bonus: 4, score: 5 });
    expect(outcome.problems).toEqual([]);
    expectGolden(outcome, values);
  });

  it('is reproduced when the figures are text with full-width digits and Chinese minus signs', () => {
    const fw = (n: number) => String(n).replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace('-', '－');
    const values: CellValue[][] = [
      ['2023年8月'],
      ['部门（单位）', '基础分', '扣分', '加分'],
      ...GOLDEN_SOURCE.map((r) => [` ${r.window} `, fw(r.base), r.deduction === 0 ? null : fw(r.deduction), fw(r.bonus)]),
    ];
    expectGolden(rankSheet(grid(values)), values);
  });
});
