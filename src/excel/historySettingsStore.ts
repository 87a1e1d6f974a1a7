/**
 * The history's thresholds kept in the workbook (workbook.settings, WindowBulletin.history): queued with another
 * read (the ribbon reads them with its source) or read and saved on their own (the pane).
 */
import type { HistorySettings } from '../core/history/settings';
import { decodeHistorySettings, encodeHistorySettings, HISTORY_SETTINGS_KEY } from '../core/history/settings';
import { problem, type Problem } from '../core/problems';

/** Queues the read of the saved history settings; the reader runs after the caller's sync. */
export function queueHistorySettingsRead(context: Excel.RequestContext): () => { settings: HistorySettings; problems: Problem[] } {
  const item = context.workbook.settings.getItemOrNullObject(HISTORY_SETTINGS_KEY);
  item.load('value');
  return () => {
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the returned reader runs only after the caller's sync; the fake Excel in test/excel enforces it
    const { settings, warnings } = decodeHistorySettings(item.isNullObject ? null : item.value);
    return { settings, problems: warnings.map((w) => problem('INPUT', 'warning', w)) };
  };
}

export async function loadHistorySettings(context: Excel.RequestContext): Promise<{ settings: HistorySettings; problems: Problem[] }> {
  const collect = queueHistorySettingsRead(context);
  await context.sync();
  return collect();
}

export async function saveHistorySettings(context: Excel.RequestContext, settings: HistorySettings): Promise<void> {
  const text = encodeHistorySettings(settings); // throws on invalid settings before anything is queued
  context.workbook.settings.add(HISTORY_SETTINGS_KEY, text);
  await context.sync();
}
