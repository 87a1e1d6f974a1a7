/** Finding the header by its words wherever a clerk put it, or an Excel table; and saying so when there is none. */
import { findTable, HEADER_SCAN_ROWS } from '../../src/core/findTable';
import { headerRole } from '../../src/core/headerWords';
import { HEADER_WORDS_SENTENCE, rankSheet } from '../../src/core/engine';
import { foldHeader } from '../../src/core/text';
import { grid, HEADER, ranked, table } from './grids';

describe('header words', () => {
  it.each([
    ['部门窗口', 'window'],
    ['部门\n窗口', 'window'],
    ['部门（单位）', 'window'],
    ['部 门（单 位）', 'window'],
    ['单位', 'window'],
    ['窗口', 'window'],
    ['基础分值', 'base'],
    ['基础分\n分值', 'base'], // the reference attachment's header
    ['基础\r\n分值', 'base'],
    ['基础分', 'base'],
    ['减分分值', 'deduction'],
    ['扣分', 'deduction'],
    ['减\u3000分', 'deduction'],
    ['加分分值', 'bonus'],
    ['加分', 'bonus'],
    ['实得分值', 'score'],
    ['总分', 'score'],
    ['得分', 'score'],
    ['排名', 'rank'],
    ['名次', 'rank'],
    ['序号', 'serial'],
    ['ＮＯ．', 'serial'],
    ['备注', null],
    ['窗口12', null],
  ])('%j is a %s header', (text, role) => {
    expect(headerRole(foldHeader(text))).toBe(role);
  });
});

describe('findTable', () => {
  it('finds the header under title rows and blank rows, starting in any column', () => {
    const g = grid([['2023年8月窗口考核情况'], [], [null, null, '序号', '部门\n窗口', '基础 分值', '减分分值', '加分分值', '实得分值'], [null, null, 1, '水利厅', 100, 0, 10, 110]]);
    const { found } = findTable(g);
    expect(found).not.toBeNull();
    expect(found!.header).toMatchObject({ sheet: '考核', headerRow: 2, columns: { serial: 2, window: 3, base: 4, deduction: 5, bonus: 6, score: 7 } });
    expect(found!.header.labels.window).toBe('部门\n窗口');
    expect(found!.firstDataRow).toBe(3);
    expect(found!.endRow).toBe(4);
  });

  it('reports sheet coordinates when the used range starts at C5', () => {
    const g = grid([HEADER, ['水利厅', 100, 0, 10]], { originRow: 4, originCol: 2 });
    const { found } = findTable(g);
    expect(found!.header.headerRow).toBe(4);
    expect(found!.header.columns).toEqual({ window: 2, base: 3, deduction: 4, bonus: 5 });
  });

  it('takes full-width header text and full-width brackets', () => {
    const { found } = findTable(grid([['部门（单位）', '基础分值', '减分', '加分'], ['水利厅', 100, 0, 1]]));
    expect(found!.header.columns.window).toBe(0);
  });

  it('needs a name column and a deduction or a bonus column; the base column is optional', () => {
    expect(findTable(grid([['部门窗口', '加分分值'], ['水利厅', 1]])).found).not.toBeNull();
    expect(findTable(grid([['部门窗口', '减分'], ['水利厅', 1]])).found).not.toBeNull();
    expect(findTable(grid([['部门窗口', '基础分值'], ['水利厅', 100]])).found).toBeNull();
    expect(findTable(grid([['基础分值', '减分分值', '加分分值'], [100, 0, 1]])).found).toBeNull();
  });

  it('looks only in the first rows of a sheet', () => {
    const rows = Array.from({ length: HEADER_SCAN_ROWS }, () => ['说明']);
    expect(findTable(grid([...rows, HEADER, ['水利厅', 100, 0, 1]])).found).toBeNull();
    expect(findTable(grid([...rows.slice(1), HEADER, ['水利厅', 100, 0, 1]])).found).not.toBeNull();
  });

  it('uses an Excel table (ListObject) in preference to a header found by scanning, and ends the rows with it', () => {
    const g = grid(
      [
        ['部门窗口', '减分分值', null, null, null, null],
        ['旧表', 3, null, null, null, null],
        [null, null, null, '部门窗口', '减分分值', '加分分值'],
        [null, null, null, '水利厅', 0, 10],
        [null, null, null, '公安厅', 0, 7.5],
        [null, null, null, '表外', 0, 99],
      ],
      { tables: [table('考核表', 2, 3, 3, 3)] },
    );
    const { found } = findTable(g);
    expect(found!.header).toMatchObject({ tableName: '考核表', headerRow: 2, columns: { window: 3, deduction: 4, bonus: 5 } });
    expect(found!.endRow).toBe(5);
    expect(ranked(g.values, {}).length).toBeGreaterThan(0); // the scan alone would take the first header
    const outcome = rankSheet(g);
    expect(outcome.table!.names).toEqual(['水利厅', '公安厅']);
  });

  it('ends an Excel table reported longer than the sheet at the last row read, without sizing for the rest', () => {
    const g = grid([HEADER, ['水利厅', 100, 0, 10]], { tables: [table('考核表', 0, 0, 1_000_000_000, 4)] });
    expect(findTable(g).found!.endRow).toBe(2);
    const t0 = performance.now();
    expect(rankSheet(g).table!.names).toEqual(['水利厅']);
    expect(performance.now() - t0).toBeLessThan(100);
  });

  it('falls back to scanning when the Excel table has none of the words', () => {
    const g = grid([['甲', '乙'], [1, 2], HEADER, ['水利厅', 100, 0, 10]], { tables: [table('表1', 0, 0, 2, 2)] });
    expect(findTable(g).found!.header).toMatchObject({ headerRow: 2 });
    expect(findTable(g).found!.header.tableName).toBeUndefined();
  });
});

describe('no header', () => {
  it('says which words were looked for', () => {
    const out = rankSheet(grid([['名称', '分数'], ['水利厅', 100]]));
    expect(out.table).toBeNull();
    expect(out.problems).toHaveLength(1);
    const [p] = out.problems;
    expect(p).toMatchObject({ code: 'NO_HEADER', severity: 'error', sheet: '考核' });
    expect(p.message).toContain('「考核」中找不到考核表的表头');
    expect(p.message).toContain(HEADER_WORDS_SENTENCE);
    for (const word of ['部门窗口', '部门（单位）', '基础分值', '减分分值', '扣分', '加分分值']) expect(p.message).toContain(`“${word}”`);
  });

  it('points at the nearest row and what it had', () => {
    const out = rankSheet(grid([['考核'], [null, '单位名称', '基础分值', '得分'], [null, '水利厅', 100, 110]]));
    const [p] = out.problems;
    expect(p.code).toBe('NO_HEADER');
    expect(p.message).toContain('最接近的是 「考核」!B2 所在的行，只找到了“部门窗口”、“基础分值”、“实得分值”。');
  });

  it('works on an empty sheet', () => {
    expect(rankSheet(grid([])).problems.map((p) => p.code)).toEqual(['NO_HEADER']);
  });
});
