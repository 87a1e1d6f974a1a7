/**
 * The history a workbook holds, as every host gets it: 「考核历史」 read and checked, earlier months imported from
 * the workbook's month sheets when asked, windows joined by the roster's aliases. Pure: a Workbook of grids in.
 */
import type { Workbook } from '../cell';
import type { RankOptions } from '../model';
import type { Problem } from '../problems';
import { EXACT_NAMES, type WindowAliases } from './aliases';
import { importMonths } from './importSheets';
import { joinWindows } from './join';
import { HISTORY_SHEET, normaliseHistory, periodKey, type History, type HistoryMonth } from './model';
import { replaceMonth } from './recordMonth';
import { readHistorySheet } from './readHistory';

export interface WorkbookHistory {
  /** As the sheet holds it (plus imports): what 「考核历史」 is written back as. */
  recorded: History;
  /** Windows under their canonical names: what reports and roll-ups are made from. */
  joined: History;
  /** Months added by the import or recorded ("2023-07"). */
  imported: string[];
  problems: Problem[];
  /** True when the workbook has a 「考核历史」 sheet. */
  hasSheet: boolean;
}

export interface HistoryOptions {
  import?: boolean;
  aliases?: WindowAliases;
  rank?: Partial<RankOptions>;
  /** This month, ranked: recorded in place of any earlier recording of it (generate, or the CLI's --record). */
  record?: HistoryMonth;
}

export function workbookHistory(workbook: Workbook, options: HistoryOptions = {}): WorkbookHistory {
  const grid = workbook.sheets.find((s) => s.name === HISTORY_SHEET);
  const read = readHistorySheet(grid);
  let recorded = normaliseHistory(read.months);
  const problems = [...read.problems];
  let imported: string[] = [];
  if (options.import) {
    const result = importMonths(read, recorded, workbook, options.rank ?? {});
    recorded = result.history;
    imported = result.added;
    problems.push(...result.problems);
  }
  if (options.record) {
    recorded = replaceMonth(recorded, options.record);
    imported = [...imported.filter((k) => k !== periodKey(options.record!.period)), periodKey(options.record.period)];
  }
  const joined = joinWindows(recorded, options.aliases ?? EXACT_NAMES);
  problems.push(...joined.problems);
  return { recorded, joined: joined.history, imported, problems, hasSheet: grid !== undefined };
}
