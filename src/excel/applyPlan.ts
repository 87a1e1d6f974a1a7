/**
 * Writes a core SheetPlan into a new worksheet. The order follows what Excel needs: number formats before the
 * values they govern ("@" keeps "=SUM(A1)" text), values as 2D arrays in size-measured chunks, then merges
 * (after the values: a merge keeps only its top-left value), format blocks, widths, heights and print setup.
 *
 * One sync per batch (writeBatches.ts): one for a bulletin of any ordinary size, two for 100,000 windows. A sheet
 * left half-written by a failed sync is found by its marker and deleted before the error is passed on.
 */
import type { SheetPlan } from '../core/plan';
import type { Problem } from '../core/problems';
import { FORMAT_ACTION_BYTES, formatBlockActions, queueFormatBlock } from './formatBlocks';
import { pageBreaksCutWarning, printSetupActions, printSetupMissingWarning, printSetupSupported, queuePrintSetup } from './printSetup';
import { writeBatchSteps, type ValueChunk } from './writeBatches';
import { Slicer } from './slicer';
import { isCellEditMode, officeErrorInfo } from './officeErrors';
import { MARKER_MADE, madeSheetNames, markersOf, queueMadeProbe, queueMarkMade, queueMarkSheet, writingComment, type NameLike } from './madeSheets';
import { SyncLedger } from './syncLedger';

/** A workbook name as the clean-up loads it. */
type NamedLike = NameLike & { comment: string };

export interface ApplyOptions {
  ledger?: SyncLedger;
  /** Queued in the first batch just before the sheet is added (a replacement parks the old sheet here). */
  prepare?: () => void;
  /** Queued into the last batch after the plan's own writes: bookkeeping, activation. */
  finalize?: (sheet: Excel.Worksheet) => void;
  /** How many actions finalize queues, for the size estimate of the last batch. */
  finalizeActions?: number;
  /**
   * Workbook names that finalize creates or this run holds (the source note, the workbook lock): a clean-up deletes them with the sheet, or a
   * failure after they landed would leave a visible #REF! name behind.
   */
  cleanupNames?: readonly string[];
  /**
   * The hidden name that marks the sheet as the add-in's (madeSheets.ts): added straight after the sheet in the first
   * request, set to "made" as the last action of the last. A clean-up finds the half-written sheet by it; and a last
   * request that failed after Excel applied all of it (the answer was lost) is known complete by it — then the
   * sheet must be kept, above all when finalize deleted a replaced bulletin, which a clean-up could not bring back.
   */
  marker?: string;
  /**
   * Queued after the marker says "made", as the very last action (a replaced bulletin's deletion: until then a failure
   * can still restore it). With it, `lastDone` queues a look at whether it took effect, read after the next sync.
   */
  afterMade?: () => void;
  lastDone?: () => () => boolean;
  /** Ids of the sheets that existed before: a sheet with one of these ids is never deleted by the clean-up. */
  existingSheetIds?: ReadonlySet<string>;
  /** False to write without print setup (the retry after Excel refused it). Default: where ExcelApi 1.9 is present. */
  printSetup?: boolean;
  onBatch?: (done: number, total: number) => void;
  /** Request budget per sync; tests lower it to exercise splitting without 100,000 rows. */
  budgetBytes?: number;
  /** Hands the thread back while the batches are measured (the pane's generate passes its own). */
  slicer?: Slicer;
}

export interface ApplyResult {
  sheetName: string;
  /** Write syncs used (the clean-up's are not included: there is none on success). */
  batches: number;
  /** The largest estimated request of the write, in bytes. */
  largestBatchBytes: number;
  warnings: Problem[];
}

/** Excel refuses a column wider than 255 characters or a row taller than 409 points ("Excel specifications and limits"). */
export const MAX_COLUMN_CHARS = 255;
export const MAX_ROW_POINTS = 409;

/**
 * Excel column width in characters of the default font → points, which Office.js takes: a character is 7 px
 * of Calibri/等线 11 at 96 dpi plus 5 px of cell padding, and a pixel is 0.75 pt. At most Excel's 255 characters.
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((Math.min(chars, MAX_COLUMN_CHARS) * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Row heights as runs of consecutive rows of one height: a plan gives every body row its height, and one action
 * per row would make a 100,000-window bulletin a 20 MB request. The body is one run, broken only by tall rows.
 * A height over Excel's 409 points (a window name of hundreds of characters wraps that tall) is written as 409:
 * Excel refuses more, and the whole write with it; the text is all there, the row shows what 409 points hold.
 */
export function rowHeightRuns(heights: SheetPlan['rowHeights']): { row: number; rows: number; height: number }[] {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  const runs: { row: number; rows: number; height: number }[] = [];
  for (const { row, height: planned } of sorted) {
    const height = Math.min(planned, MAX_ROW_POINTS);
    const last = runs[runs.length - 1];
    if (last && last.height === height && last.row + last.rows === row) last.rows++;
    else if (!last || last.row + last.rows <= row) runs.push({ row, rows: 1, height });
  }
  return runs;
}

function queueChunk(sheet: Excel.Worksheet, chunk: ValueChunk): void {
  for (const f of chunk.numberFormats) {
    const { row, col, rows, cols } = f.range;
    // One 2D array per block: the documented shape for numberFormat, measured in the chunk's size.
    const line: string[] = new Array(cols).fill(f.format);
    const grid: string[][] = new Array(rows);
    for (let r = 0; r < rows; r++) grid[r] = line;
    sheet.getRangeByIndexes(row, col, rows, cols).numberFormat = grid;
  }
  const width = chunk.values[0]?.length ?? 0;
  if (width > 0) sheet.getRangeByIndexes(chunk.firstRow, 0, chunk.values.length, width).values = chunk.values;
}

function queueTail(sheet: Excel.Worksheet, plan: SheetPlan, withPrint: boolean): void {
  for (const m of plan.merges) sheet.getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(false);
  for (const block of plan.formats) {
    const { row, col, rows, cols } = block.range;
    queueFormatBlock(sheet.getRangeByIndexes(row, col, rows, cols), block);
  }
  plan.columnWidths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  for (const run of rowHeightRuns(plan.rowHeights)) sheet.getRangeByIndexes(run.row, 0, run.rows, 1).format.rowHeight = run.height;
  if (withPrint) queuePrintSetup(sheet, plan.print, plan.columnWidths.length || (plan.values[0]?.length ?? 1));
}

function tailActions(plan: SheetPlan, withPrint: boolean, finalizeActions: number): number {
  let n = 2 * plan.merges.length + plan.formats.reduce((s, b) => s + formatBlockActions(b), 0);
  n += 3 * plan.columnWidths.length + 3 * rowHeightRuns(plan.rowHeights).length + finalizeActions + 5; // + add sheet, load id, marker (add, hide, made)
  if (withPrint) n += printSetupActions(plan.print);
  return n;
}

/**
 * Deletes the sheet a failed write left behind, found by the workbook's own account, never by what the error seems
 * to say: the sheet this write's marker points at (the marker is added in the same request as the sheet, straight
 * after it); failing that — the request broke between adding the sheet and marking it — the sheet the first
 * request reported, or a sheet of the target's name whose id was not in the workbook before this write and that no
 * other marker claims. A sheet of that name that is someone else's is left alone ('not-ours'). Returns what happened.
 */
export async function removeHalfWritten(
  context: Excel.RequestContext,
  ledger: SyncLedger,
  target: { id: string | null; name: string; marker: { name: string; comment: string } | null },
  existingSheetIds: ReadonlySet<string> = new Set(),
  names: readonly string[] = [],
  probeComplete?: () => boolean,
): Promise<'deleted' | 'absent' | 'not-ours' | 'complete'> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/id,items/name');
  const workbookNames = context.workbook.names;
  workbookNames.load('items/name,items/type,items/value,items/comment');
  await ledger.sync();
  if (probeComplete?.()) return 'complete';
  const lower = (x: string) => x.toLowerCase();
  const allNames = workbookNames.items;
  const allSheets = sheets.items;
  // Ours: the marker of this name carrying this write's comment — or already "made" (the last request failed after
  // that, e.g. at deleting a replaced sheet) on a sheet that was not there before. Another writer may have used the
  // name meanwhile; its marker is on a sheet of its own.
  const newSheet = (n: NamedLike) => {
    const ws = allSheets.find((x) => lower(x.name) === lower(markersOf([n])[0]?.sheet ?? ''));
    return ws !== undefined && !existingSheetIds.has(ws.id);
  };
  const isOurs = (n: NamedLike) =>
    target.marker !== null && n.name === target.marker.name && (n.comment === target.marker.comment || (n.comment === MARKER_MADE && newSheet(n)));
  const markers = markersOf(allNames);
  const ourName = allNames.find(isOurs);
  const ours = ourName ? markers.find((m) => m.marker === ourName.name) : undefined;
  const claimed = madeSheetNames(markers.filter((m) => m !== ours));
  const found = allSheets.find((ws) =>
    ours
      ? ours.sheet !== null && lower(ws.name) === lower(ours.sheet)
      : ws.id === target.id || (lower(ws.name) === lower(target.name) && !existingSheetIds.has(ws.id) && !claimed.has(lower(ws.name))),
  );
  // The other names are new ones of this write (unique by construction under the workbook lock): any that exist are ours.
  const present = allNames.filter((n) => isOurs(n) || names.includes(n.name));
  for (const item of present) item.delete();
  if (found) found.delete();
  if (found || present.length > 0) await ledger.sync();
  if (found) return 'deleted';
  return allSheets.some((ws) => lower(ws.name) === lower(target.name)) ? 'not-ours' : 'absent';
}

/** An error from a failed write, with what the clean-up did, for the caller to report. */
export class PlanWriteError extends Error {
  constructor(
    readonly original: unknown,
    readonly cleanup: 'deleted' | 'absent' | 'not-ours' | 'failed',
    readonly cleanupError: unknown,
  ) {
    super(officeErrorInfo(original).message);
    this.name = 'PlanWriteError';
  }
}

export async function applyPlan(context: Excel.RequestContext, plan: SheetPlan, sheetName: string, options: ApplyOptions = {}): Promise<ApplyResult> {
  const ledger = options.ledger ?? new SyncLedger(context);
  const canPrint = printSetupSupported();
  const withPrint = (options.printSetup ?? true) && canPrint;
  const warnings: Problem[] = [];
  if ((options.printSetup ?? true) && !canPrint) warnings.push(printSetupMissingWarning(sheetName));
  const cut = withPrint ? pageBreaksCutWarning(plan.print, sheetName) : null;
  if (cut) warnings.push(cut);

  const tailBytes = tailActions(plan, withPrint, options.finalizeActions ?? 0) * FORMAT_ACTION_BYTES;
  const slicer = options.slicer ?? new Slicer();
  await slicer.yield();
  const batches = await slicer.run(writeBatchSteps(plan, tailBytes, options.budgetBytes));

  options.prepare?.();
  const sheet = context.workbook.worksheets.add(sheetName);
  sheet.load('id');
  const marker = options.marker ? { name: options.marker, comment: writingComment() } : null;
  if (marker) queueMarkSheet(context, sheet, marker.name, marker.comment);
  let sheetId: string | null = null;
  let done = 0;
  try {
    for (let i = 0; i < batches.length; i++) {
      const { chunk } = batches[i];
      if (chunk) queueChunk(sheet, chunk);
      if (i === batches.length - 1) {
        queueTail(sheet, plan, withPrint);
        options.finalize?.(sheet);
        if (options.marker) queueMarkMade(context, options.marker);
        options.afterMade?.();
      }
      options.onBatch?.(i, batches.length);
      ledger.noteRequestBytes(batches[i].bytes);
      await ledger.sync();
      if (i === 0) sheetId = sheet.id;
      done = i + 1;
    }
  } catch (error) {
    let cleanup: PlanWriteError['cleanup'] | null;
    let cleanupError: unknown = null;
    try {
      if (isCellEditMode(error) && done === 0) {
        // Excel refuses a request in cell-edit mode as a whole, before any of it runs, and would refuse the clean-up
        // too while the cell is still being edited: nothing of this write reached the workbook.
        cleanup = 'absent';
      } else {
        // Only a failure in the last batch can have come after finalize's last action.
        const made = done === batches.length - 1 && options.marker ? queueMadeProbe(context, options.marker) : undefined;
        const last = made && options.lastDone ? options.lastDone() : () => true;
        const probe = made ? () => made() && last() : undefined;
        const target = { id: sheetId, name: sheetName, marker };
        const outcome = await removeHalfWritten(context, ledger, target, options.existingSheetIds, options.cleanupNames, probe);
        cleanup = outcome === 'complete' ? null : outcome;
      }
    } catch (e) {
      cleanup = 'failed';
      cleanupError = e;
    }
    if (cleanup !== null) throw new PlanWriteError(error, cleanup, cleanupError);
  }
  options.onBatch?.(batches.length, batches.length);
  return {
    sheetName,
    batches: batches.length,
    largestBatchBytes: batches.reduce((m, b) => Math.max(m, b.bytes), 0),
    warnings,
  };
}
