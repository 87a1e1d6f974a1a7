/**
 * Splits a plan's values into the writes of successive syncs, by measured size, so that no request goes over
 * Excel on the web's limit however many windows there are. Pure: the Office.js writer only queues what this says.
 *
 * Number formats must land before the values they govern (a "@" cell keeps "=SUM(A1)" as text), so each chunk
 * carries the number formats of its own rows: the plan's numberFormat blocks clipped to the chunk, then "@" on
 * the column runs of string cells.
 */
import type { CellRange } from '../core/cell';
import type { FormatBlock, PlanValue, SheetPlan } from '../core/plan';
import { endsStep, runSteps, type Steps } from '../core/steps';
import { ACTION_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES, jsonBytes } from './payload';

export const TEXT_FORMAT = '@';

export interface FormatRun {
  /** Sheet coordinates (the plan writes from A1). */
  range: CellRange;
  format: string;
}

/** Rows written by one `range.values = …`, with the number formats that must land before them. */
export interface ValueChunk {
  /** 0-based plan row of values[0]. */
  firstRow: number;
  values: PlanValue[][];
  /** In order: plan numberFormat blocks clipped to these rows, then "@" on column runs of string cells. */
  numberFormats: FormatRun[];
  /** Estimated request bytes: values JSON, the format arrays, one envelope per action. */
  bytes: number;
}

export interface WriteBatch {
  /** At most one chunk: a batch is one sync. Null only when the plan has no rows. */
  chunk: ValueChunk | null;
  /** Estimated bytes of the chunk plus, in the last batch, the tail (merges, formats, layout, bookkeeping). */
  bytes: number;
}

const ENVELOPE = 2 + ACTION_OVERHEAD_BYTES;

/** A string cell that Excel must not parse: anything non-empty (numbers, dates, formulas all parse from strings). */
function needsTextFormat(v: PlanValue | undefined): boolean {
  return typeof v === 'string' && v.length > 0;
}

/**
 * True when the plan's own number-format blocks already make the cell text ("@", the last covering block winning):
 * such a string cell needs no run of its own (a sheet laid out with one "@" block would otherwise send it twice).
 */
function textByBlock(blocks: readonly FormatRun[], r: number, c: number): boolean {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const { range, format } = blocks[i];
    if (r >= range.row && r < range.row + range.rows && c >= range.col && c < range.col + range.cols) return format === TEXT_FORMAT;
  }
  return false;
}

/** A string cell that still needs a "@" run: not already text by a plan block. */
function needsRun(blocks: readonly FormatRun[], v: PlanValue | undefined, r: number, c: number): boolean {
  return needsTextFormat(v) && !textByBlock(blocks, r, c);
}

/** Maximal vertical runs of string cells in plan rows [first, first + count), yielding every ROWS_PER_STEP cells. */
function* textRunSteps(values: PlanValue[][], blocks: readonly FormatRun[], first: number, count: number): Steps<CellRange[]> {
  const runs: CellRange[] = [];
  let cols = 0;
  for (let r = first; r < first + count; r++) cols = Math.max(cols, values[r].length);
  for (let c = 0; c < cols; c++) {
    let start = -1;
    for (let r = first; r <= first + count; r++) {
      const isText = r < first + count && needsRun(blocks, values[r][c], r, c);
      if (isText && start < 0) start = r;
      if (!isText && start >= 0) {
        runs.push({ row: start, col: c, rows: r - start, cols: 1 });
        start = -1;
      }
      if (endsStep(r - first)) yield;
    }
  }
  return runs;
}

/**
 * The plan's number-format blocks worth writing. A new sheet is already "General" everywhere, so a "General"
 * block is skipped unless an earlier block gave some of its cells another format (then it must override it).
 */
export function effectiveNumberFormats(formats: FormatBlock[]): FormatRun[] {
  const out: FormatRun[] = [];
  for (const b of formats) {
    if (b.numberFormat === undefined) continue;
    const overridesEarlier = out.some((o) => overlaps(o.range, b.range));
    if (b.numberFormat === 'General' && !overridesEarlier) continue;
    out.push({ range: b.range, format: b.numberFormat });
  }
  return out;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function clipRows(range: CellRange, first: number, count: number): CellRange | null {
  const top = Math.max(range.row, first);
  const bottom = Math.min(range.row + range.rows, first + count);
  return bottom > top ? { row: top, col: range.col, rows: bottom - top, cols: range.cols } : null;
}

/** JSON bytes of one row of a format array: `["@","@"],`. */
function formatRowBytes(format: string, cols: number): number {
  return cols * (jsonBytes(format) + 1) + 2;
}

function* makeChunk(values: PlanValue[][], blocks: FormatRun[], first: number, count: number, valueBytes: number): Steps<ValueChunk> {
  const numberFormats: FormatRun[] = [];
  for (const b of blocks) {
    const clipped = clipRows(b.range, first, count);
    if (clipped) numberFormats.push({ range: clipped, format: b.format });
  }
  for (const range of yield* textRunSteps(values, blocks, first, count)) numberFormats.push({ range, format: TEXT_FORMAT });
  let bytes = valueBytes + ENVELOPE;
  for (const f of numberFormats) bytes += f.range.rows * formatRowBytes(f.format, f.range.cols) + ENVELOPE;
  return { firstRow: first, values: values.slice(first, first + count), numberFormats, bytes };
}

/**
 * One batch per sync. Every batch keeps room for the tail, so whichever batch ends up last can carry it. Rows are
 * added while the estimate stays within the budget; the estimate counts exactly what makeChunk will count (the
 * plan's blocks are charged an envelope in every chunk, an upper bound). A row heavier than the budget goes alone.
 */
export function planWriteBatches(plan: SheetPlan, tailBytes: number, budget: number = REQUEST_BUDGET_BYTES): WriteBatch[] {
  return runSteps(writeBatchSteps(plan, tailBytes, budget));
}

/** planWriteBatches, yielding every ROWS_PER_STEP rows: measuring 100,000 rows' JSON takes the pane's thread for too long in one go. */
export function* writeBatchSteps(plan: SheetPlan, tailBytes: number, budget: number = REQUEST_BUDGET_BYTES): Steps<WriteBatch[]> {
  const values = plan.values;
  if (values.length === 0) return [{ chunk: null, bytes: tailBytes }];
  const blocks = effectiveNumberFormats(plan.formats);
  const room = Math.max(1, budget - tailBytes);
  const batches: WriteBatch[] = [];
  const blockEnvelopes = blocks.length * ENVELOPE;
  let first = 0;
  let valueBytes = 0;
  let formatBytes = 0;
  let runs = 0;
  let previous: PlanValue[] | null = null;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const rowBytes = jsonBytes(row) + 1;
    let rowFormat = 0;
    for (const b of blocks) if (r >= b.range.row && r < b.range.row + b.range.rows) rowFormat += formatRowBytes(b.format, b.range.cols);
    let newRuns = 0;
    let openRuns = 0;
    row.forEach((v, c) => {
      if (!needsRun(blocks, v, r, c)) return;
      rowFormat += formatRowBytes(TEXT_FORMAT, 1);
      openRuns++;
      if (previous === null || !needsRun(blocks, previous[c], r - 1, c)) newRuns++;
    });
    const projected = valueBytes + rowBytes + ENVELOPE + formatBytes + rowFormat + blockEnvelopes + (runs + newRuns) * ENVELOPE;
    if (r > first && projected > room) {
      const chunk = yield* makeChunk(values, blocks, first, r - first, valueBytes);
      batches.push({ chunk, bytes: chunk.bytes });
      first = r;
      valueBytes = 0;
      formatBytes = 0;
      runs = 0;
      // In a fresh chunk every text cell of this row opens a run.
      newRuns = openRuns;
    }
    valueBytes += rowBytes;
    formatBytes += rowFormat;
    runs += newRuns;
    previous = row;
    if (endsStep(r)) yield;
  }
  const last = yield* makeChunk(values, blocks, first, values.length - first, valueBytes);
  batches.push({ chunk: last, bytes: last.bytes + tailBytes });
  return batches;
}
