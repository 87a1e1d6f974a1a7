/**
 * The pane's BulletinHost in the page: each call is sent to the worker that holds the file (hostWorker.ts) and
 * answered from there; settings are the page's own (localStorage). Copies and cell views the worker makes are
 * handed to the page's listeners.
 */
import type { BulletinHost, BulletinSheetResult, GenerateResult, InsertTemplateResult, PreviewResult, ProgressListener, SourceInfo } from '../core/hostContract';
import type { Problem } from '../core/problems';
import type { BulletinSettings } from '../core/settings';
import type { CellView } from './cellView';
import type { FileOutput } from './fileHost';
import { loadPageSettings, savePageSettings } from './settingsStore';
import type { FromWorker, ToWorker, WorkerMethod } from './workerProtocol';

export interface PageListeners {
  onOutput(output: FileOutput): void;
  onView(view: CellView): void;
}

export type OpenedInPage = { ok: true; host: BulletinHost } | { ok: false; problem: Problem };

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: ProgressListener;
}

/** Sends the file to a fresh worker and resolves once it is read (or found to be no workbook). */
export function openInWorker(worker: Worker, file: { name: string; bytes: ArrayBuffer }, storage: Storage, listeners: PageListeners): Promise<OpenedInPage> {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let sheets: string[] = [];

  const call = <T>(method: WorkerMethod, args: unknown[], onProgress?: ProgressListener): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      worker.postMessage({ type: 'call', id, method, args } satisfies ToWorker);
    });

  const host: BulletinHost = {
    listSources: () => call<SourceInfo[]>('listSources', []),
    async loadSettings() {
      const settings = loadPageSettings(storage, sheets);
      if (settings.sourceSheet !== null) return settings;
      // A file has no active sheet for 「当前工作表」 to mean: the pane opens on the file's first score sheet, named.
      const scores = (await call<SourceInfo[]>('listSources', [])).find((source) => source.kind === 'sheet' && source.header !== null);
      return scores ? { ...settings, sourceSheet: scores.sheet } : settings;
    },
    saveSettings: async (settings: BulletinSettings) => savePageSettings(storage, settings),
    preview: (settings) => call<PreviewResult>('preview', [settings]),
    generate: (settings, onProgress, options) => call<GenerateResult>('generate', [settings, null, options], onProgress),
    selectCell: (sheet, cell) => call<void>('selectCell', [sheet, cell]),
    activateSheet: (name) => call<void>('activateSheet', [name]),
    generateBulletin: (settings) => call<BulletinSheetResult>('generateBulletin', [settings]),
    insertTemplate: () => call<InsertTemplateResult>('insertTemplate', []),
    templateAs: 'download',
  };

  return new Promise<OpenedInPage>((resolve) => {
    worker.onerror = (event) => {
      // A worker that cannot even start (a script error) fails every call still waiting, and the open itself.
      const error = new Error(`后台读取出错：${event.message}`);
      for (const p of pending.values()) p.reject(error);
      pending.clear();
      resolve({ ok: false, problem: { code: 'UNREADABLE_FILE', severity: 'error', message: error.message } });
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'opened':
          if (message.ok) sheets = message.sheets;
          resolve(message.ok ? { ok: true, host } : { ok: false, problem: message.problem });
          return;
        case 'output':
          listeners.onOutput(message.output);
          return;
        case 'view':
          listeners.onView(message.view);
          return;
        case 'progress':
          pending.get(message.id)?.onProgress?.(message.done, message.total, message.stage);
          return;
        case 'result':
        case 'failed': {
          const waiting = pending.get(message.id);
          pending.delete(message.id);
          if (message.type === 'result') waiting?.resolve(message.value);
          else waiting?.reject(new Error(message.message));
          return;
        }
      }
    };
    worker.postMessage({ type: 'open', fileName: file.name, bytes: file.bytes } satisfies ToWorker, [file.bytes]);
  });
}
