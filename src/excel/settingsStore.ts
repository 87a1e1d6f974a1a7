/**
 * Settings kept in the workbook (context.workbook.settings, ExcelApi 1.4): they travel with the file, so the
 * ribbon button and the next session — on any machine — generate with what the clerk chose.
 */
import type { BulletinSettings } from '../core/settings';
import { problem, type Problem } from '../core/problems';
import { decodeSettings, encodeSettings } from './settingsCodec';

export const SETTINGS_KEY = 'WindowBulletin.settings';

export interface LoadedSettings {
  settings: BulletinSettings;
  /** Fields replaced by defaults, as warnings the pane or the ribbon can show. */
  problems: Problem[];
}

export function queueSettingsRead(context: Excel.RequestContext): () => LoadedSettings {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load('value');
  return () => {
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the returned reader runs only after the caller's sync; the fake Excel in test/excel enforces it
    const { settings, warnings } = decodeSettings(item.isNullObject ? null : item.value);
    return { settings, problems: warnings.map((w) => problem('INPUT', 'warning', w)) };
  };
}

export async function loadSettings(context: Excel.RequestContext): Promise<LoadedSettings> {
  const collect = queueSettingsRead(context);
  await context.sync();
  return collect();
}

export async function saveSettings(context: Excel.RequestContext, settings: BulletinSettings): Promise<void> {
  // Encoded before anything is queued: invalid settings throw here and the workbook keeps the previous ones.
  const text = encodeSettings(settings);
  context.workbook.settings.add(SETTINGS_KEY, text);
  await context.sync();
}
