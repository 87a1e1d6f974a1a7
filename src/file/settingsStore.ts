/**
 * The page keeps the settings in the browser (localStorage), not in the file: the copy it hands back must hold
 * the input's parts unchanged. Stored in the add-in's format (settingsCodec), checked field by field on the way in.
 * A remembered source sheet the chosen file does not have is forgotten, so the page opens on the file's scores.
 */
import type { BulletinSettings } from '../core/settings';
import { decodeSettings, encodeSettings } from '../excel/settingsCodec';

export const SETTINGS_KEY = 'window-bulletin.settings';

export function loadPageSettings(storage: Storage, sheets: readonly string[]): BulletinSettings {
  const { settings, warnings } = decodeSettings(storage.getItem(SETTINGS_KEY));
  for (const warning of warnings) console.warn(warning);
  if (settings.sourceSheet !== null && !sheets.includes(settings.sourceSheet)) return { ...settings, sourceSheet: null, sourceTable: null };
  return settings;
}

export function savePageSettings(storage: Storage, settings: BulletinSettings): void {
  storage.setItem(SETTINGS_KEY, encodeSettings(settings));
}
