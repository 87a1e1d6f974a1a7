/** Ranking styles, the bulletin table's display rules, its title, the period, sheet names and the attachment plan. */
import { planAttachmentSheet } from '../../src/core/attachmentPlan';
import { BULLETIN_COLUMNS, buildBulletinTable, bulletinTitle } from '../../src/core/bulletinTable';
import { rankSheet } from '../../src/core/engine';
import type { BulletinTable, TieDisplay } from '../../src/core/model';
import { inferPeriod, periodInText } from '../../src/core/period';
import { MAX_SHEET_NAME, periodSheetName, safeSheetName, uniqueSheetName } from '../../src/core/sheetNames';
import { grid, HEADER, ranked } from './grids';

const TIES = [HEADER, ['甲', 100, 0, 5], ['乙', 100, 0, 10], ['丙', 100, 0, 5], ['丁', 100, 0, 10], ['戊', 100, 0, 1], ['己', 100, 0, 5]];

describe('rank styles', () => {
  it('competition ranks skip after a tie (1, 1, 3, 3, 3, 6), ties in source order', () => {
    expect(ranked(TIES)).toEqual([
      { window: '乙', rank: 1 },
      { window: '丁', rank: 1 },
      { window: '甲', rank: 3 },
      { window: '丙', rank: 3 },
      { window: '己', rank: 3 },
      { window: '戊', rank: 6 },
    ]);
  });

  it('dense ranks do not skip (1, 1, 2, 2, 2, 3)', () => {
    expect(ranked(TIES, { rankStyle: 'dense' }).map((r) => r.rank)).toEqual([1, 1, 2, 2, 2, 3]);
  });

  it('ranks negative and fractional scores, and a single window', () => {
    expect(ranked([HEADER, ['甲', 0, 5, 0], ['乙', 0, 0.5, 0], ['丙', 0, 5.5, 0.5]]).map((r) => r.window)).toEqual(['乙', '甲', '丙']);
    expect(ranked([HEADER, ['甲', 100, 0, 0]])).toEqual([{ window: '甲', rank: 1 }]);
  });

  it('ranks scores too far apart to pack into one sort key with the same order', () => {
    const values = [HEADER, ['甲', 900000000000, 0, 0], ['乙', -900000000000, 0, 0], ['丙', 900000000000, 0, 0], ['丁', 0, 0, 0.0001]];
    expect(ranked(values)).toEqual([
      { window: '甲', rank: 1 },
      { window: '丙', rank: 1 },
      { window: '丁', rank: 3 },
      { window: '乙', rank: 4 },
    ]);
  });
});

function bulletin(values: unknown[][], tieDisplay: TieDisplay = 'blank'): BulletinTable {
  const out = rankSheet(grid(values as never));
  return buildBulletinTable(out.table!, out.ranking!, { period: { year: 2023, month: 8 }, hallName: '省政务服务大厅' }, tieDisplay);
}

describe('bulletin table', () => {
  it('prints the rank on the first row of a tie group and leaves the others blank', () => {
    const t = bulletin(TIES);
    expect(t.rows.map((r) => r.rankLabel)).toEqual(['1', '', '3', '', '', '6']);
    expect(t.rows.map((r) => r.rank)).toEqual([1, 1, 3, 3, 3, 6]);
    expect(t.rows.map((r) => [r.firstOfTie, r.tieSize])).toEqual([
      [true, 2],
      [false, 2],
      [true, 3],
      [false, 3],
      [false, 3],
      [true, 1],
    ]);
  });

  it('repeats the rank on every row when asked', () => {
    expect(bulletin(TIES, 'repeat').rows.map((r) => r.rankLabel)).toEqual(['1', '1', '3', '3', '3', '6']);
  });

  it('shows figures without trailing zeros and deductions as −2 or 0', () => {
    const t = bulletin([HEADER, ['甲', 100, 0, 18], ['乙', '100.0', 0, '13.50'], ['丙', 100, 2, 0.5], ['丁', 100, '－12', 2], ['戊', 100, 0, 0.25]]);
    expect(t.rows.map((r) => r.text)).toEqual([
      { base: '100', deduction: '0', bonus: '18', score: '118' },
      { base: '100', deduction: '0', bonus: '13.5', score: '113.5' },
      { base: '100', deduction: '-2', bonus: '0.5', score: '98.5' },
      { base: '100', deduction: '0', bonus: '0.25', score: '100.25' },
      { base: '100', deduction: '-12', bonus: '2', score: '90' },
    ].sort((a, b) => Number(b.score) - Number(a.score)));
    const numbers = t.rows.map((r) => [r.base, r.deductionShown, r.bonus, r.score]);
    expect(numbers).toEqual([
      [100, 0, 18, 118],
      [100, 0, 13.5, 113.5],
      [100, 0, 0.25, 100.25],
      [100, -2, 0.5, 98.5],
      [100, -12, 2, 90],
    ]);
    expect(Object.is(t.rows[0].deductionShown, -0)).toBe(false);
  });

  it('titles the table from the period and the hall and uses the reference header', () => {
    expect(bulletinTitle({ year: 2023, month: 8 }, '省政务服务大厅')).toBe('2023年8月省政务服务大厅进驻部门（单位）窗口考核结果');
    const t = bulletin(TIES);
    expect(t.title).toBe('2023年8月省政务服务大厅进驻部门（单位）窗口考核结果');
    expect(t.columns).toEqual(['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值']);
    t.columns.push('x');
    expect(BULLETIN_COLUMNS).toHaveLength(6);
  });
});

describe('period', () => {
  it.each([
    ['2023年8月窗口考核情况', { year: 2023, month: 8 }],
    ['2023 年 08 月', { year: 2023, month: 8 }],
    ['２０２３年１２月', { year: 2023, month: 12 }],
    ['二〇二三年八月考核', { year: 2023, month: 8 }],
    ['二〇二三年十月', { year: 2023, month: 10 }],
    ['二〇二三年十二月', { year: 2023, month: 12 }],
    ['2023年13月', null],
    ['八月', null],
  ])('reads %j as %p', (text, period) => {
    expect(periodInText(text)).toEqual(period);
  });

  it('reads the title rows above the table, then the sheet name, never the data', () => {
    expect(inferPeriod(grid([[null, '2023年8月省政务服务大厅考核'], HEADER]))).toEqual({ year: 2023, month: 8 });
    expect(inferPeriod(grid([HEADER, ['水利厅', 100, 0, 1]], { name: '2023年9月' }))).toEqual({ year: 2023, month: 9 });
    const deep = [HEADER, ...Array.from({ length: 20 }, (_, i) => [`窗口${i}`, 100, 0, 1]), ['2022年1月备注']];
    expect(inferPeriod(grid(deep))).toBeNull();
  });
});

describe('sheet names', () => {
  it('gives a new name when the month sheet exists, comparing as Excel does (case-insensitive)', () => {
    const name = periodSheetName({ year: 2023, month: 8 });
    expect(name).toBe('8月考核结果');
    expect(uniqueSheetName(name, ['考核'])).toBe('8月考核结果');
    expect(uniqueSheetName(name, ['8月考核结果'])).toBe('8月考核结果 (2)');
    expect(uniqueSheetName(name, ['8月考核结果', '8月考核结果 (2)'])).toBe('8月考核结果 (3)');
    expect(uniqueSheetName('Result', ['RESULT'])).toBe('Result (2)');
  });

  it('replaces forbidden characters and keeps within 31 characters, suffix included', () => {
    expect(safeSheetName("'8/9月:考核[结果]?*'")).toBe('8_9月_考核_结果___');
    expect(safeSheetName('   ')).toBe('考核结果');
    const long = '省'.repeat(40);
    expect([...safeSheetName(long)]).toHaveLength(MAX_SHEET_NAME);
    const second = uniqueSheetName(long, [safeSheetName(long)]);
    expect([...second]).toHaveLength(MAX_SHEET_NAME);
    expect(second.endsWith(' (2)')).toBe(true);
  });
});

describe('attachment sheet plan', () => {
  const t = bulletin([HEADER, ['生态环境厅', 100, 0, 10], ['水利厅', 100, 0, 10], ['=SUM(A1)', 100, 2, 0], ['省新闻出版局(省版权局、省电影局)'.repeat(3), 100, 0, 0]]);
  const plan = planAttachmentSheet(t, '8月考核结果');

  it('lays out 附件, the merged title, the header and one row per window with a blank rank inside ties', () => {
    expect(plan.sheetName).toBe('8月考核结果');
    expect(plan.values.slice(0, 3)).toEqual([['附件', null, null, null, null, null], [t.title, null, null, null, null, null], [...BULLETIN_COLUMNS]]);
    expect(plan.values.slice(3)).toEqual([
      [1, '生态环境厅', 100, 0, 10, 110],
      [null, '水利厅', 100, 0, 10, 110],
      [3, '省新闻出版局(省版权局、省电影局)'.repeat(3), 100, 0, 0, 100],
      [4, '=SUM(A1)', 100, -2, 0, 98],
    ]);
    expect(plan.values.every((row) => row.length === 6)).toBe(true);
    expect(plan.merges).toEqual([{ row: 1, col: 0, rows: 1, cols: 6 }]);
  });

  it('prints on A4 portrait with the header row repeated and the table fitted to the width', () => {
    expect(plan.print).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: true, repeatRows: { first: 2, last: 2 }, centerHorizontally: true });
  });

  it('borders header and body, in 黑体 and 仿宋_GB2312 with fallbacks', () => {
    const header = plan.formats.find((f) => f.range.row === 2)!;
    const body = plan.formats.find((f) => f.range.row === 3)!;
    expect(header).toMatchObject({ borders: 'all-thin', font: { name: '黑体' } });
    expect(body).toMatchObject({ borders: 'all-thin', range: { row: 3, col: 0, rows: 4, cols: 6 }, font: { name: '仿宋_GB2312' } });
    expect(body.font!.fallbacks.length).toBeGreaterThan(0);
    expect(plan.formats.find((f) => f.range.row === 1)!.font!.name).toBe('方正小标宋简体');
  });

  it('sizes the name column to the longest name within bounds, and gives a wrapped name a taller row', () => {
    expect(plan.columnWidths).toHaveLength(6);
    const short = planAttachmentSheet(bulletin([HEADER, ['水利厅', 100, 0, 1]]), 's');
    expect(plan.columnWidths[1]).toBeGreaterThan(short.columnWidths[1]);
    const heights = new Map(plan.rowHeights.map((h) => [h.row, h.height]));
    expect(heights.get(5)!).toBeGreaterThan(heights.get(3)!);
    for (let row = 3; row < 7; row++) expect(heights.has(row)).toBe(true);
  });

  it('never plans a row taller than Excel allows (409 pt), however long a window name is', () => {
    const long = planAttachmentSheet(bulletin([HEADER, ['省'.repeat(600) + '厅', 100, 0, 1], ['水利厅', 100, 0, 2]]), 's');
    const tallest = Math.max(...long.rowHeights.map((h) => h.height));
    expect(tallest).toBe(409);
  });

  it('plans an empty table without a body format', () => {
    const empty: BulletinTable = { title: 'T', columns: [...BULLETIN_COLUMNS], rows: [] };
    const p = planAttachmentSheet(empty, 'x');
    expect(p.values).toHaveLength(3);
    expect(p.formats.some((f) => f.range.row === 3)).toBe(false);
  });
});
