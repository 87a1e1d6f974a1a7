/**
 * Opening a workbook file for the CLI and tests: every way it can fail becomes one Chinese problem
 * (missing file, a folder, an old .xls, not a workbook at all, a damaged zip) instead of a stack trace.
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { problem, type Problem } from '../core/problems';
import { withCellRefs } from './cellRefs';

export type LoadResult = { ok: true; excel: ExcelJS.Workbook } | { ok: false; problem: Problem };

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": .xlsx is a zip package
// Compound File Binary: Excel 97-2003 .xls, and also any password-protected (encrypted) .xlsx.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

function unreadable(message: string): LoadResult {
  return { ok: false, problem: problem('UNREADABLE_FILE', 'error', message) };
}

/** Reads the file into memory first so its kind can be told from its first bytes before ExcelJS sees it. */
export async function loadWorkbookFile(path: string): Promise<LoadResult> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return unreadable(`找不到文件“${path}”。请检查文件名和路径。`);
    if (code === 'EISDIR') return unreadable(`“${path}”是一个文件夹，不是工作簿文件。`);
    if (code === 'EACCES' || code === 'EPERM') return unreadable(`没有权限读取文件“${path}”。`);
    return unreadable(`无法读取文件“${path}”：${(e as Error).message}`);
  }
  return loadWorkbookBytes(bytes, path);
}

export async function loadWorkbookBytes(bytes: Buffer, label: string): Promise<LoadResult> {
  if (bytes.length === 0) return unreadable(`文件“${label}”是空的，不是工作簿。`);
  if (startsWith(bytes, CFB_MAGIC)) {
    return unreadable(
      `“${label}”是旧版 Excel 97-2003（.xls）文件或设置了打开密码的工作簿，无法直接读取。请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再试。`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    return unreadable(`“${label}”不是 .xlsx 工作簿（可能是 CSV、文本或其他格式）。请在 Excel 或 WPS 中另存为 .xlsx 后再试。`);
  }
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
      return unreadable(`“${label}”无法作为 .xlsx 工作簿读取，文件可能已损坏或不是 Excel 工作簿（${(e as Error).message}）。`);
    }
  }
  // A zip that is some other package (a .docx or .pptx renamed) loads as a workbook with no sheets at all;
  // Excel itself cannot save a workbook without a sheet, so this is never a clerk's empty workbook.
  if (excel.worksheets.length === 0) {
    return unreadable(`“${label}”不是 Excel 工作簿（里面没有工作表，可能是改了扩展名的 Word 文档或其他文件）。请确认选对了文件。`);
  }
  return { ok: true, excel };
}

async function loadExcel(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  // ExcelJS declares its own Buffer type; a Node Buffer is what it takes at run time.
  await excel.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return excel;
}
