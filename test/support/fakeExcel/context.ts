/**
 * The request context of the fake: calls are queued and only take effect at sync(), as in Office.js. Each sync is
 * recorded — actions, request bytes (JSON of what was queued, plus an envelope per action), response bytes (JSON
 * of what was loaded) — and can be made to fail, for fault-injection tests.
 */
import { FakeOfficeError } from './errors';
import { cellEditModeError, withoutLocation, type FakeLimits } from './limits';
import type { FakeWorkbookState } from './state';

/** Office.js wraps each action in an envelope with ids and an object path: about 200 bytes, counted per action. */
export const ACTION_ENVELOPE_BYTES = 200;

export interface FaultPlan {
  /** 1-based number of the sync that fails. */
  failAtSync?: number;
  /** How many of that sync's actions take effect before it fails (default: half of them — a half-written sheet). */
  actionsBeforeFailure?: number;
  /** Fail when the nth call (1-based, over the whole session) of an action runs, e.g. "Range.merge" or "PageLayout.zoom". */
  failOnCall?: { action: string; nth?: number };
  /** The error thrown (default GeneralException). */
  error?: { code: string; message?: string };
}

export interface FakeExcelOptions {
  /** Highest ExcelApi 1.x supported, e.g. "1.8" to see the add-in degrade without page layout. Default "1.13". */
  apiVersion?: string;
  /** Request size Excel refuses (default Excel on the web's 5,000,000 bytes). */
  requestLimitBytes?: number;
  /** Response size Excel refuses (default 5,000,000 bytes, as on the web; Infinity for desktop). */
  responseLimitBytes?: number;
  faults?: FaultPlan;
  /** Excel's limits and refusals beyond the payload sizes (limits.ts). */
  limits?: FakeLimits;
}

export interface SyncRecord {
  sync: number;
  actions: number;
  requestBytes: number;
  responseBytes: number;
  /** The error code when this sync failed. */
  error: string | null;
  /** Names of the queued actions in order ("Range.values", "RangeFont.name" …): what one round trip carried. */
  actionNames: string[];
  /** When the fake did Excel's part of this sync (performance.now() ms), in a task of its own; null until it ran. */
  work: { start: number; end: number } | null;
}

/** A new task: what lies between the add-in sending a request and Excel's answer arriving. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface QueuedAction {
  kind: 'action' | 'load';
  /** "Range.values", "Worksheets.add", "Range.load" … */
  name: string;
  /** What travels in the request (counted in bytes). */
  payload: unknown;
  /** Minor version of ExcelApi 1.x the call needs. */
  api: number;
  /** Applies the action; for a load returns the loaded data and how to hand it to the proxy after a good sync. */
  run(): void | { data: unknown; deliver: () => void };
}

/** UTF-8 length: Node's Buffer where there is one, else TextEncoder (the fake also runs bundled into Chromium for the e2e test). */
export function utf8Bytes(s: string): number {
  return typeof Buffer === 'undefined' ? new TextEncoder().encode(s).length : Buffer.byteLength(s, 'utf8');
}

export function minorOf(version: string): number {
  const m = /^1\.(\d+)$/.exec(version);
  if (!m) throw new Error(`FakeExcel: ExcelApi version must look like 1.N, got ${version}`);
  return Number(m[1]);
}

export class FakeContextCore {
  readonly records: SyncRecord[] = [];
  readonly apiMinor: number;
  private queue: QueuedAction[] = [];
  private readonly callCounts = new Map<string, number>();

  constructor(
    readonly state: FakeWorkbookState,
    readonly options: FakeExcelOptions,
  ) {
    this.apiMinor = minorOf(options.apiVersion ?? '1.13');
  }

  get syncCount(): number {
    return this.records.length;
  }

  /** Throws ApiNotFound (at sync, as Excel does) when the fake's Excel is older than the call needs. */
  requireApi(minor: number, location: string): void {
    if (minor > this.apiMinor) throw new FakeOfficeError('ApiNotFound', `${location} needs ExcelApi 1.${minor}`, location);
  }

  enqueue(action: QueuedAction): void {
    this.queue.push(action);
  }

  /** Calls of an action that ran so far. */
  calls(name: string): number {
    return this.callCounts.get(name) ?? 0;
  }

  private fault(location: string): FakeOfficeError {
    const e = this.options.faults?.error;
    return new FakeOfficeError(e?.code ?? 'GeneralException', e?.message ?? 'Injected failure', location);
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      sync: this.records.length + 1,
      actions: batch.length,
      requestBytes: 0,
      responseBytes: 0,
      error: null,
      actionNames: batch.map((a) => a.name),
      work: null,
    };
    this.records.push(record);
    // A real sync is a round trip: the request leaves, Excel works on it elsewhere, and the response arrives as a
    // task of its own. The fake does Excel's part in a task between the two and records when it ran, so a test can
    // tell the add-in's time on the thread from the fake's.
    await nextTask();
    const start = performance.now();
    let failure: unknown = null;
    try {
      this.apply(batch, record);
    } catch (error) {
      record.error = (error as { code?: string }).code ?? String(error);
      failure = error;
    }
    record.work = { start, end: performance.now() };
    await nextTask();
    if (failure) throw this.options.limits?.omitErrorLocation ? withoutLocation(failure) : failure;
  }

  /** What Excel does with one sync's request: measure it, run its actions in order, measure and deliver the loads. */
  private apply(batch: QueuedAction[], record: SyncRecord): void {
    const n = record.sync;
    // A cell being edited blocks the whole request: none of it runs (limits.ts).
    if (this.state.cellEditing && batch.length > 0) throw cellEditModeError();
    for (const a of batch) record.requestBytes += utf8Bytes(JSON.stringify({ a: a.name, v: a.payload }) ?? '') + ACTION_ENVELOPE_BYTES;
    const requestLimit = this.options.requestLimitBytes ?? 5_000_000;
    if (record.requestBytes > requestLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `Request of ${record.requestBytes} bytes is over ${requestLimit}`);
    }
    const faults = this.options.faults ?? {};
    const failHere = faults.failAtSync === n;
    const stopAt = failHere ? (faults.actionsBeforeFailure ?? Math.floor(batch.length / 2)) : Infinity;
    const deliveries: (() => void)[] = [];
    let responseBytes = 0;
    batch.forEach((a, i) => {
      if (i === stopAt) throw this.fault(a.name);
      const count = (this.callCounts.get(a.name) ?? 0) + 1;
      this.callCounts.set(a.name, count);
      if (faults.failOnCall && faults.failOnCall.action === a.name && (faults.failOnCall.nth ?? 1) === count) throw this.fault(a.name);
      this.requireApi(a.api, a.name);
      const result = a.run();
      if (result) {
        responseBytes += utf8Bytes(JSON.stringify(result.data) ?? '');
        deliveries.push(result.deliver);
      }
    });
    if (failHere && stopAt >= batch.length) throw this.fault('sync');
    record.responseBytes = responseBytes;
    const responseLimit = this.options.responseLimitBytes ?? 5_000_000;
    if (responseBytes > responseLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `Response of ${responseBytes} bytes is over ${responseLimit}`);
    }
    for (const d of deliveries) d();
  }
}
