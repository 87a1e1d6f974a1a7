/** Names pasted with invisible characters: shown without them, and the same window as the name typed plainly. */
import { rankSheet } from '../../src/core/engine';
import { trimName } from '../../src/core/text';
import { grid, HEADER, ofCode } from './grids';

describe('zero-width characters in window names', () => {
  it.each([
    ['成都\u200d海关', '成都海关'],
    ['水利\u200c厅', '水利厅'],
    ['\u2060公安厅\u200b', '公安厅'],
    ['\ufeff教育厅 \t', '教育厅'],
    ['省新闻出版局 (省版权局)', '省新闻出版局 (省版权局)'], // inner spaces are the clerk's own
  ])('%j reads as %j', (typed, shown) => expect(trimName(typed)).toBe(shown));

  it('makes a name with a zero-width joiner the same window as the plain one', () => {
    const outcome = rankSheet(grid([HEADER, ['水利厅', 100, 0, 1], ['水\u200d利厅', 100, 0, 2]]));
    expect(ofCode(outcome.problems, 'DUPLICATE_WINDOW')).toEqual([expect.objectContaining({ cells: ['A2', 'A3'] })]);
  });
});
