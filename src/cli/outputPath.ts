/** The output of a command that writes a copy must be a new .xlsx, never the input itself. */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './usage';

export function checkOutputPath(out: string, input: string): void {
  if (!/\.xlsx$/iu.test(out)) throw new UsageError(`输出文件“${out}”应以 .xlsx 结尾。`);
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : path.resolve(p));
  if (input !== '' && real(out) === real(input)) {
    throw new UsageError(`输出文件不能是输入的工作簿本身（“${out}”），输入文件不会被修改。请换一个文件名。`);
  }
}
