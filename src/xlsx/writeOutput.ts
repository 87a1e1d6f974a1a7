/**
 * Output files written atomically (the copy with the bulletin sheet, see addSheet/; a new template workbook). The bytes go to a
 * temporary file next to the target and are renamed over it only when complete, so a crash, a full disk or
 * a locked file never leaves a half-written workbook behind, and the input file is never opened for writing.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { problem, type Problem } from '../core/problems';

/** Returns a problem instead of throwing: the CLI shows it like any other. */
export async function writeWorkbookAtomically(excel: ExcelJS.Workbook, outPath: string): Promise<Problem | null> {
  let bytes: Buffer;
  try {
    // Serialise fully in memory first: an ExcelJS failure then happens before any file exists.
    bytes = Buffer.from(await excel.xlsx.writeBuffer());
  } catch (e) {
    return problem('WRITE_FAILED', 'error', `无法写入输出文件“${outPath}”：${(e as Error).message}`);
  }
  return writeBytesAtomically(bytes, outPath);
}

/** Bytes made in full beforehand, written to a temporary file beside the target and renamed over it. */
export async function writeBytesAtomically(bytes: Uint8Array, outPath: string): Promise<Problem | null> {
  const dir = path.dirname(path.resolve(outPath));
  const temp = path.join(dir, `.${path.basename(outPath)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, outPath);
    return null;
  } catch (e) {
    // The write error is what the user needs; a temp file that cannot be removed here was never created.
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return problem('WRITE_FAILED', 'error', `无法写入输出文件“${outPath}”：${describeWriteError(e)}`);
  }
}

/** Chinese reason for a failed write, by error code; shared by every command that writes files. */
export function describeWriteError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return '没有写入权限，或文件正在 Excel/WPS 中打开。';
  if (code === 'EBUSY') return '文件正被其他程序占用（例如在 Excel/WPS 中打开），请关闭后再试。';
  if (code === 'ENOSPC') return '磁盘空间不足。';
  if (code === 'EISDIR') return '这是一个文件夹。';
  if (code === 'ENOTDIR') return '路径中的某一级不是文件夹。';
  return (e as Error).message;
}
