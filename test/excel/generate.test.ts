/**
 * generate on the recording fake of the Excel object model, for 10, 1,000 and 100,000 windows: the round-trip
 * budget (≤ 3 syncs, more only where Excel on the web's 5 MB limit forces a split, and then split by measured
 * size), no request over 5 MB, and the written sheet equal to the engine's SheetPlan — values, merges, formats on
 * blocks, number formats before values.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { generate } from '../../src/excel/generate';
import { REQUEST_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from '../../src/excel/payload';
import type { FakeExcelOptions, SyncRecord } from '../support/fakeExcel/context';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import {
  addSheetWithRows,
  excelContext,
  installOfficeRequirements,
  removeOffice,
  scoreRows,
  sheetSnapshot,
} from '../support/fakeExcel/workbookFixtures';
import { TODAY, expectedPlan, sheetMismatches, valuesWrittenBeforeFormats } from './planCheck';

/** Excel on the desktop: no response limit; requests still checked against 5 MB. */
const DESKTOP: FakeExcelOptions = { responseLimitBytes: Infinity };
/** Excel on the web: 5 MB each way (the fake's default). */
const WEB: FakeExcelOptions = {};

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const rowsBySize = new Map<number, ReturnType<typeof scoreRows>>();

async function run(count: number, options: FakeExcelOptions, budgetBytes?: number, snapshot = count <= 1000) {
  const state = new FakeWorkbookState();
  // Built once per size: the 100,000-window tests share them (generate never writes to its source).
  const rows = rowsBySize.get(count) ?? scoreRows(count);
  rowsBySize.set(count, rows);
  const source = addSheetWithRows(state, '考核', rows);
  // A deep copy of 100,000 rows costs seconds; there the write counter (every write reaching the sheet) must stay 0.
  const before = snapshot ? sheetSnapshot(source) : null;
  const { ctx, context } = excelContext(state, options);
  const result = await generate(context, DEFAULT_SETTINGS, undefined, { today: TODAY, budgetBytes });
  return { state, rows, source, before, records: ctx.core.records, result };
}

/** The syncs that write cells (the first request also takes the workbook lock, a name: that is not a write of the sheet). */
function writes(records: SyncRecord[]): SyncRecord[] {
  return records.filter((r) => r.actionNames.some((n) => !n.endsWith('.load') && (n.startsWith('Range') || n.startsWith('Worksheet'))));
}

describe.each([10, 1000])('generate, %d windows', (count) => {
  test.each([
    ['desktop', DESKTOP],
    ['web', WEB],
  ])('%s: at most 3 syncs, no request over 5 MB, the sheet equals the plan, the source untouched', async (_where, options) => {
    const { state, rows, source, before, records, result } = await run(count, options);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.sheetName).toBe('8月考核结果');
    expect(records.length).toBeLessThanOrEqual(3);
    expect(result.syncs).toBe(records.length);
    expect(records.every((r) => r.error === null && r.requestBytes <= REQUEST_LIMIT_BYTES)).toBe(true);
    const sheet = state.sheetByName('8月考核结果')!;
    expect(sheetMismatches(sheet, expectedPlan(rows, '8月考核结果'))).toEqual([]);
    expect(valuesWrittenBeforeFormats(sheet)).toEqual([]);
    expect(sheetSnapshot(source)).toEqual(before);
  });
});

describe('generate, 100,000 windows', () => {
  test('desktop: 3 syncs (one read, two size-measured writes), every request under 5 MB, the sheet equals the plan', async () => {
    const { state, rows, source, records, result } = await run(100_000, DESKTOP);
    expect(result.ok).toBe(true);
    expect(records.length).toBeLessThanOrEqual(3);
    expect(records.every((r) => r.error === null)).toBe(true);
    const largest = Math.max(...records.map((r) => r.requestBytes));
    expect(largest).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    // The split is by measured size: as many write requests as the bytes need at the host's budget, no more.
    const written = writes(records);
    const total = written.reduce((s, r) => s + r.requestBytes, 0);
    expect(written.length).toBe(Math.ceil(total / REQUEST_BUDGET_BYTES));
    // The host's own estimate of its largest request agrees with what the fake measured (within 1%).
    expect(Math.abs(result.largestRequestBytes - largest) / largest).toBeLessThan(0.01);
    const sheet = state.sheetByName('8月考核结果')!;
    expect(sheetMismatches(sheet, expectedPlan(rows, '8月考核结果'))).toEqual([]);
    expect(valuesWrittenBeforeFormats(sheet)).toEqual([]);
    expect(source.writes).toBe(0);
  }, 120_000);

  test('web: the over-5 MB response is read again in measured slices; no request or delivered response over 5 MB', async () => {
    const { state, rows, records, result } = await run(100_000, WEB);
    // Title, 附件 label and header above the windows; the source's title and header are not windows.
    expect(result.ok).toBe(true);
    // Exactly one sync is refused (the whole-sheet read, whose size cannot be known before asking), then every
    // request and response stays within the limit.
    expect(records.filter((r) => r.error !== null).map((r) => r.error)).toEqual(['ResponsePayloadSizeLimitExceeded']);
    expect(Math.max(...records.map((r) => r.requestBytes))).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    const delivered = records.filter((r) => r.error === null);
    expect(Math.max(...delivered.map((r) => r.responseBytes))).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    // Slices sized by measurement: the read's bytes need ceil(total / budget) slices, plus one for the dimensions
    // and the small probe slice that measures a row; the writes as on the desktop.
    const reads = delivered.filter((r) => !writes([r]).length);
    const readBytes = reads.reduce((s, r) => s + r.responseBytes, 0);
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(readBytes / REQUEST_BUDGET_BYTES) + 1);
    const written = writes(records);
    expect(written.length).toBe(Math.ceil(written.reduce((s, r) => s + r.requestBytes, 0) / REQUEST_BUDGET_BYTES));
    expect(result.syncs).toBe(records.length);
    // The sheet's content is checked cell by cell in the desktop test; here, that it is complete.
    expect(state.sheetByName('8月考核结果')!.usedRange()).toEqual({ row: 0, col: 0, rows: rows.length + 1, cols: 6 });
  }, 120_000);
});

test('without ExcelApi 1.9 the sheet is complete without print setup, and the user is told', async () => {
  installOfficeRequirements('1.8');
  const state = new FakeWorkbookState();
  const rows = scoreRows(10);
  addSheetWithRows(state, '考核', rows);
  const result = await generate(excelContext(state, { apiVersion: '1.8' }).context, DEFAULT_SETTINGS, undefined, { today: TODAY });
  expect(result.ok).toBe(true);
  expect(result.problems.map((p) => [p.severity, p.message])).toEqual([
    ['warning', expect.stringContaining('不支持页面设置接口（ExcelApi 1.9），「8月考核结果」已生成')],
  ]);
  expect(sheetMismatches(state.sheetByName('8月考核结果')!, expectedPlan(rows, '8月考核结果'), false)).toEqual([]);
});

describe('splitting by measured size', () => {
  test('a small budget splits 1,000 windows into several requests, each within it, and the sheet is still the plan', async () => {
    const budget = 20_000;
    // The fake refuses anything over 1.25× the budget: the host's estimate must be close to the real size.
    const { state, rows, records, result } = await run(1000, { requestLimitBytes: budget * 1.25 }, budget);
    expect(result.problems).toEqual([]);
    const written = writes(records);
    expect(written.length).toBeGreaterThan(3);
    expect(Math.max(...written.map((r) => r.requestBytes))).toBeLessThanOrEqual(budget * 1.25);
    const sheet = state.sheetByName('8月考核结果')!;
    expect(sheetMismatches(sheet, expectedPlan(rows, '8月考核结果'))).toEqual([]);
    expect(valuesWrittenBeforeFormats(sheet)).toEqual([]);
  });

  test('formats go on blocks: the same format actions for 10 and 1,000 windows', async () => {
    const formatActions = (records: SyncRecord[]) =>
      records.flatMap((r) => r.actionNames).filter((n) => /^(RangeFormat|RangeFont|RangeFill|RangeBorder)\./.test(n)).length;
    const small = await run(10, DESKTOP);
    const large = await run(1000, DESKTOP);
    expect(formatActions(large.records)).toBe(formatActions(small.records));
    const all = (records: SyncRecord[]) => records.reduce((s, r) => s + r.actions, 0);
    // Nothing in the write grows with the rows except the values and their number formats (a few actions).
    expect(all(large.records)).toBeLessThan(all(small.records) + 10);
  });
});
