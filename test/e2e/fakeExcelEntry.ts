/**
 * Browser entry bundled by the e2e test (fixtureBundle.ts) for scenarios that run the pane's own Excel host (the
 * production bundle's createExcelHost, not a memory host) against the recording fake of the Excel object model:
 * window.Excel.run hands the host a fake request context over one workbook, and Office.context gets the
 * requirement sets the fake supports. The workbook is the bench's score sheet of window.__WB_WINDOWS__ windows
 * (set by the test just before this script), on the sheet 考核, made active; or, when window.__WB_FAKE_WORKBOOK__
 * is "reference", the reference month's sheet 考核 (title row, header, 29 windows: the sample workbook's).
 *
 * Every Excel.run is logged in window.__WB_FAKE_EXCEL__ with its syncs, each with when the fake did Excel's part of
 * it (in a task of its own: on a real Excel that work — applying the actions, producing the values — happens outside
 * the pane's thread).
 */
import { rankSheet } from '../../src/core/engine';
import { installFakeEvents } from '../support/fakeExcel/events';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { makeContext } from '../support/fakeExcel/workbook';
import type { SyncRecord } from '../support/fakeExcel/context';
import { addSheetWithRows, scoreRows } from '../support/fakeExcel/workbookFixtures';
import { referenceWorkbook } from '../taskpane/referenceWorkbook';

export interface FakeExcelRun {
  /** performance.now() when Excel.run was called, and when its work settled (null while it runs). */
  start: number;
  end: number | null;
  /** Its syncs so far (the fake's live record). */
  syncs: SyncRecord[];
}

export interface FakeExcelLog {
  /** Every Excel.run, in the order they were called. */
  runs: FakeExcelRun[];
}

declare global {
  interface Window {
    __WB_WINDOWS__?: number;
    __WB_FAKE_WORKBOOK__?: 'reference';
    __WB_FAKE_EXCEL__?: FakeExcelLog;
    /** Times rankSheet alone on the same rows in this page (the one step the pane cannot slice), fastest of `runs`. */
    __WB_TIME_RANKING__?: (runs: number) => number;
  }
}

// The workbook events Excel has at the ExcelApi declared below (1.9 onChanged, …): without them the pane's watch
// failed and the measured first screen showed 「操作失败」 instead of what a clerk sees.
installFakeEvents();

const reference = window.__WB_FAKE_WORKBOOK__ === 'reference' ? referenceWorkbook().sheets[0] : null;
const rows = reference ? reference.values : scoreRows(window.__WB_WINDOWS__ ?? 100_000);
const state = new FakeWorkbookState();
addSheetWithRows(state, reference ? reference.name : '考核', rows);
window.__WB_TIME_RANKING__ = (runs) => {
  const grid = { name: '考核', originRow: 0, originCol: 0, values: rows, merges: [], tables: [] };
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    rankSheet(grid);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};
const log: FakeExcelLog = { runs: [] };
window.__WB_FAKE_EXCEL__ = log;

const office = (window as unknown as { Office?: { context: Record<string, unknown> } }).Office;
if (!office) throw new Error('fakeExcelEntry: the scenario must give the page an Office object (host Excel) before this script');
// ExcelApi up to 1.13, as the fake models it.
office.context.requirements = { isSetSupported: (name: string, v: string) => name === 'ExcelApi' && Number(v.split('.')[1]) <= 13 };

(window as unknown as { Excel: unknown }).Excel = {
  run: async <T>(work: (context: unknown) => Promise<T>): Promise<T> => {
    const ctx = makeContext(state, { responseLimitBytes: Infinity });
    const run: FakeExcelRun = { start: performance.now(), end: null, syncs: ctx.core.records };
    log.runs.push(run);
    try {
      return await work(ctx);
    } finally {
      run.end = performance.now();
    }
  },
};
