/**
 * The page's worker: opens the chosen file and answers the pane's host calls over it (fileHost.ts). Everything
 * heavy — inflating, parsing, ranking, writing the copy — happens here, off the page's thread.
 */
import type { BulletinHost } from '../core/hostContract';
import { problem } from '../core/problems';
import { openWorkbookFile } from './fileHost';
import type { FromWorker, ToWorker } from './workerProtocol';

const scope = self as unknown as { postMessage(message: FromWorker, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

let host: BulletinHost | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'open') {
    void open(message.fileName, message.bytes);
    return;
  }
  const { id, method, args } = message;
  if (!host) {
    post({ type: 'failed', id, message: '还没有打开工作簿。' });
    return;
  }
  const call = host[method] as (...a: unknown[]) => Promise<unknown>;
  // generate's progress listener cannot cross to the worker; its reports are sent back under the call's id.
  const withProgress = method === 'generate' ? [args[0], (done: number, total: number, stage: never) => post({ type: 'progress', id, done, total, stage }), args[2]] : args;
  call.apply(host, withProgress).then(
    (value) => post({ type: 'result', id, value }),
    (error: unknown) => post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) }),
  );
};

async function open(fileName: string, bytes: ArrayBuffer): Promise<void> {
  try {
    const opened = await openWorkbookFile(new Uint8Array(bytes), fileName, {
      onOutput: (output) => post({ type: 'output', output }),
      onView: (view) => post({ type: 'view', view }),
    });
    if (!opened.ok) {
      post({ type: 'opened', ok: false, problem: opened.problem });
      return;
    }
    host = opened.host;
    post({ type: 'opened', ok: true, sheets: opened.sheets });
  } catch (error) {
    // The reader turns damage into problems; anything else is a fault of ours, said as such rather than hanging the page.
    const message = error instanceof Error ? error.message : String(error);
    post({ type: 'opened', ok: false, problem: problem('UNREADABLE_FILE', 'error', `读取“${fileName}”时出错：${message}`) });
  }
}
