/**
 * Loading a whole workbook into ExcelJS: every way it can fail becomes one Chinese problem (see workbookBytes.ts)
 * instead of a stack trace. The commands no longer do this (values are streamed, see streamWorkbook.ts; copies are
 * made part by part, see addSheet/); with readWorkbook.ts it is the independent reader the tests hold the
 * streaming one to.
 */
import ExcelJS from 'exceljs';
import { withCellRefs } from './cellRefs';
import { damagedWorkbook, notAWorkbook, readWorkbookBytes, wrongKind, type Unreadable } from './workbookBytes';

export type LoadResult = { ok: true; excel: ExcelJS.Workbook } | Unreadable;

export async function loadWorkbookFile(path: string): Promise<LoadResult> {
  const bytes = await readWorkbookBytes(path);
  if (!bytes.ok) return bytes;
  return loadWorkbookBytes(bytes.bytes, path);
}

export async function loadWorkbookBytes(bytes: Buffer, label: string): Promise<LoadResult> {
  const wrong = wrongKind(bytes, label);
  if (wrong) return wrong;
  let excel: ExcelJS.Workbook;
  try {
    excel = await loadExcel(bytes);
  } catch (e) {
    // Exported files may leave out row and cell references, which ExcelJS cannot place: number them and retry.
    const numbered = await withCellRefs(bytes).catch(() => null);
    try {
      if (!numbered) throw e;
      excel = await loadExcel(numbered);
    } catch {
      return damagedWorkbook(label, e);
    }
  }
  if (excel.worksheets.length === 0) return notAWorkbook(label);
  return { ok: true, excel };
}

async function loadExcel(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  // ExcelJS declares its own Buffer type; a Node Buffer is what it takes at run time.
  await excel.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return excel;
}
