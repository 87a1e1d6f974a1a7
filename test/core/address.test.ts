/** A1 addresses: only cells a worksheet has (A1 to XFD1048576) are addresses; anything else is not. */
import { EXCEL_MAX_COLS, EXCEL_MAX_ROWS, cellAddress, parseCellAddress } from '../../src/core/address';

describe('parseCellAddress', () => {
  it('reads plain and $-anchored addresses, any case', () => {
    expect(parseCellAddress('D9')).toEqual({ row: 8, col: 3 });
    expect(parseCellAddress('$ab$12')).toEqual({ row: 11, col: 27 });
    expect(parseCellAddress('XFD1048576')).toEqual({ row: EXCEL_MAX_ROWS - 1, col: EXCEL_MAX_COLS - 1 });
  });

  it.each(['A0', 'XFE1', 'A1048577', 'ZZZ1', 'A', '1', 'A1:B2', '', 'AAAA1'])('refuses %p, which is not a worksheet cell', (text) => {
    expect(parseCellAddress(text)).toBeNull();
  });

  it('reads back every address it writes at the edges of the sheet', () => {
    for (const [row, col] of [[0, 0], [0, EXCEL_MAX_COLS - 1], [EXCEL_MAX_ROWS - 1, 0], [12345, 701], [99, 702]]) {
      expect(parseCellAddress(cellAddress(row, col))).toEqual({ row, col });
    }
  });
});
