/**
 * The live ranking preview: recomputed shortly after the settings stop changing, so typing a hall name
 * does not read the sheet on every keystroke. An answer to an older request never overwrites a newer one.
 */
import { useEffect, useRef, useState } from 'react';
import type { BulletinHost, PreviewResult } from '../../core/hostContract';
import type { BulletinSettings } from '../../core/settings';
import { errorMessage } from './usePaneData';

export const PREVIEW_DELAY_MS = 250;

export interface PreviewState {
  result: PreviewResult | null;
  updating: boolean;
  error: string | null;
}

/**
 * `paused` (a generate running) holds the preview back until it ends: generate pins the source, which changes the
 * settings, and a second read and ranking of a 100,000-row sheet alongside the generate's own would only slow it and
 * the pane down. The refresh after the generate (`revision`) brings the preview up to date.
 */
export function usePreview(host: BulletinHost, settings: BulletinSettings | null, revision: number, paused = false): PreviewState {
  const [state, setState] = useState<PreviewState>({ result: null, updating: settings !== null, error: null });
  const latest = useRef(0);
  useEffect(() => {
    if (!settings || paused) return undefined;
    const request = ++latest.current;
    setState((s) => ({ ...s, updating: true }));
    const timer = setTimeout(() => {
      host.preview(settings).then(
        (result) => {
          if (request === latest.current) setState({ result, updating: false, error: null });
        },
        (error: unknown) => {
          if (request === latest.current) setState({ result: null, updating: false, error: errorMessage(error) });
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
    // `revision` re-runs the preview after a generate, when the workbook has changed under the same settings.
  }, [host, settings, revision, paused]);
  return state;
}
