/**
 * Recording a month in 「考核历史」 in Excel: what to write is the core's decision (recording.ts); the host rewrites
 * the table. Syncs: the source and the sheet list (1), the history and the roster (1, when there is a history),
 * one write of the whole table (split only when a request would pass the 5 MB limit). The ribbon records with
 * the settings saved in the workbook, read with its source.
 */
import { EXCEL_MAX_ROWS, rangeAddress } from '../core/address';
import { HISTORY_COLUMNS, HISTORY_SHEET, HISTORY_TABLE } from '../core/history/model';
import { decideRecording } from '../core/history/recording';
import type { PlanValue } from '../core/plan';
import { hasErrors, problem, type Problem } from '../core/problems';
import type { BulletinSettings } from '../core/settings';
import { queueInventory } from './inventory';
import { quoteSheetName } from './rangeAddress';
import { readSourceWith } from './readGrid';
import { queueSettingsRead } from './settingsStore';
import { Slicer } from './slicer';
import { SyncLedger } from './syncLedger';
import { queueHistorySettingsRead } from './historySettingsStore';
import { monthBesideHistory, readMonthAndHistory, type MonthRead } from './historyRead';

/** Bytes per request kept under Excel's 5 MB limit (Excel on the web refuses larger payloads). */
const REQUEST_BUDGET = 4_000_000;

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
