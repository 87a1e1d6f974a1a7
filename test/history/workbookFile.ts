/** Writing grids to an .xlsx with ExcelJS, for the command-line tests (an independent writer, not ours). */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core/cell';

export async function gridsToXlsx(sheets: readonly SheetGrid[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const g of sheets) {
    const ws = wb.addWorksheet(g.name);
    g.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1 + g.originRow, c + 1 + g.originCol);
        cell.value = v as ExcelJS.CellValue;
        // Month text such as 2023-09 stays text, as Excel keeps a cell formatted @.
        if (typeof v === 'string') cell.numFmt = '@';
      });
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
