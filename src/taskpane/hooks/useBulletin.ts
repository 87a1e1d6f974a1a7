/**
 * The 生成通报 run: one at a time (a second click before React re-renders starts nothing), ending in the new
 * sheet with its document (for the exports), the problems that stopped it, or the host's failure.
 */
import { useCallback, useRef, useState } from 'react';
import type { BulletinDocument } from '../../core/bulletin/document';
import type { BulletinHost } from '../../core/hostContract';
import type { Problem } from '../../core/problems';
import type { BulletinSettings } from '../../core/settings';
import { errorMessage } from './usePaneData';

export type BulletinState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; sheetName: string; document: BulletinDocument; problems: Problem[] }
  | { status: 'blocked'; problems: Problem[] }
  | { status: 'failed'; message: string };

export function useBulletin(host: BulletinHost): [BulletinState, (settings: BulletinSettings) => void] {
  const [state, setState] = useState<BulletinState>({ status: 'idle' });
  const running = useRef(false);
  const start = useCallback(
    (settings: BulletinSettings) => {
      if (running.current) return;
      running.current = true;
      setState({ status: 'running' });
      const finish = (next: BulletinState): void => {
        running.current = false;
        setState(next);
      };
      host.generateBulletin(settings).then(
        (result) => {
          if (!result.ok) finish({ status: 'blocked', problems: result.problems });
          else if (result.sheetName && result.document) {
            finish({ status: 'done', sheetName: result.sheetName, document: result.document, problems: result.problems });
          }
          // Success without the sheet or the document would leave the pane claiming what it cannot show.
          else finish({ status: 'failed', message: 'generateBulletin() 报告成功，但没有返回工作表名称或通报内容。' });
        },
        (error: unknown) => finish({ status: 'failed', message: errorMessage(error) }),
      );
    },
    [host],
  );
  return [state, start];
}
