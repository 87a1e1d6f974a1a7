/**
 * The 生成排名 run: one at a time (a second click while one runs is ignored, even before React re-renders
 * the disabled button), with progress from the host, ending in success, problems, or a reported failure.
 */
import { useCallback, useRef, useState } from 'react';
import type { BulletinHost, GenerateOptions, GenerateStage } from '../../core/hostContract';
import type { Problem } from '../../core/problems';
import type { BulletinSettings } from '../../core/settings';
import { errorMessage } from './usePaneData';

export type GenerateState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; stage: GenerateStage }
  | { status: 'done'; sheetName: string; problems: Problem[] }
  | { status: 'blocked'; problems: Problem[] }
  | { status: 'failed'; message: string };

export function useGenerate(host: BulletinHost, onFinished: () => void): [GenerateState, (settings: BulletinSettings, options?: GenerateOptions) => void] {
  const [state, setState] = useState<GenerateState>({ status: 'idle' });
  const running = useRef(false);
  const start = useCallback(
    (settings: BulletinSettings, options: GenerateOptions = {}) => {
      if (running.current) return;
      running.current = true;
      setState({ status: 'running', done: 0, total: 0, stage: 'read' });
      // A progress report that arrives after the run ended must not turn the finished state back into "running".
      const onProgress = (done: number, total: number, stage: GenerateStage): void => {
        if (running.current) setState({ status: 'running', done, total, stage });
      };
      const finish = (next: GenerateState): void => {
        running.current = false;
        setState(next);
        onFinished();
      };
      host.generate(settings, onProgress, options).then(
        (result) => {
          if (!result.ok) finish({ status: 'blocked', problems: result.problems });
          else if (result.sheetName) finish({ status: 'done', sheetName: result.sheetName, problems: result.problems });
          // A host that claims success without naming the sheet is broken; say so rather than show a false success.
          else finish({ status: 'failed', message: 'generate() 报告成功，但没有返回新工作表的名称。' });
        },
        (error: unknown) => finish({ status: 'failed', message: errorMessage(error) }),
      );
    },
    [host, onFinished],
  );
  return [state, start];
}
