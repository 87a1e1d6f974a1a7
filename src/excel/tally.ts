/**
 * 台账 in the open workbook (the TalliesLedger capability): the month's tally from 「考核台账」, 「考核细则」 and
 * 「窗口名单」, previewed, then written as 「2023年8月考核」 (the score sheet 生成排名 reads) and
 * 「2023年8月考核明细」 (a page per window), both or neither.
 *
 * Syncs: the preview takes two (the inventory, then the three sheets). The write takes three: the inventory and
 * the three sheets in one (it reads them by the names the preview found; a sheet renamed since is reported, not
 * guessed at), then one batch per sheet. The sheets are read with their values only (ledgerRead.ts: a year's
 * ledger fits Excel on the web's 5 MB that way); one sync more when some text starts with '#', and row slices
 * when even the values are too much. Both are marked as the add-in's own (madeSheets.ts), so a failed write is
 * cleaned up by its marker: the detail as an output, never offered as a source nor read as an input; the score sheet
 * as a made score sheet, which stays an input — offered first as a source, ranked by 生成排名 and the ribbon, read by
 * 生成通报 for the attachment.
 */
import type { SheetGrid, Workbook } from '../core/cell';
import type { TallyPreview, TallySources, TallyWriteResult } from '../core/hostContract';
import { normalizeLabel } from '../core/bulletin/labels';
import { planDetailSheet } from '../core/ledger/detailPlan';
import { LEDGER_INPUT_SHEETS, tallyWorkbook } from '../core/ledger/month';
import { tallyPreview } from '../core/ledger/preview';
import { planScoreSheet } from '../core/ledger/scorePlan';
import type { Period } from '../core/model';
import { hasErrors, problem, type Problem } from '../core/problems';
import type { BulletinSettings } from '../core/settings';
import { uniqueSheetName } from '../core/sheetNames';
import { applyPlan, PlanWriteError } from './applyPlan';
import { readFailure, writeFailure } from './generateProblems';
import { queueInventory, type WorkbookInventory } from './inventory';
import { isMadeSheet, scoreMarkerOf } from './madeSheets';
import { describeOfficeError, officeErrorInfo } from './officeErrors';
import { readLedgerSheets } from './ledgerRead';
import { SyncLedger } from './syncLedger';

export interface ExcelTallyPreview extends TallyPreview {
  syncs: number;
}

export interface ExcelTallyWrite extends TallyWriteResult {
  syncs: number;
}

const WANTED = new Set(LEDGER_INPUT_SHEETS.map(normalizeLabel));

/** The sheets that may be ledger inputs: named as one, and not made by the add-in. */
function inputNames(inventory: WorkbookInventory): string[] {
  return inventory.sheets.map((s) => s.name).filter((n) => WANTED.has(normalizeLabel(n)) && !isMadeSheet(inventory.markers, n));
}

/** The workbook the core sees: the input sheets with their values, every other sheet by name only. */
function workbookOf(inventory: WorkbookInventory, read: Map<string, SheetGrid>): Workbook {
  return { sheets: inventory.sheets.map((s) => read.get(s.name) ?? { name: s.name, originRow: 0, originCol: 0, values: [], merges: [], tables: [] }) };
}

export async function previewTally(context: Excel.RequestContext, month: Period | null, settings: BulletinSettings): Promise<ExcelTallyPreview> {
  const ledger = new SyncLedger(context);
  try {
    const queuedInventory = queueInventory(context);
    await ledger.sync();
    const inventory = queuedInventory();
    const { grids: read } = await readLedgerSheets(context, ledger, inputNames(inventory));
    return { ...tallyPreview(tallyWorkbook(workbookOf(inventory, read), month, settings.rankStyle)), syncs: ledger.count };
  } catch (error) {
    return { month: null, months: [], sources: null, rows: [], counted: 0, notCounted: 0, problems: [readFailure(error)], syncs: ledger.count };
  }
}

export async function writeTally(context: Excel.RequestContext, month: Period, sources: TallySources, settings: BulletinSettings): Promise<ExcelTallyWrite> {
  const ledger = new SyncLedger(context);
  const stopped = (problems: Problem[]): ExcelTallyWrite => ({ ok: false, scoreSheet: null, detailSheet: null, problems, syncs: ledger.count });
  let read: Map<string, SheetGrid>;
  let inventory: WorkbookInventory;
  try {
    // The inventory goes with the first sync of the read: the sheets are named by the preview.
    const r = await readLedgerSheets(context, ledger, [sources.rules, sources.ledger, sources.roster], queueInventory);
    read = r.grids;
    inventory = r.extra as WorkbookInventory;
  } catch (error) {
    if (officeErrorInfo(error).code === 'ItemNotFound') {
      const names = [sources.rules, sources.ledger, sources.roster].map((n) => `「${n}」`).join('、');
      return stopped([problem('SHEET_NOT_FOUND', 'error', `${names}中有工作表在预览后被改名或删除了，请重新预览后再写入。`)]);
    }
    return stopped([readFailure(error)]);
  }
  const outcome = tallyWorkbook(workbookOf(inventory, read), month, settings.rankStyle);
  const tally = outcome.tally;
  if (!tally || hasErrors(outcome.problems)) return stopped(outcome.problems);

  const taken = inventory.sheets.map((s) => s.name);
  const scorePlan = planScoreSheet(tally, settings.hallName);
  const scoreName = uniqueSheetName(scorePlan.sheetName, taken);
  const detailPlan = planDetailSheet(tally);
  const detailName = uniqueSheetName(detailPlan.sheetName, [...taken, scoreName]);
  const existingSheetIds = new Set(inventory.sheets.map((s) => s.id));
  const marker = inventory.nextMarker;
  const scoreMarker = scoreMarkerOf(marker);
  let warnings: Problem[] = [];
  let target = scoreName;
  try {
    warnings = (await applyPlan(context, scorePlan, scoreName, { ledger, existingSheetIds, marker: scoreMarker })).warnings;
    target = detailName;
    const detail = await applyPlan(context, detailPlan, detailName, {
      ledger,
      existingSheetIds,
      // applyPlan adds the marker with the sheet and sets it to "made" last (madeSheets.ts), so a clean-up finds it.
      marker,
    });
    warnings = [...warnings, ...detail.warnings];
  } catch (error) {
    // Both or neither: a failed detail sheet takes the score sheet written just before it away again.
    const leftover = target === detailName ? await removeSheet(context, scoreName, scoreMarker) : null;
    const failure =
      error instanceof PlanWriteError
        ? writeFailure(target, error)
        : problem('WRITE_FAILED', 'error', `写入「${target}」时出错（${describeOfficeError(error)}），台账未改动。`, target);
    return stopped([...outcome.problems, failure, ...(leftover ? [leftover] : [])]);
  }
  return { ok: true, scoreSheet: scoreName, detailSheet: detailName, problems: [...outcome.problems, ...warnings], syncs: ledger.count };
}

/** Deletes the score sheet of a failed write and its marker; says so when that fails too, so the clerk can delete it by hand. */
async function removeSheet(context: Excel.RequestContext, name: string, marker: string): Promise<Problem | null> {
  try {
    context.workbook.worksheets.getItem(name).delete();
    context.workbook.names.getItem(marker).delete(); // written with the sheet, so it is there
    await context.sync();
    return null;
  } catch (error) {
    return problem('WRITE_FAILED', 'error', `明细表没能写入，已写入的「${name}」也没能删除（${describeOfficeError(error)}），请手动删除它。`, name);
  }
}
