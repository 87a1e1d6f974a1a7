/** Test helpers: input sheets as core grids, without going through a file. */
import type { CellValue, SheetGrid, Workbook } from '../../src/core/cell';
import type { InputSheetContent } from '../../src/core/bulletin/inputWorkbook';
import { inputSheetContents, type BulletinInputData } from '../../src/core/bulletin/inputWorkbook';

export function grid(name: string, values: CellValue[][], originRow = 0, originCol = 0): SheetGrid {
  return { name, originRow, originCol, values, merges: [], tables: [] };
}

/** The sheet as the template writes it: the note in A1, the header in row 3, rows under it. */
export function contentGrid(c: InputSheetContent): SheetGrid {
  return grid(c.sheet, [[c.note], [], c.columns.map((col) => col.label), ...c.rows]);
}

export function inputWorkbook(data: BulletinInputData, extra: SheetGrid[] = []): Workbook {
  return { sheets: [...inputSheetContents(data).map(contentGrid), ...extra] };
}

export function sheetNamed(wb: Workbook, name: string): SheetGrid {
  const s = wb.sheets.find((g) => g.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}
