/**
 * The real sample workbook (samples/weekly-bulletin-2023-38.xlsx) for the pane's e2e on the fake Excel: read in Node
 * with the project's ExcelJS reader into grids, then bundled with sampleExcelEntry.ts as one init script.
 */
import path from 'node:path';
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { parseCellAddress } from '../../src/core/address';
import { loadWorkbookFile } from '../../src/xlsx/loadWorkbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { bundle } from './fixtureBundle';
import { findRoot } from './paneBuild';

export const SAMPLE = path.join(findRoot(), 'samples/weekly-bulletin-2023-38.xlsx');

/** Days since 1899-12-30, as Excel counts them (the reader's Dates are UTC midnight of the cell's day). */
function excelSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export async function sampleGrids(override?: { sheet: string; cell: string; value: CellValue }): Promise<SheetGrid[]> {
  const loaded = await loadWorkbookFile(SAMPLE);
  if (!loaded.ok) throw new Error(`示例工作簿读不出来：${JSON.stringify(loaded)}`);
  const sheets = readWorkbook(loaded.excel).workbook.sheets;
  // Excel's `values` give a date as its serial number (the cell's format makes it look like a date); so does the fake.
  for (const grid of sheets) grid.values = grid.values.map((row) => row.map((v) => (v instanceof Date ? excelSerial(v) : v)));
  if (override) {
    const grid = sheets.find((s) => s.name === override.sheet);
    const at = parseCellAddress(override.cell);
    if (!grid || !at) throw new Error(`示例工作簿没有 ${override.sheet}!${override.cell}`);
    grid.values[at.row - grid.originRow][at.col - grid.originCol] = override.value;
  }
  return sheets;
}

/** The init script: the grids, then the bundle that builds the fake Excel from them. */
export async function sampleExcelScript(grids: SheetGrid[]): Promise<string> {
  return `window.__WB_GRIDS__ = ${JSON.stringify(grids)};\n${await bundle('sampleExcelEntry.ts')}`;
}
