/**
 * Loaded before the ribbon command's page in Chromium: a stand-in for Office.js (records what the command
 * registers and the dialogs it opens) and Excel.run over the recording fake workbook, with the score sheet of
 * the scenario named in the page's query (?scenario=clean|errors|editing). Exposes window.__wb for the test to drive.
 */
import { FakeWorkbookState, writeValue } from '../../support/fakeExcel/state';
import { makeContext } from '../../support/fakeExcel/workbook';
import { smallScoreSheet } from '../smallScoreSheet';
import { asOfficeOpensIt } from '../officeDialogUrl';

// The fake counts request bytes with Node's Buffer.byteLength; the browser has TextEncoder for that.
const g = globalThis as unknown as Record<string, unknown>;
g.Buffer ??= { byteLength: (s: string) => new TextEncoder().encode(s).length };

type Handler = (arg: unknown) => void;

const state = new FakeWorkbookState();
const sheet = smallScoreSheet(state);
const scenario = new URLSearchParams(location.search).get('scenario');
// A cell being edited: Excel refuses every request until Enter or Esc.
if (scenario === 'editing') state.cellEditing = true;
if (scenario === 'errors') {
  writeValue(sheet, 3, 2, '十');
  writeValue(sheet, 6, 1, '<b>满分</b>');
}

const actions = new Map<string, (event: { completed(): void }) => unknown>();
const dialogs: { url: string; options: unknown; handlers: Map<string, Handler>; closed: boolean }[] = [];
let completed = 0;

g.Office = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  onReady: (callback?: () => void) => {
    callback?.();
    return Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' });
  },
  actions: { associate: (name: string, fn: (event: { completed(): void }) => unknown) => actions.set(name, fn) },
  context: {
    displayLanguage: 'zh-CN',
    requirements: { isSetSupported: (_name: string, version?: string) => Number((version ?? '1.1').split('.')[1]) <= 13 },
    ui: {
      displayDialogAsync: (url: string, options: unknown, callback: (result: unknown) => void) => {
        // The address the dialog really loads: Office appends its _host_Info parameter.
        const dialog = { url: asOfficeOpensIt(url), options, handlers: new Map<string, Handler>(), closed: false };
        dialogs.push(dialog);
        const value = {
          addEventHandler: (type: string, handler: Handler) => dialog.handlers.set(type, handler),
          close: () => {
            dialog.closed = true;
          },
        };
        setTimeout(() => callback({ status: 'succeeded', value }), 0);
      },
    },
  },
};
g.Excel = { run: (work: (context: unknown) => Promise<unknown>) => work(makeContext(state, { apiVersion: '1.13' })) };

g.__wb = {
  registered: () => [...actions.keys()],
  /** Clicks the ribbon button: runs the registered function with an event that counts completed(). */
  click: (name: string) => {
    void actions.get(name)?.({ completed: () => void completed++ });
  },
  completed: () => completed,
  dialogs: () => dialogs.map((d) => ({ url: d.url, closed: d.closed })),
  /** What the dialog page's 关闭 button sends (Office.context.ui.messageParent) arriving at the command page. */
  messageFromDialog: (message: string) => dialogs[dialogs.length - 1]?.handlers.get('dialogMessageReceived')?.({ message }),
  sheets: () => state.sheets.map((s) => s.name),
  active: () => state.sheets.find((s) => s.id === state.activeSheetId)?.name ?? null,
};
