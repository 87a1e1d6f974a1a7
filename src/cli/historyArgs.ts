/** `window-bulletin history` options, parsed and checked; every mistake in the command line reported together. */
import type { RankStyle } from '../core/model';
import { checkOutputPath } from './outputPath';
import { collectUsage, oneOf, parseCommandArgs, UsageError } from './usage';

export interface HistoryArgs {
  help: boolean;
  workbook: string;
  import: boolean;
  record: boolean;
  year: number | null;
  quarter: number | null;
  json: boolean;
  out: string | undefined;
  html: string | undefined;
  /** Null: as the add-in's saved settings say (competition when none are saved). */
  rankStyle: RankStyle | null;
  redFlags: number | null;
}

const OPTIONS = {
  import: { type: 'boolean' },
  record: { type: 'boolean' },
  year: { type: 'string' },
  quarter: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  html: { type: 'string' },
  'rank-style': { type: 'string' },
  'red-flags': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function integer(option: string, text: string, min: number, max: number): number {
  if (!/^\s*\d+\s*$/u.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`选项 --${option} 的值“${text}”无效，应为 ${min} 到 ${max} 之间的整数。`);
  }
  return Number(text);
}

export function parseHistoryArgs(args: string[]): HistoryArgs {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const help = values.help === true;
  const errors: string[] = [];
  if (!help && positionals.length === 0) errors.push('缺少要读取的工作簿文件，例如：window-bulletin history 考核.xlsx');
  if (positionals.length > 1) errors.push(`只能读取一个工作簿，多余的参数：${positionals.slice(1).join(' ')}`);
  const workbook = positionals[0] ?? '';
  const year = values.year === undefined ? null : collectUsage(errors, () => integer('year', values.year as string, 1900, 2999), null);
  const quarter = values.quarter === undefined ? null : collectUsage(errors, () => integer('quarter', values.quarter as string, 1, 4), null);
  const redFlags = values['red-flags'] === undefined ? null : collectUsage(errors, () => integer('red-flags', values['red-flags'] as string, 0, 1000), null);
  const style = values['rank-style'];
  const rankStyle = style === undefined ? null : collectUsage(errors, () => oneOf('rank-style', style, ['competition', 'dense'] as const, 'competition'), 'competition');
  const out = values.out;
  if (out !== undefined) collectUsage(errors, () => checkOutputPath(out, workbook), undefined);
  const html = values.html;
  if (html !== undefined && !/\.html?$/iu.test(html)) errors.push(`网页文件“${html}”应以 .html 结尾。`);
  if (errors.length > 0 && !help) throw new UsageError(errors);
  return { help, workbook, import: values.import === true, record: values.record === true, year, quarter, json: values.json === true, out, html, rankStyle, redFlags };
}
