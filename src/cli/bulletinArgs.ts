/** `window-bulletin bulletin` options, parsed and checked; every mistake in the command line is reported together. */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { RankStyle, TieDisplay } from '../core/model';
import { collectUsage, oneOf, parseCommandArgs, UsageError } from './usage';

export type OutputKind = 'xlsx' | 'docx' | 'html';

export interface BulletinArgs {
  help: boolean;
  workbook: string;
  /** The outputs asked for, in the order xlsx, docx, html; empty: print the bulletin on the terminal. */
  outputs: { kind: OutputKind; path: string }[];
  rankStyle: RankStyle;
  tieDisplay: TieDisplay;
}

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  docx: { type: 'string' },
  html: { type: 'string' },
  'rank-style': { type: 'string' },
  'tie-display': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Each output option, the extensions its file may have, and how the option is spelled. */
const OUTPUT_OPTIONS: readonly { kind: OutputKind; option: 'out' | 'docx' | 'html'; extensions: readonly string[] }[] = [
  { kind: 'xlsx', option: 'out', extensions: ['.xlsx'] },
  { kind: 'docx', option: 'docx', extensions: ['.docx'] },
  { kind: 'html', option: 'html', extensions: ['.html', '.htm'] },
];

export function parseBulletinArgs(args: string[]): BulletinArgs {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const help = values.help === true;
  const errors: string[] = [];

  if (!help && positionals.length === 0) errors.push('缺少要读取的工作簿文件，例如：window-bulletin bulletin 第38期.xlsx --docx 第38期.docx');
  if (positionals.length > 1) errors.push(`只能读取一个工作簿，多余的参数：${positionals.slice(1).join(' ')}`);
  const workbook = positionals[0] ?? '';

  const outputs: BulletinArgs['outputs'] = [];
  for (const o of OUTPUT_OPTIONS) {
    const file = values[o.option];
    if (file === undefined) continue;
    if (file.trim() === '') errors.push(`选项 --${o.option} 需要一个文件名。`);
    else if (!o.extensions.some((ext) => file.toLowerCase().endsWith(ext))) errors.push(`--${o.option} 的文件“${file}”应以 ${o.extensions.join(' 或 ')} 结尾。`);
    else outputs.push({ kind: o.kind, path: file });
  }
  errors.push(...samePathErrors(workbook, outputs));

  const rankStyle = collectUsage(errors, () => oneOf('rank-style', values['rank-style'], ['competition', 'dense'] as const, 'competition'), 'competition');
  const tieDisplay = collectUsage(errors, () => oneOf('tie-display', values['tie-display'], ['blank', 'repeat'] as const, 'blank'), 'blank');

  if (errors.length > 0 && !help) throw new UsageError(errors);
  return { help, workbook, outputs, rankStyle, tieDisplay };
}

/** The input workbook is never written over: the bulletin sheet goes into a copy. */
function samePathErrors(input: string, outputs: BulletinArgs['outputs']): string[] {
  if (input === '') return [];
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : path.resolve(p));
  return outputs
    .filter((o) => real(o.path) === real(input))
    .map((o) => `输出文件不能是输入的工作簿本身（“${o.path}”），输入文件不会被修改。请换一个文件名。`);
}
