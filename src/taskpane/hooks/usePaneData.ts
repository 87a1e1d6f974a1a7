/** The pane's starting data: the workbook's sources and its saved settings, read once when the pane opens. */
import { useEffect, useState } from 'react';
import type { BulletinHost, SourceInfo } from '../../core/hostContract';
import type { BulletinSettings } from '../../core/settings';

export type PaneData =
  | { status: 'loading' }
  | { status: 'ready'; sources: SourceInfo[]; settings: BulletinSettings }
  | { status: 'failed'; message: string };

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function usePaneData(host: BulletinHost): PaneData {
  const [data, setData] = useState<PaneData>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    Promise.all([host.listSources(), host.loadSettings()]).then(
      ([sources, settings]) => {
        if (current) setData({ status: 'ready', sources, settings });
      },
      (error: unknown) => {
        if (current) setData({ status: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [host]);
  return data;
}
