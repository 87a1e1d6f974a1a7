/** The ledger sheets as in-memory grids laid out as the template writes them (note, blank, header, rows; settings at I3). */
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { SETTINGS_AT, SETTINGS_HEADER, type LedgerSheets } from '../../src/core/ledger/inputContents';

export function ledgerGrids(sheets: LedgerSheets): SheetGrid[] {
  return sheets.contents.map((content, i) => {
    const values: CellValue[][] = [[content.note], [], content.columns.map((c) => c.label), ...content.rows.map((r) => [...r])];
    if (i === 0) {
      [SETTINGS_HEADER, ...sheets.settings].forEach((cells, k) => {
        const row = (values[SETTINGS_AT.row + k] ??= []);
        while (row.length < SETTINGS_AT.col) row.push(null);
        row.splice(SETTINGS_AT.col, cells.length, ...cells);
      });
    }
    return { name: content.sheet, originRow: 0, originCol: 0, values, merges: [], tables: [] };
  });
}
