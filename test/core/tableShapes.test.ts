/** Table shapes from the hardening corpus, at the engine: a header over two rows, two tables on a sheet, several sheets. */
import type { CellValue } from '../../src/core/cell';
import { rankWorkbook, rankSheet } from '../../src/core/engine';
import { findTable } from '../../src/core/findTable';
import { grid, HEADER, ofCode } from './grids';

const ROWS: CellValue[][] = [
  ['水利厅', 100, 0, 10],
  ['商务厅', 100, -2, 6],
];

describe('a header over two rows', () => {
  it('reads a group header merged over the score columns, with their labels below', () => {
    const g = grid(
      [['部门窗口', '考核分值', null, null], [null, '基础分值', '减分分值', '加分分值'], ...ROWS],
      { merges: [{ row: 0, col: 0, rows: 2, cols: 1 }, { row: 0, col: 1, rows: 1, cols: 3 }] },
    );
    const { found } = findTable(g);
    expect(found).toMatchObject({ header: { headerRow: 0, headerRows: 2, columns: { window: 0, base: 1, deduction: 2, bonus: 3 } }, firstDataRow: 2 });
    expect(rankSheet(g).table?.names).toEqual(['水利厅', '商务厅']);
  });

  it('reads each label broken over two rows (基础分 / 分值)', () => {
    const g = grid([['部门窗口', '基础分', '减分', '加分'], [null, '分值', '分值', '分值'], ...ROWS], { merges: [{ row: 0, col: 0, rows: 2, cols: 1 }] });
    const outcome = rankSheet(g);
    expect(outcome.problems).toEqual([]);
    expect(outcome.table?.names).toEqual(['水利厅', '商务厅']);
  });

  it('does not take a title above a one-row header for a two-row header', () => {
    const g = grid([['2023年8月窗口考核得分'], HEADER, ...ROWS], { merges: [{ row: 0, col: 0, rows: 1, cols: 4 }] });
    expect(findTable(g).found).toMatchObject({ header: { headerRow: 1, headerRows: 1 }, firstDataRow: 2 });
  });
});

describe('two tables on one sheet', () => {
  it('ends the first table at the blank rows before the second one, and says so at the second title', () => {
    const g = grid([HEADER, ...ROWS, [], [], ['2023年7月窗口考核得分'], HEADER, ['水利厅', 100, 0, 1]]);
    const outcome = rankSheet(g);
    expect(outcome.table?.names).toEqual(['水利厅', '商务厅']);
    expect(ofCode(outcome.problems, 'SKIPPED_ROW')).toEqual([expect.objectContaining({ severity: 'warning', cells: ['A6'] })]);
    expect(outcome.problems).toHaveLength(1);
  });

  it('keeps reading past a header repeated right under data rows (a table pasted page by page)', () => {
    const outcome = rankSheet(grid([HEADER, ...ROWS, HEADER, ['民政厅', 100, 0, 7]]));
    expect(outcome.table?.names).toEqual(['水利厅', '商务厅', '民政厅']);
  });

  it('keeps reading past blank rows inside one table', () => {
    expect(rankSheet(grid([HEADER, ROWS[0], [], [], ROWS[1]])).table?.names).toEqual(['水利厅', '商务厅']);
  });
});

describe('several sheets with a score table', () => {
  it('reads the first and names all of them in a warning', () => {
    const wb = { sheets: [grid([['说明']], { name: '说明' }), grid([HEADER, ...ROWS], { name: '7月' }), grid([HEADER, ...ROWS], { name: '8月' })] };
    const outcome = rankWorkbook(wb);
    expect(outcome.table?.sheet).toBe('7月');
    const [warning] = ofCode(outcome.problems, 'SEVERAL_SCORE_SHEETS');
    expect(warning).toMatchObject({ severity: 'warning', sheet: '7月' });
    expect(warning.message).toContain('「7月」、「8月」');
  });

  it('says nothing when one sheet has the table', () => {
    const outcome = rankWorkbook({ sheets: [grid([['说明']], { name: '说明' }), grid([HEADER, ...ROWS], { name: '8月' })] });
    expect(outcome.problems).toEqual([]);
  });
});
