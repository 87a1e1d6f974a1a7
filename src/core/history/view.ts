/**
 * What the task pane shows under its preview: this month against 「考核历史」 (rank changes, 流动红旗, last-place
 * flags), as if the month were recorded, and what recording it would do. Pure: the history sheet's grid and the
 * month's ranking in, so the Excel host and any other host build the same view. `aliases`: the roster's
 * (rosterAliases.ts), which the host reads beside 「考核历史」.
 */
import type { SheetGrid } from '../cell';
import { hasErrors, type Problem } from '../problems';
import { EXACT_NAMES, type WindowAliases } from './aliases';
import { joinWindows } from './join';
import { normaliseHistory, periodKey, type HistoryMonth } from './model';
import { monthReport, type MonthReport } from './monthReport';
import { readHistorySheet, rowCellOf } from './readHistory';
import { holdsMonth, replaceMonth } from './recordMonth';
import { historyFields, type HistoryFields } from './sentences';
import type { HistorySettings } from './settings';

export interface HistoryPreview {
  /** Null when the month could not be ranked or the history cannot be read. */
  month: MonthReport | null;
  fields: HistoryFields;
  /** Months the history holds besides this one. */
  otherMonths: string[];
  /** What generating will do to 「考核历史」: add the month, replace its earlier recording, or nothing (same figures). */
  recording: 'add' | 'replace' | 'unchanged' | 'off';
  problems: Problem[];
}

export function historyPreview(
  historyGrid: SheetGrid | undefined,
  month: HistoryMonth | null,
  settings: HistorySettings,
  aliases: WindowAliases = EXACT_NAMES,
): HistoryPreview {
  const read = readHistorySheet(historyGrid);
  const held = normaliseHistory(read.months);
  const otherMonths = held.months.map((m) => periodKey(m.period)).filter((k) => !month || k !== periodKey(month.period));
  if (!month || hasErrors(read.problems)) {
    return { month: null, fields: historyFields(null), otherMonths, recording: 'off', problems: read.problems };
  }
  const before = held.months.some((m) => periodKey(m.period) === periodKey(month.period));
  const recording = !settings.recordOnGenerate ? 'off' : !before ? 'add' : holdsMonth(held, month, aliases) ? 'unchanged' : 'replace';
  const joined = joinWindows(replaceMonth(held, month, aliases), aliases, rowCellOf(read));
  const report = monthReport(joined.history, month.period, settings);
  return { month: report, fields: historyFields(report), otherMonths, recording, problems: [...read.problems, ...joined.problems] };
}
