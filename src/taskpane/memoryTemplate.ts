/**
 * 新建模板 for the memory host: the input sheets the CLI template and the Excel host write (same content, from
 * src/core/bulletin), as grids with their table where the Excel host puts it — note on row 1, header on row 3 —
 * so the memory host's 生成通报 reads them back as it would in Excel.
 */
import { HEADER_ROW, NOTE_ROW } from '../core/bulletin/columnRules';
import type { InputSheetContent } from '../core/bulletin/inputWorkbook';
import type { CellValue, SheetGrid } from '../core/cell';

export function templateGrid(content: InputSheetContent): SheetGrid {
  const cols = content.columns.length;
  const body: CellValue[][] = content.rows.length > 0 ? content.rows.map((r) => [...r]) : [content.columns.map(() => null)];
  const blank = (): CellValue[] => Array.from({ length: cols }, () => null);
  const note = blank();
  note[0] = content.note;
  const values: CellValue[][] = [note];
  while (values.length < HEADER_ROW - NOTE_ROW) values.push(blank());
  values.push(content.columns.map((c) => c.label), ...body);
  return {
    name: content.sheet,
    originRow: NOTE_ROW - 1,
    originCol: 0,
    values,
    merges: [],
    tables: [{ name: content.tableName, range: { row: HEADER_ROW - 1, col: 0, rows: body.length + 1, cols } }],
  };
}
