/**
 * The sources the task pane offers: visible worksheets and Excel tables, each with the header the engine detects,
 * so the clerk sees what will be read. Only the top of each source is read (HEADER_WINDOW rows × columns): the
 * header sits in the first rows, and a workbook with a 100,000-row data sheet must still open the picker quickly.
 * Three syncs whatever the number of sheets: names, then extents, then the top windows of all of them at once.
 */
import type { CellRange, SheetGrid } from '../core/cell';
import { rankSheet } from '../core/engine';
import type { HeaderMatch } from '../core/model';
import type { SourceInfo } from '../core/hostContract';
import { toCellRows } from './cellValues';
import { isMadeScoreSheet, isMadeSheet, queueMadeSheets } from './madeSheets';
import { parseRangeAddress } from './rangeAddress';

export const HEADER_WINDOW_ROWS = 40;
export const HEADER_WINDOW_COLS = 30;

interface Probe {
  info: Omit<SourceInfo, 'header'>;
  top: Excel.Range | null;
  origin: CellRange | null;
}

function headerOf(probe: Probe): HeaderMatch | null {
  if (!probe.top || !probe.origin) return null;
  const grid: SheetGrid = {
    name: probe.info.sheet,
    originRow: probe.origin.row,
    originCol: probe.origin.col,
    values: toCellRows(probe.top.values, probe.top.valueTypes as string[][]),
    merges: [],
    tables: probe.info.kind === 'table' ? [{ name: probe.info.name, range: probe.origin }] : [],
  };
  // The engine's own header detection, on the top window: what generate will find, not a second opinion.
  const header = rankSheet(grid).table?.header ?? null;
  return header && probe.info.kind === 'table' ? { ...header, tableName: probe.info.name } : header;
}

export async function listSources(context: Excel.RequestContext): Promise<SourceInfo[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  const markers = queueMadeSheets(context);
  await context.sync();

  // The add-in's own bulletins are outputs, not sources: offering them would invite ranking a ranking. The score
  // sheets the tally made are what the clerk wants ranked next: offered first (Array sort is stable).
  const made = markers();
  const visible = sheets.items
    .filter((s) => s.visibility === 'Visible' && !isMadeSheet(made, s.name))
    .sort((a, b) => Number(isMadeScoreSheet(made, b.name)) - Number(isMadeScoreSheet(made, a.name)));
  const extents = visible.map((s) => {
    const used = s.getUsedRangeOrNullObject(true);
    used.load('address');
    return used;
  });
  const tableRanges = tables.items.map((t) => {
    const r = t.getRange();
    r.load('address');
    return r;
  });
  await context.sync();

  const probes: Probe[] = [];
  visible.forEach((s, i) => {
    const used = extents[i];
    const origin = used.isNullObject ? null : parseRangeAddress(used.address);
    probes.push({ info: { kind: 'sheet', name: s.name, sheet: s.name }, top: null, origin });
  });
  tables.items.forEach((t, i) => {
    probes.push({ info: { kind: 'table', name: t.name, sheet: t.worksheet.name }, top: null, origin: parseRangeAddress(tableRanges[i].address) });
  });
  for (const p of probes) {
    if (!p.origin) continue;
    const rows = Math.min(HEADER_WINDOW_ROWS, p.origin.rows);
    const cols = Math.min(HEADER_WINDOW_COLS, p.origin.cols);
    const sheet = context.workbook.worksheets.getItem(p.info.sheet);
    p.top = sheet.getRangeByIndexes(p.origin.row, p.origin.col, rows, cols);
    p.top.load('values,valueTypes');
  }
  await context.sync();
  return probes.map((p) => ({ ...p.info, header: headerOf(p) }));
}
