/**
 * The 台账 section's state: the preview of a month (the last month with ledger lines at first), then the write of
 * both sheets. One operation at a time; a preview that comes back after a newer one was asked for is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BulletinHost, TalliesLedger, TallyPreview, TallyWriteResult } from '../../core/hostContract';
import type { Period } from '../../core/model';
import type { BulletinSettings } from '../../core/settings';
import { errorMessage } from './usePaneData';

export type TallyState =
  | { status: 'loading'; month: Period | null }
  | { status: 'ready'; preview: TallyPreview }
  | { status: 'writing'; preview: TallyPreview }
  | { status: 'written'; preview: TallyPreview; result: TallyWriteResult }
  | { status: 'failed'; month: Period | null; message: string };

export function hasTally(host: BulletinHost): host is BulletinHost & TalliesLedger {
  const h = host as Partial<TalliesLedger>;
  return typeof h.previewTally === 'function' && typeof h.writeTally === 'function';
}

export function useTally(host: BulletinHost & TalliesLedger, settings: BulletinSettings): { state: TallyState; chooseMonth: (m: Period) => void; write: () => void } {
  const [state, setState] = useState<TallyState>({ status: 'loading', month: null });
  const asked = useRef(0);
  const busy = useRef(false);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  const load = useCallback(
    (month: Period | null) => {
      const ticket = ++asked.current;
      setState({ status: 'loading', month });
      host.previewTally(month, settingsRef.current).then(
        (preview) => ticket === asked.current && setState({ status: 'ready', preview }),
        (error: unknown) => ticket === asked.current && setState({ status: 'failed', month, message: errorMessage(error) }),
      );
    },
    [host],
  );

  useEffect(() => load(null), [load]);

  const write = useCallback(() => {
    if (state.status !== 'ready' || busy.current) return;
    const { preview } = state;
    if (!preview.month || !preview.sources) return;
    busy.current = true;
    setState({ status: 'writing', preview });
    host.writeTally(preview.month, preview.sources, settingsRef.current).then(
      (result) => {
        busy.current = false;
        // Problems found at write time (the ledger changed since the preview) replace the preview's.
        setState(result.ok ? { status: 'written', preview, result } : { status: 'ready', preview: { ...preview, problems: result.problems } });
      },
      (error: unknown) => {
        busy.current = false;
        setState({ status: 'failed', month: preview.month, message: errorMessage(error) });
      },
    );
  }, [host, state]);

  return { state, chooseMonth: load, write };
}
