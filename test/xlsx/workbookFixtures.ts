/** Test helpers: build a real .xlsx with ExcelJS, save it to bytes or a temp file, and read it back. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

export async function xlsxBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Saved and loaded again, so tests see what ExcelJS reads from a file, not its in-memory objects. */
export async function savedAndLoaded(build: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await xlsxBytes(build)) as unknown as ExcelJS.Buffer);
  return loaded;
}

export function tempDir(prefix = 'wb-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function writeXlsx(file: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  writeFileSync(file, await xlsxBytes(build));
  return file;
}

/** Rows of [name, base, deduction, bonus] under a header at the given top-left cell. */
export function addScoreTable(
  ws: ExcelJS.Worksheet,
  top: number,
  left: number,
  rows: (string | number | null)[][],
  header: string[] = ['部门窗口', '基础分值', '减分分值', '加分分值'],
): void {
  header.forEach((h, c) => (ws.getCell(top, left + c).value = h));
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(top + 1 + i, left + c).value = v)));
}
