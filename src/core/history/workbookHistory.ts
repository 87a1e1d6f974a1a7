/**
 * The history a workbook holds, as every host gets it: 「考核历史」 read and checked, earlier months imported from
 * the workbook's month sheets when asked, windows joined by the roster's aliases. Pure: a Workbook of grids in.
 */
import type { Workbook } from '../cell';
import type { RankOptions } from '../model';
import type { Problem } from '../problems';
import type { WindowAliases } from './aliases';
import { importMonths } from './importSheets';
import { joinWindows } from './join';
import { HISTORY_SHEET, normaliseHistory, periodKey, type History, type HistoryMonth } from './model';
import { monthReport, type MonthReport } from './monthReport';
import { replaceMonth } from './recordMonth';
import { readHistorySheet, rowCellOf } from './readHistory';
import { workbookAliases } from './rosterAliases';
import type { HistorySettings } from './settings';

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
  /** The roster's names; by default 「窗口名单」's, when the workbook has one (else exact names). */
  aliases?: WindowAliases;
  rank?: Partial<RankOptions>;
  /** This month, ranked: recorded in place of any earlier recording of it (generate, or the CLI's --record). */
  record?: HistoryMonth;
}

export function workbookHistory(workbook: Workbook, options: HistoryOptions = {}): WorkbookHistory {
  const grid = workbook.sheets.find((s) => s.name === HISTORY_SHEET);
  const read = readHistorySheet(grid);
  let recorded = normaliseHistory(read.months);
  const roster = options.aliases ? { aliases: options.aliases, problems: [] } : workbookAliases(workbook);
  const { aliases } = roster;
  const problems = [...read.problems, ...roster.problems];
  let imported: string[] = [];
  if (options.import) {
    const result = importMonths(read, recorded, workbook, options.rank ?? {}, aliases);
    recorded = result.history;
    imported = result.added;
    problems.push(...result.problems);
  }
  if (options.record) {
    recorded = replaceMonth(recorded, options.record, aliases);
    imported = [...imported.filter((k) => k !== periodKey(options.record!.period)), periodKey(options.record.period)];
  }
  const joined = joinWindows(recorded, aliases, rowCellOf(read));
  problems.push(...joined.problems);
  return { recorded, joined: joined.history, imported, problems, hasSheet: grid !== undefined };
}

/**
 * This month against the workbook's history, as generating it would record it (the bulletin's fields, the
 * result sheet's 较上月): null when the month is not there to report on. Problems of the history are not this
 * caller's to show; the pane's history view and the history command show them.
 */
export function reportWithMonth(workbook: Workbook, month: HistoryMonth, settings: HistorySettings, aliases?: WindowAliases): MonthReport | null {
  const h = workbookHistory(workbook, { record: month, aliases });
  return monthReport(h.joined, month.period, settings);
}
