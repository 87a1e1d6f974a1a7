/**
 * Listens to the workbook while the pane is open, when the host can tell (the optional WatchesWorkbook capability:
 * Excel's change events). Without it the pane still has its refresh button. A failure to start listening is
 * returned to be shown, not dropped: the pane then cannot follow the workbook, and the clerk must know.
 */
import { useEffect, useRef, useState } from 'react';
import type { BulletinHost, WatchesWorkbook, WorkbookChange } from '../../core/hostContract';
import { errorMessage } from './usePaneData';

export function canWatch(host: BulletinHost): host is BulletinHost & WatchesWorkbook {
  return typeof (host as Partial<WatchesWorkbook>).watchWorkbook === 'function';
}

export function useWorkbookWatch(host: BulletinHost, onChange: (change: WorkbookChange) => void): string | null {
  const [failure, setFailure] = useState<string | null>(null);
  // The latest callback, so the subscription is made once per host and not again on every render.
  const listener = useRef(onChange);
  listener.current = onChange;
  useEffect(() => {
    if (!canWatch(host)) return undefined;
    let stop: (() => void) | null = null;
    let active = true;
    host.watchWorkbook((change) => listener.current(change)).then(
      (unwatch) => {
        // Unmounted while the subscription was being made: undo it at once.
        if (active) stop = unwatch;
        else unwatch();
      },
      (error: unknown) => active && setFailure(errorMessage(error)),
    );
    return () => {
      active = false;
      stop?.();
    };
  }, [host]);
  return failure;
}
