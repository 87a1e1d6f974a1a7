/**
 * Reading the ledger's input sheets (「考核细则」, 「考核台账」, 「窗口名单」) within Excel on the web's 5 MB answer and
 * the pane's sync budget. A year's ledger is big: 36,000 lines of 9 columns come to about 2.1 MB of values and
 * 2.9 MB of valueTypes, 5 MB together — right at the limit, and over it with longer 依据 or 备注.
 *
 * So the sheets are read with their values only, in one sync. valueTypes would only tell an error value (#N/A) from
 * text that reads the same: every other type shows in the value itself (numbers, booleans, '' for an empty cell).
 * Only text starting with '#' can be either; when there is any, the valueTypes of just those columns are asked for in
 * one more sync. A ledger whose values alone are too much (over about 85,000 lines) is read sheet by sheet, the way
 * 生成排名 reads a large source (readGrid.ts: row slices sized by measurement), in as many syncs as that takes.
 */
import type { CellValue, SheetGrid } from '../core/cell';
import { toCellValue } from './cellValues';
import { parseRangeAddress } from './rangeAddress';
import { readSourceWith, resolveMerges, type Alongside, type QueuedSource } from './readGrid';
import { MERGED_AREAS_API, excelApiSupported } from './requirements';
import type { SyncLedger } from './syncLedger';

/** Queues one sheet's used range, values only, and its merged areas (as readGrid's queueSource, without valueTypes). */
function queueValues(context: Excel.RequestContext, name: string): QueuedSource {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load('name');
  const area = sheet.getUsedRangeOrNullObject(true);
  area.load('address,values');
  let merges: Excel.RangeAreas | null = null;
  if (excelApiSupported(MERGED_AREAS_API)) {
    merges = sheet.getRange().getMergedAreasOrNullObject();
    merges.load('address');
  }
  return { sheet, area, merges, table: null };
}

/** The type a value shows by itself, or null for text starting with '#' (an error value, or text that reads like one). */
function typeOf(value: unknown): string | null {
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  if (value === '' || value === null || value === undefined) return 'Empty';
  return String(value).startsWith('#') ? null : 'String';
}

interface ValuesRead {
  q: QueuedSource;
  rows: CellValue[][];
  /** Grid columns holding text that may be an error value, with the rows (grid-relative) where it does. */
  unsure: Map<number, number[]>;
}

function convert(q: QueuedSource): ValuesRead {
  const values = q.area.isNullObject ? [] : (q.area.values as unknown[][]);
  const unsure = new Map<number, number[]>();
  const rows = values.map((row, r) =>
    row.map((v, c) => {
      const type = typeOf(v);
      if (type !== null) return toCellValue(v, type);
      const list = unsure.get(c) ?? [];
      list.push(r);
      unsure.set(c, list);
      return String(v);
    }),
  );
  return { q, rows, unsure };
}

/** Settles the '#…' cells by the valueTypes of their columns, all in one sync. */
async function settleUnsure(ledger: SyncLedger, reads: ValuesRead[]): Promise<void> {
  const asked: { read: ValuesRead; col: number; range: Excel.Range }[] = [];
  for (const read of reads) {
    const whole = parseRangeAddress(read.q.area.address);
    if (!whole) continue;
    for (const col of read.unsure.keys()) {
      const range = read.q.sheet.getRangeByIndexes(whole.row, whole.col + col, whole.rows, 1);
      range.load('valueTypes');
      asked.push({ read, col, range });
    }
  }
  if (asked.length === 0) return;
  await ledger.sync();
  for (const { read, col, range } of asked) {
    const types = range.valueTypes as string[][];
    for (const r of read.unsure.get(col) ?? []) read.rows[r][col] = toCellValue(read.rows[r][col], types[r][0]);
  }
}

/**
 * The named sheets as grids, with whatever `alongside` queues (the write's inventory) loaded in the first sync: one
 * sync (two when some text starts with '#'); sheet by sheet, in slices, when the values alone are over Excel's
 * limits — `alongside` is then queued again, since a failed sync loads nothing. A sheet missing by now fails with
 * Excel's ItemNotFound, for the caller to word.
 */
export async function readLedgerSheets<T>(
  context: Excel.RequestContext,
  ledger: SyncLedger,
  names: readonly string[],
  alongside?: Alongside<T>,
): Promise<{ grids: Map<string, SheetGrid>; extra: T | undefined }> {
  const queued = names.map((name) => queueValues(context, name));
  const extra = alongside ? alongside(context) : null;
  if (queued.length === 0 && !extra) return { grids: new Map(), extra: undefined };
  const together = await ledger.syncUnlessTooLarge();
  // Over the 5,000,000-cell limit some Excel builds answer null instead of failing (readGrid.ts, valuesWithheld).
  if (together && queued.every((q) => q.area.isNullObject || q.area.values != null)) {
    const extraValue = extra ? extra() : undefined;
    const merges = await resolveMerges(ledger, queued);
    const reads = queued.map(convert);
    await settleUnsure(ledger, reads);
    const grids = reads.map((read, i): SheetGrid => {
      const origin = read.q.area.isNullObject ? { row: 0, col: 0 } : (parseRangeAddress(read.q.area.address) ?? { row: 0, col: 0 });
      return { name: read.q.sheet.name, originRow: origin.row, originCol: origin.col, values: read.rows, merges: merges[i], tables: [] };
    });
    return { grids: new Map(grids.map((g) => [g.name, g])), extra: extraValue };
  }
  const grids = new Map<string, SheetGrid>();
  let extraValue: T | undefined;
  for (const [i, name] of names.entries()) {
    const r = await readSourceWith(context, { sheet: name }, ledger, i === 0 ? alongside : undefined);
    if (i === 0) extraValue = r.extra;
    if (!r.read.grid) throw Object.assign(new Error(r.read.problems.map((p) => p.message).join(' ')), { code: 'ItemNotFound' });
    grids.set(r.read.grid.name, r.read.grid);
  }
  return { grids, extra: extraValue };
}
