/**
 * Messages between the page and its worker, which holds the workbook and does all reading, ranking and copying
 * so that a 100,000-row file never blocks the page (see hostWorker.ts and workerHost.ts).
 */
import type { CellView } from './cellView';
import type { FileOutput } from './fileHost';
import type { GenerateStage } from '../core/hostContract';
import type { Problem } from '../core/problems';

/** The host methods the worker answers (settings stay with the page, in localStorage). */
export type WorkerMethod = 'listSources' | 'preview' | 'generate' | 'selectCell' | 'activateSheet' | 'generateBulletin' | 'insertTemplate';

export type ToWorker =
  | { type: 'open'; fileName: string; bytes: ArrayBuffer }
  | { type: 'call'; id: number; method: WorkerMethod; args: unknown[] };

export type FromWorker =
  | { type: 'opened'; ok: true; sheets: string[] }
  | { type: 'opened'; ok: false; problem: Problem }
  | { type: 'result'; id: number; value: unknown }
  | { type: 'failed'; id: number; message: string }
  | { type: 'progress'; id: number; done: number; total: number; stage: GenerateStage }
  | { type: 'output'; output: FileOutput }
  | { type: 'view'; view: CellView };
