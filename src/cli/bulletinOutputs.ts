/**
 * Writing the bulletin's outputs (.xlsx, .docx, .html) all or none: every file is written in full to a
 * temporary file next to its target first, and only when all of them are on disk are they renamed into
 * place. A failure on any of them (a locked file, a full disk) leaves no output at all behind.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { problem, type Problem } from '../core/problems';
import { describeWriteError as describe } from '../xlsx/writeOutput';

export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

export async function writeAllOrNothing(files: readonly OutputFile[]): Promise<Problem | null> {
  const temps: { temp: string; target: string }[] = [];
  const removeTemps = () => Promise.all(temps.map((t) => fs.rm(t.temp, { force: true }).catch(() => undefined)));
  for (const f of files) {
    const target = path.resolve(f.path);
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      const handle = await fs.open(temp, 'wx');
      temps.push({ temp, target });
      try {
        await handle.writeFile(f.bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (e) {
      await removeTemps();
      return problem('WRITE_FAILED', 'error', `无法写入输出文件“${f.path}”：${describe(e)}没有写出任何文件。`);
    }
  }
  for (let i = 0; i < temps.length; i++) {
    try {
      await fs.rename(temps[i].temp, temps[i].target);
    } catch (e) {
      await Promise.all(temps.slice(i).map((t) => fs.rm(t.temp, { force: true }).catch(() => undefined)));
      const done = temps.slice(0, i).map((t) => `“${t.target}”`).join('、');
      return problem('WRITE_FAILED', 'error', `无法写入输出文件“${temps[i].target}”：${describe(e)}${done ? `已写出的：${done}。` : '没有写出任何文件。'}`);
    }
  }
  return null;
}
