/** `window-bulletin rank` options, parsed and checked; every mistake in the command line is reported together. */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Period, RankStyle, TieDisplay } from '../core/model';
import { DEFAULT_SETTINGS } from '../core/settings';
import { parsePeriodOption } from './periodOption';
import { oneOf, parseCommandArgs, UsageError } from './usage';

export interface RankArgs {
  help: boolean;
  workbook: string;
  sheet: string | undefined;
  json: boolean;
  out: string | undefined;
  rankStyle: RankStyle;
  tieDisplay: TieDisplay;
  period: Period | null;
  hallName: string;
  defaultBase: number;
  /** --change-column: a 较上月 column on the result sheet, from 「考核历史」 (off by default). */
  changeColumn: boolean;
}

const OPTIONS = {
  sheet: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  'rank-style': { type: 'string' },
  'tie-display': { type: 'string' },
  period: { type: 'string' },
  hall: { type: 'string' },
  base: { type: 'string' },
  'change-column': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseRankArgs(args: string[]): RankArgs {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const help = values.help === true;
  const errors: string[] = [];
  const attempt = <T>(f: () => T, fallback: T): T => {
    try {
      return f();
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      errors.push(...e.messages);
      return fallback;
    }
  };

  if (!help && positionals.length === 0) errors.push('缺少要读取的工作簿文件，例如：window-bulletin rank 考核.xlsx');
  if (positionals.length > 1) errors.push(`只能读取一个工作簿，多余的参数：${positionals.slice(1).join(' ')}`);
  const workbook = positionals[0] ?? '';

  const rankStyle = attempt(() => oneOf('rank-style', values['rank-style'], ['competition', 'dense'] as const, 'competition'), 'competition');
  const tieDisplay = attempt(() => oneOf('tie-display', values['tie-display'], ['blank', 'repeat'] as const, 'blank'), 'blank');
  const period = values.period === undefined ? null : attempt(() => parsePeriodOption(values.period as string), null);
  const defaultBase = values.base === undefined ? DEFAULT_SETTINGS.defaultBase : attempt(() => parseBase(values.base as string), 0);
  const hallName = (values.hall ?? DEFAULT_SETTINGS.hallName).trim();
  if (hallName === '') errors.push('选项 --hall 不能为空。');
  const sheet = values.sheet;
  if (sheet !== undefined && sheet.trim() === '') errors.push('选项 --sheet 不能为空。');
  const out = values.out;
  if (out !== undefined) attempt(() => checkOut(out, workbook), undefined);

  if (errors.length > 0 && !help) throw new UsageError(errors);
  return { help, workbook, sheet, json: values.json === true, out, rankStyle, tieDisplay, period, hallName, defaultBase, changeColumn: values['change-column'] === true };
}

function parseBase(text: string): number {
  if (!/^\s*\d+(\.\d+)?\s*$/.test(text) || Number(text) <= 0) {
    throw new UsageError(`选项 --base 的值“${text}”无效，应为正数，例如 100。`);
  }
  return Number(text);
}

/** The output must be a new .xlsx and never the input itself: the source workbook is not to be touched. */
function checkOut(out: string, input: string): void {
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`输出文件“${out}”应以 .xlsx 结尾。`);
  if (input !== '' && sameFile(out, input)) {
    throw new UsageError(`输出文件不能是输入的工作簿本身（“${out}”），输入文件不会被修改。请换一个文件名。`);
  }
}

function sameFile(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : path.resolve(p));
  return real(a) === real(b);
}
