/**
 * The 新建模板 run: one at a time, ending in what the host added and skipped (with its problems), or its failure.
 */
import { useCallback, useRef, useState } from 'react';
import type { BulletinHost, InsertTemplateResult } from '../../core/hostContract';
import { errorMessage } from './usePaneData';

export type InsertTemplateState = { status: 'idle' } | { status: 'running' } | ({ status: 'done' } & InsertTemplateResult) | { status: 'failed'; message: string };

export function useInsertTemplate(host: BulletinHost): [InsertTemplateState, () => void] {
  const [state, setState] = useState<InsertTemplateState>({ status: 'idle' });
  const running = useRef(false);
  const start = useCallback(() => {
    if (running.current) return;
    running.current = true;
    setState({ status: 'running' });
    const finish = (next: InsertTemplateState): void => {
      running.current = false;
      setState(next);
    };
    host.insertTemplate().then(
      (result) => finish({ status: 'done', ...result }),
      (error: unknown) => finish({ status: 'failed', message: errorMessage(error) }),
    );
  }, [host]);
  return [state, start];
}
