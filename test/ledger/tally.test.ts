/**
 * Golden months computed by hand, one per rule of the tally: points per occurrence and counts, a range item,
 * the category cap, the bonus cap, 最高分 and 最低分 in their order, appeals and withdrawals, vetoes, the roster.
 */
import { AUGUST, figures, ledgerWorkbook, tally } from './support';
import { tallyWorkbook } from '../../src/core/ledger/month';
import { hasErrors } from '../../src/core/problems';
import { planScoreSheet } from '../../src/core/ledger/scorePlan';

const errorsOf = (o: ReturnType<typeof tally>) => o.problems.filter((p) => p.severity === 'error').map((p) => p.message);

describe('the month tally, by hand', () => {
  it('sums points × count per window; a window with no line keeps the base', () => {
    // 甲厅: 2 late arrivals (2 × −2) and a banner (+1): 100 − 4 + 1 = 97. 乙局: a range complaint at −4: 96.
    const o = tally([
      ['2023-08-02', '甲厅', 'D01', 2],
      ['2023-08-03', '甲厅', 'B02'],
      ['2023-08-04', '乙局', 'D05', 1, -4],
    ]);
    expect(errorsOf(o)).toEqual([]);
    expect(figures(o, '甲厅')).toEqual({ deduction: 4, bonus: 1, score: 97 });
    expect(figures(o, '乙局')).toEqual({ deduction: 4, bonus: 0, score: 96 });
    expect(figures(o, '丙委')).toEqual({ deduction: 0, bonus: 0, score: 100 });
  });

  it('reads only the month asked for, and finds windows by their short names and item text', () => {
    const o = tally([
      ['2023-07-31', '甲厅', 'D01'],
      ['2023-08-01', '甲', '迟到'],
      ['2023-09-01', '甲厅', 'D01'],
    ]);
    expect(figures(o, '甲厅')).toEqual({ deduction: 2, bonus: 0, score: 98 });
    expect(o.tally!.windows[0].lines.map((l) => l.row)).toEqual([3]);
  });

  it('caps a category: 到岗纪律 at most 10 off (4 × −2 and 1 × −3 = 11 → 10)', () => {
    const o = tally([
      ['2023-08-01', '甲厅', 'D01', 4],
      ['2023-08-02', '甲厅', 'D02'],
      ['2023-08-03', '甲厅', 'D05', 1, -3],
    ]);
    // 到岗纪律 capped at 10, 服务评价 3 uncapped: 13 deducted.
    expect(figures(o, '甲厅')).toEqual({ deduction: 13, bonus: 0, score: 87 });
    const cat = o.tally!.windows[0].categories.find((c) => c.category === '到岗纪律')!;
    expect([cat.raw / 1e4, cat.counted / 1e4, cat.capped]).toEqual([11, 10, true]);
  });

  it('caps the bonus total after the categories: 群众表扬 12 → 5, plus 通报表扬 10 = 15 → 加分上限 12', () => {
    const o = tally(
      [
        ['2023-08-01', '甲厅', 'B02', 12],
        ['2023-08-02', '甲厅', 'B03', 2],
      ],
      { settings: [['加分上限', 12]] },
    );
    const w = o.tally!.windows[0];
    expect(w.bonusBeforeCap / 1e4).toBe(15);
    expect(figures(o, '甲厅')).toEqual({ deduction: 0, bonus: 12, score: 112 });
    expect(w.capped).toEqual({ category: true, bonus: true, maxScore: false, minScore: false });
  });

  it('holds the score under 最高分 after the bonus cap, counting less bonus so the sheet adds up', () => {
    // bonus 15 → 加分上限 12 → 100 − 2 + 12 = 110 → 最高分 108: bonus counted 10.
    const o = tally(
      [
        ['2023-08-01', '甲厅', 'B03', 3],
        ['2023-08-02', '甲厅', 'D01'],
      ],
      { settings: [['加分上限', 12], ['最高分', 108]] },
    );
    expect(figures(o, '甲厅')).toEqual({ deduction: 2, bonus: 10, score: 108 });
    expect(o.tally!.windows[0].capped.maxScore).toBe(true);
  });

  it('holds the score over 最低分, counting less deduction', () => {
    // base 20: 5 × −3 = 15, capped at 10 (到岗纪律), and 2 × −20 = 40: 50 off → 20 − 50 + 0.5 = −29.5 → 最低分 0,
    // the deduction counted 20.5 so that 20 − 20.5 + 0.5 = 0.
    const o = tally(
      [
        ['2023-08-01', '甲厅', 'D02', 5],
        ['2023-08-02', '甲厅', 'D07', 2],
        ['2023-08-03', '甲厅', 'B01'],
      ],
      { settings: [['基础分值', 20], ['最低分', 0]] },
    );
    expect(figures(o, '甲厅')).toEqual({ deduction: 20.5, bonus: 0.5, score: 0 });
  });

  it('does not count upheld appeals and withdrawn lines, but lists them', () => {
    const o = tally([
      ['2023-08-01', '甲厅', 'D01', 1, null, '', '', '申诉成立'],
      ['2023-08-02', '甲厅', 'D01', 1, null, '', '', '撤销'],
      ['2023-08-03', '甲厅', 'D01', 1, null, '', '', '有效'],
    ]);
    expect(figures(o, '甲厅').deduction).toBe(2);
    expect(o.tally!.windows[0].notCounted.map((l) => l.status)).toEqual(['upheld', 'revoked']);
  });

  it('vetoes: marked by default, last or left out as the settings say', () => {
    const lines = [
      ['2023-08-01', '甲厅', 'D07'],
      ['2023-08-02', '乙局', 'D01'],
    ];
    const mark = tally(lines);
    // 甲厅 80, 乙局 98, 丙委 100, 省市场监管局 100: competition ranks by score.
    expect(mark.tally!.ranking.rank).toEqual([4, 3, 1, 1]);
    expect(mark.tally!.windows[0].veto).toBe(true);
    const last = tally(lines, { settings: [['一票否决处理', '排在最后']] });
    expect(last.tally!.ranking.rank).toEqual([4, 3, 1, 1]);
    const lastAbove = tally([['2023-08-01', '甲厅', 'D07'], ['2023-08-02', '甲厅', 'B03', 5], ['2023-08-02', '乙局', 'D01']], { settings: [['一票否决处理', '排在最后']] });
    // 甲厅 105 would be first; vetoed, it is placed after everyone.
    expect(lastAbove.tally!.ranking.rank).toEqual([4, 3, 1, 1]);
    const out = tally(lines, { settings: [['一票否决处理', '不参加排名']] });
    expect(out.tally!.ranking.rank).toEqual([null, 3, 1, 1]);
  });

  it('scores the windows stationed in the month, not those gone or not yet come', () => {
    const o = tally([], {
      roster: [
        ['甲厅', '', '2020-01-01', null],
        ['乙局', '', '2023-01-01', '2023-07-31'],
        ['丙委', '', '2023-08-20', null],
        ['丁办', '', '2023-09-01', null],
      ],
    });
    expect(o.tally!.windows.map((w) => w.window)).toEqual(['甲厅', '丙委']);
    expect(o.problems.map((p) => p.code)).toContain('NO_DATA'); // a warning: no lines this month
    expect(hasErrors(o.problems)).toBe(false);
  });

  it('defaults to the last month with ledger lines', () => {
    const o = tallyWorkbook(ledgerWorkbook([['2023-07-03', '甲厅', 'D01'], ['2023-08-30', '甲厅', 'D01'], ['2023-06-01', '甲厅', 'D01']]), null);
    expect(o.tally!.period).toEqual(AUGUST);
    expect(o.months).toEqual([{ year: 2023, month: 6 }, { year: 2023, month: 7 }, AUGUST]);
  });

  it('keeps exact decimals: 0.1-point items tie where floats would not', () => {
    const rules = [
      ['X1', '甲类', '小项', '-0.3', '次', null, '否'],
      ['X2', '乙类', '小加', '+0.1', '次', null, '否'],
      ['X3', '丙类', '小减', '-0.2', '次', null, '否'],
    ];
    const o = tally(
      [
        ['2023-08-01', '甲厅', 'X1'],
        ['2023-08-01', '甲厅', 'X2'],
        ['2023-08-01', '乙局', 'X3'],
      ],
      { rules },
    );
    expect(o.tally!.windows[0].score).toBe(o.tally!.windows[1].score);
    expect(figures(o, '甲厅').score).toBe(99.8);
  });

  it('tallies people per person and window, ranked on bonus − deduction', () => {
    const o = tally([
      ['2023-08-01', '甲厅', 'D01', 2, null, '张三'],
      ['2023-08-02', '甲厅', 'B02', 1, null, '张三'],
      ['2023-08-03', '乙局', 'B01', 1, null, '李四'],
      ['2023-08-04', '乙局', 'B01', 1, null, '王五', '', '撤销'],
    ]);
    expect(o.tally!.persons.map((p) => [p.rank, p.person, p.window, p.deduction / 1e4, p.bonus / 1e4, p.total / 1e4])).toEqual([
      [1, '李四', '乙局', 0, 0.5, 0.5],
      [2, '张三', '甲厅', 4, 1, -3],
    ]);
  });
});

describe('the score sheet under each veto setting', () => {
  const lines = [
    ['2023-08-01', '甲厅', 'D07'],
    ['2023-08-02', '乙局', 'D01'],
  ];
  const bodyOf = (o: ReturnType<typeof tally>) => planScoreSheet(o.tally!).values.slice(3).map((r) => [r[1], r[5], r[6]]);

  it('marks the window, or leaves it out and names it above the table', () => {
    expect(bodyOf(tally(lines))[0]).toEqual(['甲厅', 80, '一票否决']);
    const out = tally(lines, { settings: [['一票否决处理', '不参加排名']] });
    expect(bodyOf(out).map((r) => r[0])).toEqual(['乙局', '丙委', '省市场监管局']);
    expect(String(planScoreSheet(out.tally!).values[1][0])).toContain('一票否决、不参加排名：甲厅。');
  });
});
