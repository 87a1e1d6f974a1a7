/**
 * The settings the pane saved in the workbook, as a command reads them from the file: the bulletin's (rank style,
 * hall name…) and the history's thresholds (流动红旗 count, last-place thresholds, the year's honour rules). A
 * command lays its flags over them. An invalid saved field falls back to its default, said as a warning; so does
 * a web extension part that cannot be read.
 */
import { decodeHistorySettings, HISTORY_SETTINGS_KEY, type HistorySettings } from '../core/history/settings';
import { problem, type Problem } from '../core/problems';
import type { BulletinSettings } from '../core/settings';
import { checkSettings, decodeSettings } from '../excel/settingsCodec';
import { SETTINGS_KEY } from '../excel/settingsStore';
import { readAddinSettings } from '../xlsx/addinSettings';

export interface SavedSettings {
  bulletin: BulletinSettings;
  history: HistorySettings;
  problems: Problem[];
}

export async function readSavedSettings(bytes: Buffer): Promise<SavedSettings> {
  let saved = new Map<string, unknown>();
  const problems: Problem[] = [];
  try {
    saved = await readAddinSettings(bytes);
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    problems.push(problem('INPUT', 'warning', `工作簿中加载项保存的设置读不出来（${cause}），按默认设置和命令行选项计算。`));
  }
  const history = decodeHistorySettings(saved.get(HISTORY_SETTINGS_KEY));
  const stored = saved.get(SETTINGS_KEY);
  // Saved as a JSON string; an object (another writer's way) is checked the same way.
  const bulletin = typeof stored === 'object' && stored !== null ? checkSettings(stored) : decodeSettings(stored);
  problems.push(...[...bulletin.warnings, ...history.warnings].map((w) => problem('INPUT', 'warning', w)));
  return { bulletin: bulletin.settings, history: history.settings, problems };
}
