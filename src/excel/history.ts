/**
 * The Excel host's history: 「考核历史」 read beside the source, the month recorded (its rows replaced, never
 * duplicated) by rewriting the table, and the roll-up sheets written with native charts through the chart API.
 *
 * Syncs: preview 2 (source and sheet list; the history's values, only when the sheet exists — a method on a
 * null object would fail the batch); recording 3 (those two, then one write of the whole table, split only when
 * a request would pass the 5 MB limit); a roll-up 3–4 (history, the sheet's batches, the charts).
 */
import { EXCEL_MAX_ROWS, rangeAddress } from '../core/address';
import type { SheetGrid } from '../core/cell';
import type { ChartSpec } from '../core/history/chartSpec';
import { HISTORY_COLUMNS, HISTORY_SHEET, HISTORY_TABLE, type HistoryMonth } from '../core/history/model';
import { monthFromRanking } from '../core/history/recordMonth';
import { decideRecording, rollupOfSheet } from '../core/history/recording';
import { planRollupSheet } from '../core/history/rollupPlan';
import { aliasesOfRoster, rosterSheetOf, type RosterAliases } from '../core/history/rosterAliases';
import type { PlanValue } from '../core/plan';
import type { Period, Ranking, ScoreTable } from '../core/model';
import { changeLabels } from '../core/history/changeColumn';
import { historyPreview, type HistoryPreview } from '../core/history/view';
import type { HistorySettings } from '../core/history/settings';
import { decodeHistorySettings, encodeHistorySettings, HISTORY_SETTINGS_KEY } from '../core/history/settings';
import { hasErrors, problem, type Problem } from '../core/problems';
import type { BulletinSettings } from '../core/settings';
import { uniqueSheetName } from '../core/sheetNames';
import { applyPlan } from './applyPlan';
import { cellRowSteps } from './cellValues';
import { sourceSpecOf } from './generate';
import { queueInventory, sheetExists, type WorkbookInventory } from './inventory';
import { quoteSheetName, parseRangeAddress } from './rangeAddress';
import { rankToBulletinSteps } from './rankToBulletin';
import { collectWhole, queueSource, readSourceWith, type SourceRead } from './readGrid';
import { queueSettingsRead } from './settingsStore';
import { excelApiSupported } from './requirements';
import { Slicer } from './slicer';
import { SyncLedger } from './syncLedger';

/** Chart series by range and axis crossing (ChartSeries.setValues 1.7, ChartAxis.position 1.8). */
export const CHART_API = '1.8';
/** Bytes per request kept under Excel's 5 MB limit (Excel on the web refuses larger payloads). */
const REQUEST_BUDGET = 4_000_000;

/** Queues the read of the saved history settings; the reader runs after the caller's sync. */
export function queueHistorySettingsRead(context: Excel.RequestContext): () => { settings: HistorySettings; problems: Problem[] } {
  const item = context.workbook.settings.getItemOrNullObject(HISTORY_SETTINGS_KEY);
  item.load('value');
  return () => {
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the returned reader runs only after the caller's sync; the fake Excel in test/excel enforces it
    const { settings, warnings } = decodeHistorySettings(item.isNullObject ? null : item.value);
    return { settings, problems: warnings.map((w) => problem('INPUT', 'warning', w)) };
  };
}

export async function loadHistorySettings(context: Excel.RequestContext): Promise<{ settings: HistorySettings; problems: Problem[] }> {
  const collect = queueHistorySettingsRead(context);
  await context.sync();
  return collect();
}

export async function saveHistorySettings(context: Excel.RequestContext, settings: HistorySettings): Promise<void> {
  const text = encodeHistorySettings(settings); // throws on invalid settings before anything is queued
  context.workbook.settings.add(HISTORY_SETTINGS_KEY, text);
  await context.sync();
}

interface HistorySheetRead {
  grid: SheetGrid | undefined;
  /** Our table is on the sheet (it must go back to a range before the rows are rewritten). */
  hasTable: boolean;
  /** 「窗口名单」's names, read in the same sync: renamed windows join (exact names without a roster). */
  roster: RosterAliases;
}

/** The roster sheet's actual name among the workbook's sheets, if it has one. */
function rosterSheetName(names: readonly string[]): string | null {
  return rosterSheetOf({ sheets: names.map((name) => ({ name, originRow: 0, originCol: 0, values: [], merges: [], tables: [] })) })?.name ?? null;
}

/**
 * The history sheet's values and tables, and the roster beside it: a second sync, only when the history sheet
 * exists (without one there is nothing to join).
 */
async function readHistoryGrid(context: Excel.RequestContext, names: readonly string[], ledger: SyncLedger, slicer: Slicer): Promise<HistorySheetRead> {
  if (!names.includes(HISTORY_SHEET)) return { grid: undefined, hasTable: false, roster: aliasesOfRoster(null) };
  const sheet = context.workbook.worksheets.getItem(HISTORY_SHEET);
  const area = sheet.getUsedRangeOrNullObject(true);
  area.load('address,values,valueTypes');
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- tables is a navigation property: getting it queues nothing to read
  const tables = sheet.tables;
  tables.load('items/name');
  const rosterName = rosterSheetName(names);
  const roster = rosterName ? queueSource(context, { sheet: rosterName }, true) : null;
  await ledger.sync(); // the ledger's sync is context.sync(), counted
  const read = await collectHistory(area, tables, slicer);
  return { ...read, roster: aliasesOfRoster(roster ? collectWhole(roster, []) : null) };
}

/** Reads what readHistoryGrid loaded, after its sync. */
async function collectHistory(area: Excel.Range, tables: Excel.TableCollection, slicer: Slicer): Promise<Omit<HistorySheetRead, 'roster'>> {
  const hasTable = tables.items.some((t) => t.name === HISTORY_TABLE);
  if (area.isNullObject) return { grid: { name: HISTORY_SHEET, originRow: 0, originCol: 0, values: [], merges: [], tables: [] }, hasTable };
  const origin = parseRangeAddress(area.address) ?? { row: 0, col: 0 };
  const values = await slicer.run(cellRowSteps(area.values, area.valueTypes as string[][]));
  return { grid: { name: HISTORY_SHEET, originRow: origin.row, originCol: origin.col, values, merges: [], tables: [] }, hasTable };
}

interface MonthRead extends HistorySheetRead {
  month: HistoryMonth | null;
  historyExists: boolean;
  problems: Problem[];
}

/** The source ranked as the month the bulletin is for, and 「考核历史」 (with the roster) beside it. */
async function readMonthAndHistory(context: Excel.RequestContext, settings: BulletinSettings, ledger: SyncLedger, today: Date): Promise<MonthRead> {
  const slicer = new Slicer();
  const { read, extra } = await readSourceWith(context, sourceSpecOf(settings), ledger, queueInventory, slicer);
  return monthBesideHistory(context, read, extra, settings, { ledger, slicer, today });
}

/** After the first sync (the source and the inventory): 「考核历史」 and the roster when there is a history, and the month ranked. */
async function monthBesideHistory(
  context: Excel.RequestContext,
  read: SourceRead,
  inventory: WorkbookInventory | undefined,
  settings: BulletinSettings,
  run: { ledger: SyncLedger; slicer: Slicer; today: Date },
): Promise<MonthRead> {
  const historyExists = inventory ? sheetExists(inventory, HISTORY_SHEET) : false;
  const names = historyExists && inventory ? inventory.sheets.map((s) => s.name) : [];
  const history = await readHistoryGrid(context, names, run.ledger, run.slicer);
  if (!read.grid) return { ...history, month: null, historyExists, problems: read.problems };
  const ranked = await run.slicer.run(rankToBulletinSteps(read.grid, settings, run.today));
  const { table, ranking } = ranked.outcome;
  const month = table && ranking && !hasErrors(ranked.outcome.problems) ? monthFromRanking(ranked.period, table, ranking) : null;
  return { ...history, month, historyExists, problems: [...read.problems, ...ranked.outcome.problems] };
}

/**
 * 生成排名's 较上月 column (settings.changeColumn): each window's change against 「考核历史」 with this month in
 * place, windows joined by the roster. One sync, for the history and the roster, only when the workbook has a
 * history (without one every window is 新进驻).
 */
export async function changeColumnLabels(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  ledger: SyncLedger,
  ranked: { period: Period; table: ScoreTable; ranking: Ranking },
): Promise<string[]> {
  const read = await readHistoryGrid(context, sheetNames, ledger, new Slicer());
  return changeLabels({ sheets: read.grid ? [read.grid] : [] }, ranked.period, ranked.table, ranked.ranking, read.roster.aliases);
}

export async function previewHistory(context: Excel.RequestContext, settings: BulletinSettings, history: HistorySettings, today = new Date()): Promise<HistoryPreview> {
  const read = await readMonthAndHistory(context, settings, new SyncLedger(context), today);
  const view = historyPreview(read.grid, read.month, history, read.roster.aliases);
  return { ...view, problems: [...read.problems.filter((p) => p.severity === 'error'), ...read.roster.problems, ...view.problems] };
}

export interface RecordResult {
  /** What was done to 「考核历史」. */
  recorded: 'added' | 'replaced' | 'unchanged' | 'not-recorded';
  month: string | null;
  problems: Problem[];
  syncs: number;
}

/** Values rows in runs whose JSON stays under the request budget. */
function chunks(values: unknown[][]): { from: number; rows: unknown[][] }[] {
  const out: { from: number; rows: unknown[][] }[] = [];
  let from = 0;
  let bytes = 0;
  for (let r = 0; r < values.length; r++) {
    const size = JSON.stringify(values[r]).length + 1;
    if (bytes + size > REQUEST_BUDGET && r > from) {
      out.push({ from, rows: values.slice(from, r) });
      from = r;
      bytes = 0;
    }
    bytes += size;
  }
  out.push({ from, rows: values.slice(from) });
  return out;
}

/**
 * Rewrites 「考核历史」 with the month in place: the old table turned back into a range and cleared, the rows
 * written from A1 (月份 as text), and the table made again over them. Nothing is written when the sheet has
 * errors (a clerk's hand edit must be fixed, not overwritten) or when the month is already held as it is.
 */
export async function recordMonth(context: Excel.RequestContext, settings: BulletinSettings, today = new Date()): Promise<RecordResult> {
  const ledger = new SyncLedger(context);
  return recordRead(context, await readMonthAndHistory(context, settings, ledger, today), ledger);
}

/**
 * The ribbon's recording after its generate: the sheet it ranked, with the settings saved in the workbook, read
 * with them in one sync; nothing more when the saved history settings say not to record (1 sync), else the
 * pane's recording (3 syncs at most: read, history and roster, write).
 */
export function recordWithSavedSettings(context: Excel.RequestContext, sourceSheet: string, today = new Date()): Promise<RecordResult> {
  // One after another in this runtime: two quick clicks share one generate and both come here; run side by side,
  // both would find no 「考核历史」 and both add it. In turn, the second finds the month held and writes nothing.
  const run = recordingQueue.then(() => recordSaved(context, sourceSheet, today));
  recordingQueue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

let recordingQueue: Promise<void> = Promise.resolve();

async function recordSaved(context: Excel.RequestContext, sourceSheet: string, today: Date): Promise<RecordResult> {
  const ledger = new SyncLedger(context);
  const slicer = new Slicer();
  const { read, extra } = await readSourceWith(
    context,
    { sheet: sourceSheet },
    ledger,
    (ctx) => {
      const inventory = queueInventory(ctx);
      const saved = queueSettingsRead(ctx);
      const history = queueHistorySettingsRead(ctx);
      return () => ({ inventory: inventory(), saved: saved(), history: history() });
    },
    slicer,
  );
  if (!extra) return { recorded: 'not-recorded', month: null, problems: read.problems, syncs: ledger.count };
  if (!extra.history.settings.recordOnGenerate) return { recorded: 'not-recorded', month: null, problems: extra.history.problems, syncs: ledger.count };
  const settings = { ...extra.saved.settings, sourceSheet, sourceTable: null };
  const month = await monthBesideHistory(context, read, extra.inventory, settings, { ledger, slicer, today });
  const result = await recordRead(context, month, ledger);
  // The source's own warnings and the saved settings' were the generate's to report, which it did.
  const said = new Set(month.problems);
  const problems = [...extra.history.problems, ...result.problems.filter((p) => !said.has(p) || p.severity === 'error')];
  if (result.recorded === 'not-recorded' && hasErrors(problems)) {
    problems.push(problem('INPUT', 'error', `本月没有记入「${HISTORY_SHEET}」：请先改正上面的问题（「${HISTORY_SHEET}」没有改动）。`, HISTORY_SHEET));
  }
  return { ...result, problems };
}

/** Records what was read: the decision is the core's (recording.ts); the write is one rewrite of the table. */
async function recordRead(context: Excel.RequestContext, read: MonthRead, ledger: SyncLedger): Promise<RecordResult> {
  const decision = decideRecording(read.grid, read.month, read.roster.aliases);
  const problems = [...read.problems, ...read.roster.problems, ...decision.problems];
  const result = (recorded: RecordResult['recorded']): RecordResult => ({ recorded, month: decision.month, problems, syncs: ledger.count });
  if (!('values' in decision)) return result(decision.kind);
  if (hasErrors(read.problems)) return result('not-recorded');
  await writeHistoryTable(context, read, decision.values, ledger);
  return result(decision.kind);
}

/**
 * Rewrites 「考核历史」 with `values` (header first): the old table turned back into a range and cleared, the rows
 * written from A1 (月份 as text), and the table made again over them, in one sync unless a request would pass
 * the size limit.
 */
async function writeHistoryTable(context: Excel.RequestContext, read: { historyExists: boolean; hasTable: boolean }, values: PlanValue[][], ledger: SyncLedger): Promise<void> {
  const sheet = read.historyExists ? context.workbook.worksheets.getItem(HISTORY_SHEET) : context.workbook.worksheets.add(HISTORY_SHEET);
  if (read.historyExists) {
    // Our table goes back to a plain range, and the old rows are cleared (a shorter history leaves no tail). Only
    // the table's columns: the sheet is the product's, but a clerk's note beside it stays.
    if (read.hasTable) sheet.tables.getItem(HISTORY_TABLE).convertToRange();
    sheet.getRange(rangeAddress(0, 0, EXCEL_MAX_ROWS, HISTORY_COLUMNS.length)).clear('Contents');
  }
  const cols = HISTORY_COLUMNS.length;
  sheet.getRange(rangeAddress(0, 0, values.length, 1)).numberFormat = values.map(() => ['@']);
  const parts = chunks(values);
  for (const [i, part] of parts.entries()) {
    sheet.getRange(rangeAddress(part.from, 0, part.rows.length, cols)).values = part.rows as (string | number | boolean)[][];
    if (i === parts.length - 1) {
      const table = sheet.tables.add(`${quoteSheetName(HISTORY_SHEET)}!${rangeAddress(0, 0, Math.max(2, values.length), cols)}`, true);
      table.name = HISTORY_TABLE;
      table.style = 'TableStyleLight9';
      sheet.getRange(rangeAddress(0, 0, 1, cols)).format.autofitColumns();
    }
    await ledger.sync();
  }
}

export interface RollupWriteResult {
  ok: boolean;
  sheetName: string | null;
  charts: number;
  problems: Problem[];
}

function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const range = (r: { row: number; col: number; rows: number; cols: number }) => sheet.getRange(rangeAddress(r.row, r.col, r.rows, r.cols));
  const type = spec.kind === 'line' ? 'LineMarkers' : 'BarClustered';
  const [first, ...rest] = spec.series;
  const chart = sheet.charts.add(type, range(first.values), spec.kind === 'line' ? 'Rows' : 'Columns');
  chart.title.text = spec.title;
  const series = [chart.series.getItemAt(0), ...rest.map((s) => chart.series.add(s.name))];
  spec.series.forEach((s, k) => {
    series[k].name = s.name;
    if (k > 0) series[k].setValues(range(s.values));
    series[k].setXAxisValues(range(spec.categories));
  });
  const value = chart.axes.valueAxis;
  const category = chart.axes.categoryAxis;
  if (spec.reverseValues) {
    value.reversePlotOrder = true;
    value.position = 'Maximum'; // the months stay along the bottom
  }
  if (spec.reverseCategories) {
    category.reversePlotOrder = true;
    category.position = 'Maximum';
  }
  if (spec.min !== undefined) value.minimum = spec.min;
  if (spec.max !== undefined) value.maximum = spec.max;
  if (spec.valueTitle) value.title.text = spec.valueTitle;
  chart.legend.visible = spec.series.length > 1;
  chart.setPosition(range({ ...spec.anchor, rows: 1, cols: 1 }), range({ row: spec.anchor.row + spec.anchor.rows, col: spec.anchor.col + spec.anchor.cols, rows: 1, cols: 1 }));
}

/** 「2023年度考核汇总」 (or a quarter) as a new sheet with its two charts; a sheet of that name is never overwritten. */
export async function writeRollup(context: Excel.RequestContext, span: { year: number; quarter?: number }, history: HistorySettings): Promise<RollupWriteResult> {
  const ledger = new SyncLedger(context);
  const inventory = queueInventory(context);
  await ledger.sync();
  const names = inventory().sheets.map((s) => s.name);
  const read = await readHistoryGrid(context, names, ledger, new Slicer());
  const { rollup: r, problems: found } = rollupOfSheet(read.grid, span, history, read.roster.aliases);
  if (!r) return { ok: false, sheetName: null, charts: 0, problems: [...read.roster.problems, ...found] };
  const { plan, charts } = planRollupSheet(r);
  const sheetName = uniqueSheetName(plan.sheetName, names);
  const written = await applyPlan(context, { ...plan, sheetName }, sheetName, { ledger });
  const problems = [...read.roster.problems, ...found, ...written.warnings];
  if (charts.length > 0 && !excelApiSupported(CHART_API)) {
    problems.push(problem('INPUT', 'warning', `这个版本的 Excel 不支持用加载项画图表（需要 ExcelApi ${CHART_API}），「${sheetName}」只有表格，没有图表。`, sheetName));
    return { ok: true, sheetName, charts: 0, problems };
  }
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // The chart's references must name the sheet as written.
  for (const spec of charts) queueChart(sheet, spec);
  await ledger.sync();
  return { ok: true, sheetName, charts: charts.length, problems };
}

