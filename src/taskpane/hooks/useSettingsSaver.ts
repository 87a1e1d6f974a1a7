/**
 * Settings are saved into the workbook as the clerk edits them (after a short pause), so the ribbon's
 * 生成排名 button and the next session use them. A failed save is reported, never dropped.
 */
import { useEffect, useRef, useState } from 'react';
import type { BulletinHost } from '../../core/hostContract';
import type { BulletinSettings } from '../../core/settings';
import { errorMessage } from './usePaneData';

export const SAVE_DELAY_MS = 400;

export function useSettingsSaver(host: BulletinHost, settings: BulletinSettings | null): string | null {
  const [saveError, setSaveError] = useState<string | null>(null);
  const loaded = useRef<BulletinSettings | null>(null);
  useEffect(() => {
    if (!settings) return undefined;
    // The settings just read from the workbook need no saving back.
    if (loaded.current === null) {
      loaded.current = settings;
      return undefined;
    }
    const timer = setTimeout(() => {
      host.saveSettings(settings).then(
        () => setSaveError(null),
        (error: unknown) => setSaveError(errorMessage(error)),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, settings]);
  return saveError;
}
