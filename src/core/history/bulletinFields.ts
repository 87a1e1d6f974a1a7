/**
 * The bulletin's history fields ({流动红旗}, {末位提醒}, {名次变化}) for the month it ranks: the workbook's
 * 「考核历史」 with this month in place (as generating it would record it), read against the month before, windows
 * joined by the roster's names. A workbook without a history gets the red flags and last place of this month
 * alone, and no rank change.
 */
import type { Workbook } from '../cell';
import type { Period, Ranking, ScoreTable } from '../model';
import type { WindowAliases } from './aliases';
import { monthFromRanking } from './recordMonth';
import { historyFields, type HistoryFields } from './sentences';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from './settings';
import { reportWithMonth } from './workbookHistory';

export function bulletinHistoryFields(
  workbook: Workbook,
  period: Period,
  table: ScoreTable,
  ranking: Ranking,
  settings: HistorySettings = DEFAULT_HISTORY_SETTINGS,
  aliases?: WindowAliases,
): HistoryFields {
  return historyFields(reportWithMonth(workbook, monthFromRanking(period, table, ranking), settings, aliases));
}
