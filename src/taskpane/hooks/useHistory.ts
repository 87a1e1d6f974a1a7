/**
 * The history section's state: the saved thresholds, this month against 「考核历史」 (refreshed with the preview),
 * the recording after each generate (when the saved switch is on), and a roll-up write. Only hosts that keep a
 * history (KeepsHistory) are asked; an answer to an older request never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BulletinHost, HistoryRecordResult, HistoryRollupResult, KeepsHistory } from '../../core/hostContract';
import type { HistoryPreview } from '../../core/history/view';
import type { HistorySettings } from '../../core/history/settings';
import type { BulletinSettings } from '../../core/settings';
import { PREVIEW_DELAY_MS } from './usePreview';
import { errorMessage } from './usePaneData';

export interface HistoryState {
  settings: HistorySettings | null;
  preview: HistoryPreview | null;
  updating: boolean;
  error: string | null;
  lastRecord: HistoryRecordResult | null;
  lastRollup: HistoryRollupResult | null;
}

/**
 * `generatedSheet`: the sheet the last generate wrote (null before one); each new value records the month once.
 */
export function useHistory(
  host: BulletinHost & KeepsHistory,
  settings: BulletinSettings,
  revision: number,
  paused: boolean,
  generatedSheet: string | null,
): [HistoryState, { setHistorySettings: (s: HistorySettings) => void; writeRollup: (year: number, quarter?: number) => void }] {
  const [state, setState] = useState<HistoryState>({ settings: null, preview: null, updating: true, error: null, lastRecord: null, lastRollup: null });
  const latest = useRef(0);
  const fail = (error: unknown) => setState((s) => ({ ...s, updating: false, error: errorMessage(error) }));

  useEffect(() => {
    host.loadHistorySettings().then((loaded) => setState((s) => ({ ...s, settings: loaded })), fail);
  }, [host]);

  const history = state.settings;
  useEffect(() => {
    if (!history || paused) return undefined;
    const request = ++latest.current;
    setState((s) => ({ ...s, updating: true }));
    const timer = setTimeout(() => {
      host.previewHistory(settings, history).then(
        (preview) => {
          if (request === latest.current) setState((s) => ({ ...s, preview, updating: false, error: null }));
        },
        (error: unknown) => {
          if (request === latest.current) fail(error);
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [host, settings, history, revision, paused]);

  // Recording follows a generate: once per sheet written, only when the saved switch is on.
  const recordedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!generatedSheet || !history?.recordOnGenerate || recordedFor.current === generatedSheet) return;
    recordedFor.current = generatedSheet;
    host.recordHistory(settings).then((lastRecord) => setState((s) => ({ ...s, lastRecord })), fail);
    // Keyed on the sheet written, not on the settings: a later change of settings must not record again.
  }, [host, generatedSheet, history?.recordOnGenerate, settings]);

  const setHistorySettings = useCallback(
    (next: HistorySettings) => {
      setState((s) => ({ ...s, settings: next }));
      host.saveHistorySettings(next).catch(fail);
    },
    [host],
  );
  const writeRollup = useCallback(
    (year: number, quarter?: number) => {
      if (!history) return;
      host.writeRollup(quarter ? { year, quarter } : { year }, history).then((lastRollup) => setState((s) => ({ ...s, lastRollup })), fail);
    },
    [host, history],
  );
  return [state, { setHistorySettings, writeRollup }];
}
