/**
 * Reads one source — a worksheet's used range (the active sheet by default) or an Excel table — into the core's
 * SheetGrid in one round trip: values with their types (to tell errors from text), the address (the grid's origin)
 * and, where ExcelApi 1.13 is present, the merged areas. Formula cells come back as their computed values.
 *
 * Excel on the web refuses a response over 5 MB (about 50,000 rows of names and scores). Only then the read is
 * repeated in row slices sized from the first slice, one sync each.
 */
import type { CellRange, CellValue, SheetGrid, TableRef } from '../core/cell';
import { rangeAddress } from '../core/address';
import { problem, type Problem } from '../core/problems';
import { cellRowSteps } from './cellValues';
import { runSteps, type Steps } from '../core/steps';
import { Slicer } from './slicer';
import { isPayloadTooLarge, officeErrorInfo } from './officeErrors';
import { REQUEST_BUDGET_BYTES, jsonBytes } from './payload';
import { parseAreasAddress, parseRangeAddress } from './rangeAddress';
import { MERGED_AREAS_API, excelApiSupported } from './requirements';
import { SyncLedger } from './syncLedger';

export interface SourceSpec {
  /** Worksheet to read; null or absent: the active sheet. Ignored when `table` is given. */
  sheet?: string | null;
  /** Excel table (ListObject) to read instead of a whole sheet. */
  table?: string | null;
}

export interface SourceRead {
  grid: SheetGrid | null;
  problems: Problem[];
}

/** Something else to load in the same first sync (the generate's workbook inventory); called again if the read is retried. */
export type Alongside<T> = (context: Excel.RequestContext) => () => T;

export interface QueuedSource {
  sheet: Excel.Worksheet;
  /** The rectangle to read: the used range (null object on an empty sheet) or the table's range. */
  area: Excel.Range;
  merges: Excel.RangeAreas | null;
  table: Excel.Table | null;
}

/** What a read asks of the source range: its values, or (to size a chunked read) only its extent. */
function loadArea(area: Excel.Range, withValues: boolean): void {
  // Two literal lists rather than one variable, so the linter can see that neither load is empty.
  if (withValues) area.load('address,values,valueTypes');
  else area.load('address,rowCount,columnCount');
}

export function queueSource(context: Excel.RequestContext, spec: SourceSpec, withValues: boolean): QueuedSource {
  if (spec.table) {
    const table = context.workbook.tables.getItem(spec.table);
    table.load('name');
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- worksheet is a navigation property: getting it queues nothing to read
    const sheet = table.worksheet;
    sheet.load('name');
    const area = table.getRange();
    loadArea(area, withValues);
    // Excel tables cannot hold merged cells, so there is nothing more to ask for.
    return { sheet, area, merges: null, table };
  }
  const sheets = context.workbook.worksheets;
  const sheet = spec.sheet ? sheets.getItem(spec.sheet) : sheets.getActiveWorksheet();
  sheet.load('name');
  // valuesOnly: formatting alone (a bordered empty grid below the table) must not widen what is read.
  const area = sheet.getUsedRangeOrNullObject(true);
  loadArea(area, withValues);
  let merges: Excel.RangeAreas | null = null;
  if (excelApiSupported(MERGED_AREAS_API)) {
    // Asked of the whole sheet: the used range may be a null object, and a method on a null object fails the batch.
    merges = sheet.getRange().getMergedAreasOrNullObject();
    merges.load('address');
  }
  return { sheet, area, merges, table: null };
}

function notFound(spec: SourceSpec): Problem {
  if (spec.table) {
    return problem('SHEET_NOT_FOUND', 'error', `工作簿中找不到表格“${spec.table}”。请在“考核通报”窗格中重新选择数据来源。`);
  }
  return problem('SHEET_NOT_FOUND', 'error', `工作簿中找不到工作表「${spec.sheet}」。请在“考核通报”窗格中重新选择数据来源。`, spec.sheet ?? undefined);
}

function originOf(address: string): { row: number; col: number } {
  const r = parseRangeAddress(address);
  return r ? { row: r.row, col: r.col } : { row: 0, col: 0 };
}

function tablesOf(q: QueuedSource, area: CellRange | null): TableRef[] {
  return q.table && area ? [{ name: q.table.name, range: area }] : [];
}

function mergesOf(q: QueuedSource): CellRange[] {
  if (!q.merges || q.merges.isNullObject) return [];
  return parseAreasAddress(q.merges.address);
}

export function collectWhole(q: QueuedSource): SheetGrid {
  return runSteps(collectWholeSteps(q));
}

/** collectWhole converting the values in slices (100,000 rows in the task pane). */
function* collectWholeSteps(q: QueuedSource): Steps<SheetGrid> {
  const name = q.sheet.name;
  if (q.area.isNullObject) return { name, originRow: 0, originCol: 0, values: [], merges: mergesOf(q), tables: [] };
  const origin = originOf(q.area.address);
  const values = yield* cellRowSteps(q.area.values, q.area.valueTypes as string[][]);
  return { name, originRow: origin.row, originCol: origin.col, values, merges: mergesOf(q), tables: tablesOf(q, parseRangeAddress(q.area.address)) };
}

/** Rows in the first slice of a split read: small enough to be safe, large enough to measure a typical row. */
const PROBE_ROWS = 2000;

/**
 * The read again, when one response would be too large: the dimensions together with a first slice of
 * PROBE_ROWS rows from the top (to measure a typical row), then the rest in slices sized by that measurement.
 */
async function readInSlices<T>(context: Excel.RequestContext, spec: SourceSpec, ledger: SyncLedger, slicer: Slicer, alongside?: Alongside<T>) {
  const q = queueSource(context, spec, false);
  // The area was not empty a sync ago (its response was too large), so a range can be taken from it. Rows past the
  // area's end come back empty and are dropped below.
  const probe = q.area.getRow(0).getResizedRange(PROBE_ROWS - 1, 0);
  probe.load('values,valueTypes');
  const extra = alongside ? alongside(context) : null;
  await ledger.sync();
  const extraValue = extra ? extra() : undefined;
  const name = q.sheet.name;
  if (q.area.isNullObject) {
    return { read: { grid: { name, originRow: 0, originCol: 0, values: [], merges: mergesOf(q), tables: [] }, problems: [] }, extra: extraValue };
  }
  const whole = parseRangeAddress(q.area.address);
  if (!whole) throw new Error(`无法解析区域地址 ${q.area.address}`);
  const rowsTotal = q.area.rowCount;
  const cols = q.area.columnCount;
  const probeRows = Math.min(PROBE_ROWS, rowsTotal);
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the probe was loaded and synced by the caller (readSources' one sync)
  const values: CellValue[][] = await slicer.run(cellRowSteps(probe.values.slice(0, probeRows), (probe.valueTypes as string[][]).slice(0, probeRows)));
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the probe was loaded and synced by the caller (readSources' one sync)
  const probeBytes = jsonBytes(probe.values) + jsonBytes(probe.valueTypes);
  // Size the slices so one response stays within the same budget as a request.
  let rowsPerSlice = Math.max(1, Math.floor((REQUEST_BUDGET_BYTES * PROBE_ROWS) / Math.max(1, probeBytes)));
  for (let done = probeRows; done < rowsTotal; ) {
    const rows = Math.min(rowsPerSlice, rowsTotal - done);
    const slice = q.sheet.getRange(rangeAddress(whole.row + done, whole.col, rows, cols));
    slice.load('values,valueTypes');
    await ledger.sync();
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- read after the ledger.sync() above (it wraps context.sync)
    const bytes = jsonBytes(slice.values) + jsonBytes(slice.valueTypes);
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- read after the ledger.sync() above (it wraps context.sync)
    for (const row of await slicer.run(cellRowSteps(slice.values, slice.valueTypes as string[][]))) values.push(row);
    done += rows;
    rowsPerSlice = Math.max(1, Math.floor((REQUEST_BUDGET_BYTES * rows) / Math.max(1, bytes)));
  }
  const grid: SheetGrid = { name, originRow: whole.row, originCol: whole.col, values, merges: mergesOf(q), tables: tablesOf(q, whole) };
  return { read: { grid, problems: [] }, extra: extraValue };
}

/**
 * Reads the source, together with whatever `alongside` queues, in one sync. A missing sheet or table is a
 * problem (SHEET_NOT_FOUND), not an exception; other Office errors propagate. The values are converted in
 * slices, handing the thread back between them (Slicer).
 */
export async function readSourceWith<T>(
  context: Excel.RequestContext,
  spec: SourceSpec,
  ledger: SyncLedger,
  alongside?: Alongside<T>,
  slicer: Slicer = new Slicer(),
): Promise<{ read: SourceRead; extra: T | undefined }> {
  const q = queueSource(context, spec, true);
  const extra = alongside ? alongside(context) : null;
  try {
    await ledger.sync();
  } catch (error) {
    if (officeErrorInfo(error).code === 'ItemNotFound' && (spec.table || spec.sheet)) {
      return { read: { grid: null, problems: [notFound(spec)] }, extra: undefined };
    }
    if (isPayloadTooLarge(error)) return readInSlices(context, spec, ledger, slicer, alongside);
    throw error;
  }
  return { read: { grid: await slicer.run(collectWholeSteps(q)), problems: [] }, extra: extra ? extra() : undefined };
}

/** readSourceGrid: the source alone. Uses one sync unless the response must be split (Excel on the web, huge sheets). */
export async function readSourceGrid(context: Excel.RequestContext, spec: SourceSpec, ledger?: SyncLedger): Promise<SourceRead> {
  const { read } = await readSourceWith(context, spec, ledger ?? new SyncLedger(context));
  return read;
}
