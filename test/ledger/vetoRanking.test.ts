/**
 * 一票否决 through 生成排名: ranking the tally's score sheet gives the tally's own ranking under every veto setting,
 * and a hand-made sheet with the same totals and the same 备注 ranks the same (src/core/vetoRemarks.ts).
 */
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { rankSheet } from '../../src/core/engine';
import type { RankStyle } from '../../src/core/model';
import { tallyWorkbook } from '../../src/core/ledger/month';
import { planScoreSheet } from '../../src/core/ledger/scorePlan';
import { AUGUST, grid, ledgerWorkbook } from './support';

// 甲厅 vetoed at 105 (would be first), 乙局 98, 丙委 and 省市场监管局 tied at 100, 丁办 vetoed at 80.
const LINES = [
  ['2023-08-01', '甲厅', 'D07'],
  ['2023-08-02', '甲厅', 'B03', 5],
  ['2023-08-02', '乙局', 'D01'],
  ['2023-08-03', '丁办', 'D07'],
];
const ROSTER: CellValue[][] = [
  ['甲厅', '甲', null, null],
  ['乙局', '', null, null],
  ['丙委', '', null, null],
  ['省市场监管局', '', null, null],
  ['丁办', '', null, null],
];
const MODES = ['仅标注', '排在最后', '不参加排名'] as const;

function monthOf(mode: string, style: RankStyle) {
  return tallyWorkbook(ledgerWorkbook(LINES, { settings: [['一票否决处理', mode]], roster: ROSTER }), AUGUST, style).tally!;
}

/** [window, rank] in ranking order, as the engine ranks a sheet. */
function ranked(sheet: SheetGrid, style: RankStyle): [string, number][] {
  const o = rankSheet(sheet, { rankStyle: style });
  if (!o.ranking) throw new Error(o.problems.map((p) => p.message).join('\n'));
  return Array.from(o.ranking.order, (i, k) => [o.table!.names[i], o.ranking!.rank[k]]);
}

describe.each(['competition', 'dense'] as RankStyle[])('ranking the score sheet (%s ranks)', (style) => {
  it.each(MODES)('一票否决处理 %s: the score sheet ranks as the tally does', (mode) => {
    const t = monthOf(mode, style);
    const own = t.ranking.order.filter((i) => t.ranking.rank[i] !== null).map((i) => [t.windows[i].window, t.ranking.rank[i]]);
    const plan = planScoreSheet(t);
    expect(ranked(grid(plan.sheetName, plan.values as CellValue[][]), style)).toEqual(own);
  });
});

describe('a hand-made sheet with the same totals and notes', () => {
  const handMade = (remarks: (string | null)[]): SheetGrid =>
    grid('考核', [
      ['部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '备注'],
      ['甲厅', 100, 20, 25, 105, remarks[0]],
      ['乙局', 100, 2, 0, 98, null],
      ['丙委', 100, 0, 0, 100, null],
      ['省市场监管局', 100, 0, 0, 100, null],
      ['丁办', 100, 20, 0, 80, remarks[1]],
    ]);

  it('only marked: ranked by score, as before', () => {
    expect(ranked(handMade(['一票否决', '一票否决']), 'competition')).toEqual([
      ['甲厅', 1],
      ['丙委', 2],
      ['省市场监管局', 2],
      ['乙局', 4],
      ['丁办', 5],
    ]);
  });

  it('排在最后: after every other window, among themselves by score', () => {
    const t = monthOf('排在最后', 'competition');
    const plan = planScoreSheet(t);
    const fromTally = ranked(grid(plan.sheetName, plan.values as CellValue[][]), 'competition');
    const fromHand = ranked(handMade(['加分按上限计5分；一票否决，排在最后', '一票否决，排在最后']), 'competition');
    expect(fromHand).toEqual([
      ['丙委', 1],
      ['省市场监管局', 1],
      ['乙局', 3],
      ['甲厅', 4],
      ['丁办', 5],
    ]);
    expect(fromTally).toEqual(fromHand);
  });

  it('不参加排名: left out, with a warning naming the cell', () => {
    const o = rankSheet(handMade(['一票否决，不参加排名', null]));
    expect(Array.from(o.ranking!.order, (i) => o.table!.names[i])).toEqual(['丙委', '省市场监管局', '乙局', '丁办']);
    expect(o.table!.count).toBe(4);
    expect(o.problems).toEqual([expect.objectContaining({ code: 'VETOED', severity: 'warning', cells: ['F2'] })]);
  });

  it('a note that does not say 一票否决 changes nothing', () => {
    expect(ranked(handMade(['排在最后', '不参加排名']), 'competition').map((r) => r[0])).toEqual(['甲厅', '丙委', '省市场监管局', '乙局', '丁办']);
  });
});
