/**
 * Reads one source — a worksheet's used range (the active sheet by default) or an Excel table — into the core's
 * SheetGrid in one round trip: values with their types (to tell errors from text), the address (the grid's origin)
 * and, where ExcelApi 1.13 is present, the merged areas. Formula cells come back as their computed values.
 *
 * Excel on the web refuses a response over 5 MB (about 50,000 rows of names and scores), and every Excel a get of
 * more than 5,000,000 cells. Only then the read is repeated in row slices sized from the first slice, one sync each.
 */
import type { CellRange, CellValue, SheetGrid, TableRef } from '../core/cell';
import { rangeAddress } from '../core/address';
import { problem, type Problem } from '../core/problems';
import type { BulletinSettings } from '../core/settings';
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

/** The source the settings name (a table, else a sheet, else the active sheet). */
export function sourceSpecOf(settings: BulletinSettings): SourceSpec {
  return { sheet: settings.sourceSheet, table: settings.sourceTable };
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

/** The merged areas as Excel reported them in the read's sync. */
function reportedMerges(q: QueuedSource): CellRange[] {
  if (!q.merges || q.merges.isNullObject) return [];
  return parseAreasAddress(q.merges.address);
}

/**
 * The merged areas of each read source. A merged area spans at least two cells, so a 1×1 "area" is office-js #1590:
 * the address named only each area's top-left cell. Only then are the areas asked for one by one (RangeAreas.areas,
 * the workaround given in that thread), for all such sources in one more sync.
 */
export async function resolveMerges(ledger: SyncLedger, sources: readonly QueuedSource[]): Promise<CellRange[][]> {
  const reported = sources.map(reportedMerges);
  const cut = sources.map((q, i) => (q.merges && reported[i].some((m) => m.rows * m.cols === 1) ? q.merges.areas : null));
  if (cut.every((c) => c === null)) return reported;
  for (const areas of cut) areas?.load('items/address');
  await ledger.sync();
   
  return reported.map((m, i) => (cut[i] ? (cut[i] as Excel.RangeCollection).items.flatMap((r) => parseAreasAddress(r.address)) : m));
}

/** A sheet or table with no values: an empty grid (merges alone do not make a table). */
function emptyGrid(name: string, merges: CellRange[]): SheetGrid {
  return { name, originRow: 0, originCol: 0, values: [], merges, tables: [] };
}

export function collectWhole(q: QueuedSource, merges: CellRange[]): SheetGrid {
  return runSteps(collectWholeSteps(q, merges));
}

/** collectWhole converting the values in slices (100,000 rows in the task pane). */
function* collectWholeSteps(q: QueuedSource, merges: CellRange[]): Steps<SheetGrid> {
  const name = q.sheet.name;
  if (q.area.isNullObject) return emptyGrid(name, merges);
  const origin = originOf(q.area.address);
  const values = yield* cellRowSteps(q.area.values, q.area.valueTypes as string[][]);
  return { name, originRow: origin.row, originCol: origin.col, values, merges, tables: tablesOf(q, parseRangeAddress(q.area.address)) };
}

/**
 * Excel's limit on one get, on every platform: 5,000,000 cells (docs/excel/performance.md, "payload size limit").
 * Over it Excel throws RangeExceedsLimit or, on some builds, hands back null (office-js #4783, #6781).
 */
export const CELL_READ_LIMIT = 5_000_000;

/** True when Excel answered the whole read with null values: over the cell limit on a build that does not throw. */
export function valuesWithheld(q: QueuedSource): boolean {
   
  return !q.area.isNullObject && (q.area.values == null || q.area.valueTypes == null);
}

/** Rows in the first slice of a split read: small enough to be safe, large enough to measure a typical row. */
const PROBE_ROWS = 2000;

/** The extent of the source (and, unless `withProbe` is false, its first PROBE_ROWS rows), with `alongside`. */
function queueExtent<T>(context: Excel.RequestContext, spec: SourceSpec, alongside: Alongside<T> | undefined, withProbe: boolean) {
  const q = queueSource(context, spec, false);
  // The area was not empty a sync ago (its read was refused), so a range can be taken from it. Rows past the
  // area's end come back empty and are dropped below.
  const probe = withProbe ? q.area.getRow(0).getResizedRange(PROBE_ROWS - 1, 0) : null;
  probe?.load('values,valueTypes');
  const extra = alongside ? alongside(context) : null;
  return { q, probe, extra };
}

/**
 * The read again, when one answer would be too large (5 MB on the web) or have too many cells (5,000,000 anywhere):
 * the extent with a first slice of PROBE_ROWS rows (to measure a typical row), then the rest in slices sized by
 * that measurement and by the cell limit. A slice Excel still refuses is halved and asked again.
 */
async function readInSlices<T>(context: Excel.RequestContext, spec: SourceSpec, ledger: SyncLedger, slicer: Slicer, alongside?: Alongside<T>) {
  let queued = queueExtent(context, spec, alongside, true);
  if (!(await ledger.syncUnlessTooLarge())) {
    // The probe itself was over a limit (a very wide used range): the extent alone, then slices sized by cells.
    queued = queueExtent(context, spec, alongside, false);
    await ledger.sync();
  }
  const { q, probe, extra } = queued;
  const extraValue = extra ? extra() : undefined;
  const [merges] = await resolveMerges(ledger, [q]);
  const name = q.sheet.name;
  if (q.area.isNullObject) return { read: { grid: emptyGrid(name, merges), problems: [] }, extra: extraValue };
  const whole = parseRangeAddress(q.area.address);
  if (!whole) throw new Error(`无法解析区域地址 ${q.area.address}`);
  const rowsTotal = q.area.rowCount;
  const cols = q.area.columnCount;
  const cellRows = Math.max(1, Math.floor(CELL_READ_LIMIT / cols));
  const values: CellValue[][] = [];
  let done = 0;
  let rowsPerSlice = Math.min(PROBE_ROWS, cellRows);
   
  if (probe && probe.values != null && probe.valueTypes != null) {
    done = Math.min(PROBE_ROWS, rowsTotal);
     
    for (const row of await slicer.run(cellRowSteps(probe.values.slice(0, done), (probe.valueTypes as string[][]).slice(0, done)))) values.push(row);
     
    rowsPerSlice = sliceRows(jsonBytes(probe.values) + jsonBytes(probe.valueTypes), PROBE_ROWS, cellRows);
  }
  while (done < rowsTotal) {
    const rows = Math.min(rowsPerSlice, rowsTotal - done);
    const slice = q.sheet.getRange(rangeAddress(whole.row + done, whole.col, rows, cols));
    slice.load('values,valueTypes');
    try {
      await ledger.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || rows === 1) throw error;
      rowsPerSlice = Math.ceil(rows / 2);
      continue;
    }
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- read after the ledger.sync() above (it wraps context.sync)
    const sliceValues = slice.values;
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- read after the ledger.sync() above (it wraps context.sync)
    const sliceTypes = slice.valueTypes as string[][];
    if (sliceValues == null || sliceTypes == null) {
      if (rows === 1) throw new Error(`Excel 没有返回「${name}」第 ${whole.row + done + 1} 行的内容`);
      rowsPerSlice = Math.ceil(rows / 2);
      continue;
    }
    for (const row of await slicer.run(cellRowSteps(sliceValues, sliceTypes))) values.push(row);
    done += rows;
    rowsPerSlice = sliceRows(jsonBytes(sliceValues) + jsonBytes(sliceTypes), rows, cellRows);
  }
  const grid: SheetGrid = { name, originRow: whole.row, originCol: whole.col, values, merges, tables: tablesOf(q, whole) };
  return { read: { grid, problems: [] }, extra: extraValue };
}

/** Rows for the next slice: one answer within the request budget (measured on the last one) and the cell limit. */
function sliceRows(bytes: number, rows: number, cellRows: number): number {
  return Math.min(cellRows, Math.max(1, Math.floor((REQUEST_BUDGET_BYTES * rows) / Math.max(1, bytes))));
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
  if (valuesWithheld(q)) return readInSlices(context, spec, ledger, slicer, alongside);
  const extraValue = extra ? extra() : undefined;
  const [merges] = await resolveMerges(ledger, [q]);
  return { read: { grid: await slicer.run(collectWholeSteps(q, merges)), problems: [] }, extra: extraValue };
}

/** readSourceGrid: the source alone. Uses one sync unless the response must be split (Excel on the web, huge sheets). */
export async function readSourceGrid(context: Excel.RequestContext, spec: SourceSpec, ledger?: SyncLedger): Promise<SourceRead> {
  const { read } = await readSourceWith(context, spec, ledger ?? new SyncLedger(context));
  return read;
}
