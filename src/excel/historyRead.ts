/**
 * Reading for the Excel host's history: 「考核历史」 and 「窗口名单」 in one sync, only when the history sheet exists
 * (a method on a null object would fail the whole batch), and the month the source ranks as.
 */
import type { SheetGrid } from '../core/cell';
import { HISTORY_SHEET, HISTORY_TABLE, type HistoryMonth } from '../core/history/model';
import { monthFromRanking } from '../core/history/recordMonth';
import { aliasesOfRoster, rosterSheetOf, type RosterAliases } from '../core/history/rosterAliases';
import { hasErrors, type Problem } from '../core/problems';
import type { BulletinSettings } from '../core/settings';
import { cellRowSteps } from './cellValues';
import { sourceSpecOf } from './generate';
import { queueInventory, sheetExists, type WorkbookInventory } from './inventory';
import { parseRangeAddress } from './rangeAddress';
import { rankToBulletinSteps } from './rankToBulletin';
import { collectWhole, queueSource, readSourceWith, type SourceRead } from './readGrid';
import { Slicer } from './slicer';
import { SyncLedger } from './syncLedger';

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
export async function readHistoryGrid(context: Excel.RequestContext, names: readonly string[], ledger: SyncLedger, slicer: Slicer): Promise<HistorySheetRead> {
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

export interface MonthRead extends HistorySheetRead {
  month: HistoryMonth | null;
  historyExists: boolean;
  problems: Problem[];
}

/** The source ranked as the month the bulletin is for, and 「考核历史」 (with the roster) beside it. */
export async function readMonthAndHistory(context: Excel.RequestContext, settings: BulletinSettings, ledger: SyncLedger, today: Date): Promise<MonthRead> {
  const slicer = new Slicer();
  const { read, extra } = await readSourceWith(context, sourceSpecOf(settings), ledger, queueInventory, slicer);
  return monthBesideHistory(context, read, extra, settings, { ledger, slicer, today });
}

/** After the first sync (the source and the inventory): 「考核历史」 and the roster when there is a history, and the month ranked. */
export async function monthBesideHistory(
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
