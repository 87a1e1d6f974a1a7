/**
 * A workbook file's bytes, and every way they can fail to be a workbook, as one Chinese problem each (missing
 * file, a folder, an old .xls or a password-protected file, not a zip at all, a damaged package, a zip that is
 * some other document). Shared by the in-memory ExcelJS load and the streaming read.
 */
import { promises as fs } from 'node:fs';
import { problem, type Problem } from '../core/problems';
import { compoundFileFormat, otherFormatMessage } from './otherFormats';

export type Unreadable = { ok: false; problem: Problem };

const ZIP_MAGIC = [0x50, 0x4b]; // "PK": .xlsx is a zip package
// Compound File Binary: Excel 97-2003 .xls, and also any password-protected (encrypted) .xlsx.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

export function unreadable(message: string): Unreadable {
  return { ok: false, problem: problem('UNREADABLE_FILE', 'error', message) };
}

/** The file's bytes, or why they are not a workbook package as far as the first bytes can tell. */
export async function readWorkbookBytes(path: string): Promise<{ ok: true; bytes: Buffer } | Unreadable> {
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
  const wrong = wrongKind(bytes, path);
  return wrong ?? { ok: true, bytes };
}

/** Why these bytes cannot be an .xlsx package (told from the first bytes), or null when they may be one. */
export function wrongKind(bytes: Buffer, label: string): Unreadable | null {
  if (bytes.length === 0) return unreadable(`文件“${label}”是空的，不是工作簿。`);
  if (startsWith(bytes, CFB_MAGIC)) {
    const kind = compoundFileFormat(bytes);
    if (kind) return unreadable(otherFormatMessage(kind, label));
    return unreadable(
      `“${label}”是旧版 Excel 97-2003（.xls）文件或设置了打开密码的工作簿，无法直接读取。请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再试。`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    return unreadable(`“${label}”不是 .xlsx 工作簿（可能是 CSV、文本或其他格式）。请在 Excel 或 WPS 中另存为 .xlsx 后再试。`);
  }
  return null;
}

export function damagedWorkbook(label: string, e: unknown): Unreadable {
  return unreadable(`“${label}”无法作为 .xlsx 工作簿读取，文件可能已损坏或不是 Excel 工作簿（${damageReason(e)}）。`);
}

/**
 * The reader's own reasons are Chinese; the zip and inflate libraries' are English ("Bug : uncompressed data size
 * mismatch", "invalid distance too far back"), which a clerk would take for a fault of this program: those are
 * said to be damaged compressed data, the library's words kept for whoever looks into it.
 */
function damageReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return /[\u4e00-\u9fff]/u.test(message) ? message : `压缩数据已损坏：${message}`;
}

/**
 * A zip that is some other package (a .docx or .pptx renamed) holds no worksheet; Excel itself cannot save a
 * workbook without a sheet, so this is never a clerk's empty workbook.
 */
export function notAWorkbook(label: string): Unreadable {
  return unreadable(`“${label}”不是 Excel 工作簿（里面没有工作表，可能是改了扩展名的 Word 文档或其他文件）。请确认选对了文件。`);
}
