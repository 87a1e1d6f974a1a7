/** Which rows are windows, and every problem with the rows, reported at once with sheet and cell. */
import { rankSheet } from '../../src/core/engine';
import { PROBLEMS_PER_CODE } from '../../src/core/problemSink';
import { grid, HEADER, ofCode } from './grids';

describe('rows that are not windows', () => {
  it('skips and reports notes, summaries and a repeated header, ranking only the windows', () => {
    const values = [
      ['2023年8月窗口考核情况'],
      HEADER,
      ['水利厅', 100, 0, 10],
      ['合计', 300, 2, 17.5],
      ['部门窗口', '基础分值', '减分分值', '加分分值'],
      ['公安厅', 100, 0, 7.5],
      ['平均', 100, 0.67, 5.83],
      ['教育厅', 100, -2, 0],
      [],
      ['备注：加分依据见附表。'],
      ['注：减分以负数填写。', null, null, null],
      [null, '注：空名称列的说明行', null, null],
    ];
    const out = rankSheet(grid(values));
    expect(out.table!.names).toEqual(['水利厅', '公安厅', '教育厅']);
    const skipped = ofCode(out.problems, 'SKIPPED_ROW');
    expect(skipped.map((p) => p.cells)).toEqual([['A4'], ['A5'], ['A7'], ['A10'], ['A11'], ['A12']]);
    expect(skipped.every((p) => p.severity === 'warning')).toBe(true);
    expect(skipped[0].message).toBe('「考核」!A4“合计”是汇总行，未参与排名。');
    expect(skipped[1].message).toContain('重复的表头行');
    expect(skipped[3].message).toContain('说明行');
    expect(skipped[5].message).toBe('「考核」第 12 行是说明行，未参与排名。');
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('skips 总计, 小计 and a full-width colon note, and keeps names that merely contain those words', () => {
    const out = rankSheet(grid([HEADER, ['总计', 1, 1, 1], ['小 计', 1, 1, 1], ['说明:', null, null, null], ['统计局', 100, 0, 1], ['省平均收费办', 100, 0, 2]]));
    expect(out.table!.names).toEqual(['统计局', '省平均收费办']);
  });

  it('skips blank rows and rows with nothing but a serial number silently', () => {
    const out = rankSheet(grid([['序号', ...HEADER], [1, '水利厅', 100, 0, 1], [], [2, null, null, null, null], [3, '公安厅', 100, 0, 2]]));
    expect(out.table!.names).toEqual(['水利厅', '公安厅']);
    expect(out.problems).toEqual([]);
  });
});

describe('summary rows labelled outside the name column', () => {
  // 序号 | 单位 (the window names) | figures: the layout where 合计 sits under 序号 or in a merge across both.
  const HEAD = ['序号', '单位', '基础分值', '减分分值', '加分分值'];

  it('合计 under 序号 with the name cell blank is skipped with a warning naming the label cell', () => {
    const out = rankSheet(grid([HEAD, [1, '水利厅', 100, 0, 10], [2, '公安厅', 100, 0, 7.5], ['合计', null, 200, 0, 17.5]]));
    expect(out.table!.names).toEqual(['水利厅', '公安厅']);
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const skipped = ofCode(out.problems, 'SKIPPED_ROW');
    expect(skipped.map((p) => p.cells)).toEqual([['A4']]);
    expect(skipped[0]).toMatchObject({ severity: 'warning', message: '「考核」!A4“合计”是汇总行，未参与排名。' });
  });

  it('a label merged across 序号 and 单位 (text in the merge\'s top-left cell only) is skipped the same way', () => {
    const merges = [{ row: 3, col: 0, rows: 1, cols: 2 }];
    const values = [HEAD, [1, '水利厅', 100, 0, 10], [2, '公安厅', 100, 0, 7.5], ['平 均', null, 100, 0, 8.75]];
    const out = rankSheet(grid(values, { merges }));
    expect(out.ranking).not.toBeNull();
    expect(ofCode(out.problems, 'SKIPPED_ROW').map((p) => [p.cells, p.message])).toEqual([[['A4'], '「考核」!A4“平 均”是汇总行，未参与排名。']]);
  });

  it('小计 and 总计 in a column right of the names, and 合计 in the name column, are each found', () => {
    const head = [...HEAD, '备注'];
    const out = rankSheet(grid([head, [1, '水利厅', 100, 0, 10], [null, null, 100, 0, 10, '小计'], [2, '公安厅', 100, 0, 7.5], [null, null, 200, 0, 17.5, '总计'], [null, '合计', 200, 0, 17.5]]));
    expect(out.table!.names).toEqual(['水利厅', '公安厅']);
    expect(ofCode(out.problems, 'SKIPPED_ROW').map((p) => p.cells)).toEqual([['F3'], ['F5'], ['B6']]);
  });

  it('a blank name with figures and no label anywhere in the row is still an error', () => {
    const out = rankSheet(grid([HEAD, [1, '水利厅', 100, 0, 10], [2, null, 100, 0, 5]]));
    expect(out.ranking).toBeNull();
    expect(ofCode(out.problems, 'EMPTY_WINDOW_NAME').map((p) => p.cells)).toEqual([['B3']]);
  });
});

describe('duplicate window names', () => {
  it('names both cells, and counts 「水利厅 」 and full-width spaces as the same name', () => {
    const out = rankSheet(grid([HEADER, ['水利厅', 100, 0, 10], ['公安厅', 100, 0, 7], ['水利厅\u3000', 100, 0, 9], [' 公安厅', 100, 0, 1], ['水 利厅', 100, 0, 2]]));
    expect(out.ranking).toBeNull();
    const dups = ofCode(out.problems, 'DUPLICATE_WINDOW');
    expect(dups.map((p) => p.cells)).toEqual([['A2', 'A4', 'A6'], ['A3', 'A5']]);
    expect(dups[0]).toMatchObject({ severity: 'error', sheet: '考核' });
    expect(dups[0].message).toBe('窗口“水利厅”重复出现在 「考核」!A2、「考核」!A4、「考核」!A6。');
  });

  it('finds a duplicate even when one of its rows has a bad figure', () => {
    const out = rankSheet(grid([HEADER, ['水利厅', 100, '十', 10], ['水利厅', 100, 0, 9]]));
    expect(out.problems.map((p) => p.code).sort()).toEqual(['DUPLICATE_WINDOW', 'NOT_A_NUMBER']);
  });

  it('finds the one duplicate pair among 50,000 names', () => {
    const values: (string | number)[][] = [HEADER as string[]];
    for (let i = 0; i < 50_000; i++) values.push([`窗口${i}`, 100, 0, i % 7]);
    values.push(['窗口31337', 100, 0, 0]);
    const dups = ofCode(rankSheet(grid(values)).problems, 'DUPLICATE_WINDOW');
    expect(dups.map((p) => p.cells)).toEqual([['A31339', 'A50002']]);
  });

  it('takes names that are numbers as text', () => {
    const dups = ofCode(rankSheet(grid([HEADER, [12, 100, 0, 0], ['12', 100, 0, 1]])).problems, 'DUPLICATE_WINDOW');
    expect(dups).toHaveLength(1);
  });
});

describe('other row problems', () => {
  it('an empty name with scores is an error naming the name cell', () => {
    const out = rankSheet(grid([HEADER, ['水利厅', 100, 0, 10], [null, 100, 0, 5], ['  ', null, 2, null]]));
    expect(out.ranking).toBeNull();
    const errors = ofCode(out.problems, 'EMPTY_WINDOW_NAME');
    expect(errors.map((p) => p.cells)).toEqual([['A3'], ['A4']]);
    expect(errors[0].message).toBe('「考核」!A3 没有窗口名称，但这一行填了分值。');
  });

  it('no data rows under the header is an error naming the header', () => {
    const out = rankSheet(grid([['标题'], [null, ...HEADER], [null, '合计', 0, 0, 0]]));
    const noData = ofCode(out.problems, 'NO_DATA');
    expect(noData).toHaveLength(1);
    expect(noData[0].message).toBe('「考核」!B2:E2 的表头下面没有窗口数据行。');
    expect(out.ranking).toBeNull();
  });

  it('without a base column, every window starts from the default base, said once as a warning', () => {
    const out = rankSheet(grid([['部门窗口', '减分分值', '加分分值'], ['水利厅', 0, 10], ['教育厅', 2, 0]]));
    expect(ofCode(out.problems, 'DEFAULT_BASE')).toHaveLength(1);
    expect(out.problems[0].message).toContain('各窗口按基础分 100 计算');
    expect(Array.from(out.table!.score)).toEqual([110, 98]);
    const ninety = rankSheet(grid([['部门窗口', '加分分值'], ['水利厅', 0.5]]), { defaultBase: 90 });
    expect(ninety.problems[0].message).toContain('基础分 90');
    expect(ninety.table!.score[0] / ninety.table!.scale).toBe(90.5);
  });

  it('an empty base cell takes the default base with a warning naming the cell', () => {
    const out = rankSheet(grid([HEADER, ['水利厅', null, 0, 10]]));
    const w = ofCode(out.problems, 'DEFAULT_BASE');
    expect(w).toHaveLength(1);
    expect(w[0].cells).toEqual(['B2']);
    expect(out.ranking).not.toBeNull();
  });

  it('a sheet 实得分值 that disagrees with the formula is a warning naming the cell; the computed score stands', () => {
    const out = rankSheet(grid([[...HEADER, '实得分值'], ['水利厅', 100, 0, 10, 110], ['公安厅', 100, 0, 7.5, 107], ['教育厅', 100, -12, 2, '九十'], ['海关', 100, 2, 0.5, 98.50000000000001]]));
    const w = ofCode(out.problems, 'SCORE_MISMATCH');
    expect(w.map((p) => p.cells)).toEqual([['E3'], ['E4']]);
    expect(w[0].message).toBe('「考核」!E3 的实得分值 107 与 基础分值 − 减分分值 + 加分分值 = 107.5 不符，以计算结果为准。');
    expect(out.ranking).not.toBeNull();
    expect(Array.from(out.table!.score, (u) => u / out.table!.scale)).toEqual([110, 107.5, 90, 98.5]);
  });

  it('reports every problem of a sheet at once', () => {
    const out = rankSheet(grid([HEADER, ['水利厅', 100, '十', 10], ['水利厅', 100, 0, 9], [null, 100, 0, 1], ['公安厅', '#N/A', 0, 1]]));
    expect(out.problems.map((p) => p.code).sort()).toEqual(['DUPLICATE_WINDOW', 'EMPTY_WINDOW_NAME', 'NOT_A_NUMBER', 'NOT_A_NUMBER']);
  });

  it('caps a flood of one problem and says how many more there were', () => {
    const values: (string | number)[][] = [HEADER as string[]];
    for (let i = 0; i < PROBLEMS_PER_CODE + 50; i++) values.push([`窗口${i}`, 100, '十', 0]);
    const errors = ofCode(rankSheet(grid(values)).problems, 'NOT_A_NUMBER');
    expect(errors).toHaveLength(PROBLEMS_PER_CODE + 1);
    expect(errors[PROBLEMS_PER_CODE].message).toBe('同类问题另有 50 处未逐一列出。');
  });
});
