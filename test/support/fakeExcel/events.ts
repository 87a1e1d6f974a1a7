/**
 * Excel's workbook events in the fake, as the task pane uses them (Office.js reference, "Work with events"):
 * - WorksheetCollection.onChanged (ExcelApi 1.9), onAdded / onDeleted / onActivated (1.7), onNameChanged (1.17);
 * - `add(handler)` is queued like any call: the handler is registered at the next sync (ApiNotFound there when the
 *   Excel is too old), and `remove()` likewise;
 * - a handler runs after the change, in a task of its own, never inside the call that made the change; changes the
 *   add-in makes through the API raise the same events as a clerk's typing (Excel does not tell them apart);
 * - onChanged is about data: formats do not raise it (Excel has onFormatChanged for those).
 *
 * Kept apart from the object model (installFakeEvents adds the event properties to the proxies and watches each
 * sync for what changed), so the fake's limits and its events can grow independently.
 */
import type { CellValue } from '../../../src/core/cell';
import { parseCellAddress } from '../../../src/core/address';
import { FakeContextCore } from './context';
import { FakeOfficeError } from './errors';
import { writeValue, type FakeWorkbookState } from './state';
import { FakeWorksheets } from './worksheet';

export type FakeEventName = 'onChanged' | 'onAdded' | 'onDeleted' | 'onActivated' | 'onNameChanged';

/** The minor ExcelApi version each collection event needs. */
export const EVENT_API: Record<FakeEventName, number> = { onChanged: 9, onAdded: 7, onDeleted: 7, onActivated: 7, onNameChanged: 17 };

const EVENT_TYPE: Record<FakeEventName, string> = {
  onChanged: 'WorksheetChanged',
  onAdded: 'WorksheetAdded',
  onDeleted: 'WorksheetDeleted',
  onActivated: 'WorksheetActivated',
  onNameChanged: 'WorksheetNameChanged',
};

export interface FakeEventArgs {
  type: string;
  source: 'Local';
  worksheetId: string;
  address?: string;
  changeType?: string;
  nameBefore?: string;
  nameAfter?: string;
}

type Handler = (args: FakeEventArgs) => Promise<unknown> | void;

/** The registered handlers of one workbook, and what a test can ask of them. */
export class FakeEventHub {
  private readonly handlers = new Map<FakeEventName, Set<Handler>>();
  /** Every event raised, whether or not a handler listened (for tests). */
  readonly raised: { event: FakeEventName; args: FakeEventArgs }[] = [];

  register(event: FakeEventName, handler: Handler): void {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler);
    this.handlers.set(event, set);
  }

  unregister(event: FakeEventName, handler: Handler): void {
    this.handlers.get(event)?.delete(handler);
  }

  count(event?: FakeEventName): number {
    if (event) return this.handlers.get(event)?.size ?? 0;
    return [...this.handlers.values()].reduce((n, s) => n + s.size, 0);
  }

  raise(event: FakeEventName, args: Omit<FakeEventArgs, 'type' | 'source'>): void {
    const full: FakeEventArgs = { type: EVENT_TYPE[event], source: 'Local', ...args };
    this.raised.push({ event, args: full });
    for (const h of [...(this.handlers.get(event) ?? [])]) {
      setTimeout(() => {
        // A handler that throws is Office's problem to log, not the workbook's: it must not stop the others.
        Promise.resolve()
          .then(() => h(full))
          .catch((error: unknown) => console.error('event handler failed', error));
      }, 0);
    }
  }
}

const hubs = new WeakMap<FakeWorkbookState, FakeEventHub>();

export function eventHub(state: FakeWorkbookState): FakeEventHub {
  let hub = hubs.get(state);
  if (!hub) {
    hub = new FakeEventHub();
    hubs.set(state, hub);
  }
  return hub;
}

/** What EventHandlers.add returns: remove() is queued and takes effect at the next sync of its context. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: unknown,
    private readonly core: FakeContextCore,
    private readonly event: FakeEventName,
    private readonly handler: Handler,
  ) {}
  remove(): void {
    this.core.enqueue({
      kind: 'action',
      name: `WorksheetCollection.${this.event}.remove`,
      payload: null,
      api: EVENT_API[this.event],
      run: () => eventHub(this.core.state).unregister(this.event, this.handler),
    });
  }
}

export class FakeEventHandlers {
  constructor(
    private readonly core: FakeContextCore,
    private readonly event: FakeEventName,
  ) {}
  add(handler: Handler): FakeEventHandlerResult {
    this.core.enqueue({
      kind: 'action',
      name: `WorksheetCollection.${this.event}.add`,
      payload: null,
      api: EVENT_API[this.event],
      run: () => eventHub(this.core.state).register(this.event, handler),
    });
    return new FakeEventHandlerResult(requestContextOf(this.core), this.core, this.event, handler);
  }
}

/** The RequestContext that owns a core (set by makeContext's callers through rememberContext). */
const contexts = new WeakMap<FakeContextCore, unknown>();
export function rememberContext(core: FakeContextCore, context: unknown): void {
  contexts.set(core, context);
}
function requestContextOf(core: FakeContextCore): unknown {
  return contexts.get(core) ?? null;
}

declare module './worksheet' {
  interface FakeWorksheets {
    readonly onChanged: FakeEventHandlers;
    readonly onAdded: FakeEventHandlers;
    readonly onDeleted: FakeEventHandlers;
    readonly onActivated: FakeEventHandlers;
    readonly onNameChanged: FakeEventHandlers;
  }
}

interface Seen {
  sheets: { id: string; name: string; cellWrites: number }[];
  active: string | null;
}

function seen(state: FakeWorkbookState): Seen {
  return {
    sheets: state.sheets.map((s) => ({ id: s.id, name: s.name, cellWrites: s.contentLog.filter((c) => c.kind === 'values').length })),
    active: state.activeSheetId,
  };
}

/** Raises the events for what one sync changed: sheets added, deleted, renamed, data written, the active sheet. */
export function raiseChanges(state: FakeWorkbookState, before: Seen): void {
  const hub = hubs.get(state);
  if (!hub) return;
  const after = seen(state);
  const old = new Map(before.sheets.map((s) => [s.id, s]));
  const now = new Map(after.sheets.map((s) => [s.id, s]));
  for (const s of after.sheets) {
    const was = old.get(s.id);
    if (!was) hub.raise('onAdded', { worksheetId: s.id });
    else if (was.name !== s.name) hub.raise('onNameChanged', { worksheetId: s.id, nameBefore: was.name, nameAfter: s.name });
    if (s.cellWrites > (was?.cellWrites ?? 0)) hub.raise('onChanged', { worksheetId: s.id, changeType: 'RangeEdited' });
  }
  for (const s of before.sheets) if (!now.has(s.id)) hub.raise('onDeleted', { worksheetId: s.id });
  if (after.active !== before.active && after.active !== null) hub.raise('onActivated', { worksheetId: after.active });
}

let installed = false;

/** Adds the event properties to the fake's proxies and the change watch to its syncs (once per process). */
export function installFakeEvents(): void {
  if (installed) return;
  installed = true;
  for (const event of Object.keys(EVENT_API) as FakeEventName[]) {
    Object.defineProperty(FakeWorksheets.prototype, event, {
      get(this: FakeWorksheets) {
        return new FakeEventHandlers(this.ctx, event);
      },
    });
  }
  const sync = FakeContextCore.prototype.sync;
  FakeContextCore.prototype.sync = async function watchedSync(this: FakeContextCore): Promise<void> {
    const before = seen(this.state);
    try {
      await sync.call(this);
    } finally {
      // Also after a failed sync: what it wrote before failing was written, and Excel says so.
      raiseChanges(this.state, before);
    }
  };
}

/** The clerk types into a cell (outside any add-in call): the value lands, and onChanged is raised. */
export function typeIntoCell(state: FakeWorkbookState, sheetName: string, address: string, value: CellValue): void {
  const sheet = state.sheetByName(sheetName);
  const at = parseCellAddress(address);
  if (!sheet || !at) throw new FakeOfficeError('ItemNotFound', `No cell ${sheetName}!${address}`);
  const before = seen(state);
  if (value === null) {
    const cell = sheet.cell(at.row, at.col);
    if (cell) cell.value = null;
  } else writeValue(sheet, at.row, at.col, value);
  sheet.contentLog.push({ kind: 'values', range: { row: at.row, col: at.col, rows: 1, cols: 1 } });
  raiseChanges(state, before);
}

/** The clerk clicks another sheet's tab. */
export function clickSheetTab(state: FakeWorkbookState, sheetName: string): void {
  const sheet = state.sheetByName(sheetName);
  if (!sheet) throw new FakeOfficeError('ItemNotFound', `No sheet ${sheetName}`);
  const before = seen(state);
  state.activeSheetId = sheet.id;
  raiseChanges(state, before);
}

/** The clerk renames a sheet (double-click on its tab). */
export function renameSheetTab(state: FakeWorkbookState, sheetName: string, newName: string): void {
  const sheet = state.sheetByName(sheetName);
  if (!sheet) throw new FakeOfficeError('ItemNotFound', `No sheet ${sheetName}`);
  const before = seen(state);
  sheet.name = newName;
  raiseChanges(state, before);
}
