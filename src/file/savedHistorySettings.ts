/**
 * The history thresholds the add-in saved in this file (流动红旗 count, last-place thresholds), for the bulletin's
 * history fields: a workbook the hall keeps in Excel and opens in the page gets the same sentences as in Excel.
 * The page's own settings live in the browser (settingsStore.ts); these belong to the hall's workbook. A part that
 * cannot be read, or an invalid value, falls back to the defaults with a warning, as the CLI does.
 */
import { decodeHistorySettings, HISTORY_SETTINGS_KEY, type HistorySettings } from '../core/history/settings';
import { problem, type Problem } from '../core/problems';
import { readAddinSettings } from '../xlsx/addinSettings';

export async function savedHistorySettings(input: Buffer): Promise<{ settings: HistorySettings; problems: Problem[] }> {
  let saved: unknown = null;
  try {
    saved = (await readAddinSettings(input)).get(HISTORY_SETTINGS_KEY) ?? null;
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    const { settings } = decodeHistorySettings(null);
    return { settings, problems: [problem('INPUT', 'warning', `工作簿中加载项保存的考核历史设置读不出来（${cause}），按默认设置计算。`)] };
  }
  const { settings, warnings } = decodeHistorySettings(saved);
  return { settings, problems: warnings.map((w) => problem('INPUT', 'warning', w)) };
}
