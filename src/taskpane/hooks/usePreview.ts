/**
 * The live ranking preview. The first read starts at once; later setting changes wait a moment (typing a hall
 * name does not read the sheet on every keystroke), and so do workbook edits (a burst of pasted cells is one
 * re-read). An answer to an older request never overwrites a newer one, and while a re-read is pending the old
 * answer is marked as updating, never shown as current.
 *
 * A source too large to re-read on every edit (LARGE_SOURCE_WINDOWS) is not re-read by itself: the pane says
 * 「读取后已修改」 and offers the refresh instead of silently staying stale.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BulletinHost, PreviewResult, WorkbookChange } from '../../core/hostContract';
import type { BulletinSettings } from '../../core/settings';
import { errorMessage } from './usePaneData';

/** Pause after a settings change before reading. */
export const PREVIEW_DELAY_MS = 250;
/** Pause after a workbook edit before re-reading: Excel sends one event per edited range, a paste may send several. */
export const EDIT_DELAY_MS = 200;
/**
 * Above this many windows an edit marks the preview 「读取后已修改」 instead of re-reading. Measured in the e2e test
 * (paneWorkflow.e2e.test.ts: the production pane's refresh on the fake Excel in Chromium, median of 3, 2-core VM):
 * 5,000 windows 161 ms, 20,000 410 ms, 100,000 1,671 ms. Up to here an edit is reflected in well under a second;
 * beyond, each edit would hold Excel and the pane for seconds.
 */
export const LARGE_SOURCE_WINDOWS = 20_000;

export interface PreviewState {
  result: PreviewResult | null;
  updating: boolean;
  error: string | null;
  /** The workbook changed after `result` was read, and the source is too large to re-read by itself. */
  changedSinceRead: boolean;
}

export interface Preview extends PreviewState {
  /** Re-read now (the refresh button). */
  refresh(): void;
  /** A change the workbook reported: re-read soon if it concerns the source, or mark the preview as changed. */
  notifyChange(change: WorkbookChange): void;
}

/** Does this change touch what the preview shows? */
export function concernsPreview(change: WorkbookChange, settings: BulletinSettings, read: string | null): boolean {
  if (change.kind === 'sheets') return true;
  const readsActiveSheet = settings.sourceSheet === null && settings.sourceTable === null;
  if (change.kind === 'activeSheet') return readsActiveSheet;
  const source = read ?? settings.sourceSheet;
  return change.sheet === undefined || source === null || change.sheet.toLowerCase() === source.toLowerCase();
}

interface Kick {
  seq: number;
  delay: number;
}

/**
 * `paused` (a generate running) holds the preview back until it ends: generate pins the source, which changes the
 * settings, and a second read and ranking of a 100,000-row sheet alongside the generate's own would only slow it and
 * the pane down. The refresh after the generate (`revision`) brings the preview up to date.
 */
export function usePreview(host: BulletinHost, settings: BulletinSettings | null, revision: number, paused = false): Preview {
  const [state, setState] = useState<PreviewState>({ result: null, updating: settings !== null, error: null, changedSinceRead: false });
  const [kick, setKick] = useState<Kick>({ seq: 0, delay: 0 });
  const latest = useRef(0);
  const lastKick = useRef(0);
  const started = useRef(false);
  const current = useRef({ settings, result: state.result });
  current.current = { settings, result: state.result };

  useEffect(() => {
    if (!settings || paused) return undefined;
    const request = ++latest.current;
    // The first read is not held back by the debounce; an explicit kick says its own delay.
    const delay = !started.current ? 0 : kick.seq !== lastKick.current ? kick.delay : PREVIEW_DELAY_MS;
    started.current = true;
    lastKick.current = kick.seq;
    setState((s) => ({ ...s, updating: true }));
    const timer = setTimeout(() => {
      host.preview(settings).then(
        (result) => {
          if (request === latest.current) setState({ result, updating: false, error: null, changedSinceRead: false });
        },
        (error: unknown) => {
          if (request === latest.current) setState({ result: null, updating: false, error: errorMessage(error), changedSinceRead: false });
        },
      );
    }, delay);
    return () => clearTimeout(timer);
    // `revision` re-runs the preview after a generate, when the workbook has changed under the same settings.
  }, [host, settings, revision, paused, kick]);

  const refresh = useCallback(() => setKick((k) => ({ seq: k.seq + 1, delay: 0 })), []);
  const notifyChange = useCallback((change: WorkbookChange) => {
    const { settings: s, result } = current.current;
    if (!s || !concernsPreview(change, s, result?.sheet ?? null)) return;
    const large = change.large === true || (result?.windows ?? 0) > LARGE_SOURCE_WINDOWS;
    if (large) setState((st) => ({ ...st, changedSinceRead: true }));
    else setKick((k) => ({ seq: k.seq + 1, delay: EDIT_DELAY_MS }));
  }, []);
  return { ...state, refresh, notifyChange };
}
