/**
 * The bulletin's history fields ({流动红旗}, {末位提醒}, {名次变化}) for the month it ranks: the workbook's
 * 「考核历史」 with this month in place (as generating it would record it), read against the month before.
 * A workbook without a history gets the red flags and last place of this month alone, and no rank change.
 */
import type { Workbook } from '../cell';
import type { Period, Ranking, ScoreTable } from '../model';
import { EXACT_NAMES, type WindowAliases } from './aliases';
import { joinWindows } from './join';
import { HISTORY_SHEET, normaliseHistory } from './model';
import { monthReport } from './monthReport';
import { readHistorySheet } from './readHistory';
import { monthFromRanking, replaceMonth } from './recordMonth';
import { historyFields, type HistoryFields } from './sentences';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from './settings';

export function bulletinHistoryFields(
  workbook: Workbook,
  period: Period,
  table: ScoreTable,
  ranking: Ranking,
  settings: HistorySettings = DEFAULT_HISTORY_SETTINGS,
  aliases: WindowAliases = EXACT_NAMES,
): HistoryFields {
  const read = readHistorySheet(workbook.sheets.find((s) => s.name === HISTORY_SHEET));
  const history = replaceMonth(normaliseHistory(read.months), monthFromRanking(period, table, ranking));
  return historyFields(monthReport(joinWindows(history, aliases).history, period, settings));
}
