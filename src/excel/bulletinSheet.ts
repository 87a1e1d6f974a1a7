/**
 * 生成通报 in the open workbook: read the input sheets and the score sheet (two syncs), compose the bulletin in the
 * core, and write it into a new sheet named after the issue (「2023年第38期周报」, versioned when the name is taken)
 * through the same plan writer as the ranking: values in size-measured batches, text never a formula, formats on
 * blocks, A4 print setup with the attachment's page break. The sheet is marked as the add-in's own, so it is never
 * offered as a source nor read as an input. A failed write leaves no half-written sheet; nothing else is touched.
 * Loaded on demand (the pane's initial download does not carry the bulletin code).
 */
import { composeBulletin } from '../core/bulletin/compose';
import { bulletinSheetName, planBulletinSheet } from '../core/bulletin/sheetPlan';
import type { BulletinSheetResult } from '../core/hostContract';
import { hasErrors, problem, type Problem } from '../core/problems';
import type { BulletinSettings } from '../core/settings';
import { uniqueSheetName } from '../core/sheetNames';
import { applyPlan, PlanWriteError } from './applyPlan';
import { mayBePrintSetupFailure, printSetupRefused, readFailure, writeFailure } from './generateProblems';
import { describeOfficeError } from './officeErrors';
import { queueHistorySettingsRead } from './historySettingsStore';
import { readInputWorkbook, type InputWorkbookRead } from './readInputWorkbook';
import { SyncLedger } from './syncLedger';

export interface BulletinSheetOptions {
  /** Request budget per sync; tests lower it to exercise splitting. */
  budgetBytes?: number;
}

export interface ExcelBulletinSheetResult extends BulletinSheetResult {
  syncs: number;
}

export async function generateBulletinSheet(
  context: Excel.RequestContext,
  settings: BulletinSettings,
  options: BulletinSheetOptions = {},
): Promise<ExcelBulletinSheetResult> {
  const ledger = new SyncLedger(context);
  const stopped = (problems: Problem[]): ExcelBulletinSheetResult => ({ ok: false, sheetName: null, document: null, problems, syncs: ledger.count });
  let read: InputWorkbookRead;
  // The history fields ({流动红旗}, {末位提醒}) by the thresholds saved in the workbook: queued with the inventory, no sync of its own.
  const savedHistorySettings = queueHistorySettingsRead(context);
  let history: ReturnType<typeof savedHistorySettings>;
  try {
    read = await readInputWorkbook(context, ledger);
    history = savedHistorySettings();
  } catch (error) {
    return stopped([readFailure(error)]);
  }
  const composed = composeBulletin(read.workbook, { rankStyle: settings.rankStyle, tieDisplay: settings.tieDisplay, defaultBase: settings.defaultBase }, history.settings);
  const doc = composed.document;
  if (!doc || hasErrors(composed.problems)) return stopped(composed.problems);

  const { inventory } = read;
  const target = uniqueSheetName(
    bulletinSheetName(doc),
    inventory.sheets.map((s) => s.name),
  );
  const plan = planBulletinSheet(doc, target);
  const attempt = (printSetup: boolean) =>
    applyPlan(context, plan, target, {
      ledger,
      existingSheetIds: new Set(inventory.sheets.map((s) => s.id)),
      printSetup,
      budgetBytes: options.budgetBytes,
      // Not activated here: the pane's 转到该工作表 does it, and until then the clerk stays where they were.
      marker: inventory.nextMarker,
    });

  let warnings: Problem[];
  try {
    try {
      ({ warnings } = await attempt(true));
    } catch (error) {
      // As for the ranking: a print setup Excel refuses is worth a warning, not the loss of the bulletin — but only
      // when the failed attempt left nothing behind to collide with the second one.
      const clean = error instanceof PlanWriteError && (error.cleanup === 'deleted' || error.cleanup === 'absent');
      if (!clean || !mayBePrintSetupFailure(error.original)) throw error;
      ({ warnings } = await attempt(false));
      warnings = [...warnings, printSetupRefused(error.original, target, ' A4 纸张、分页和页码')];
    }
  } catch (error) {
    const failure =
      error instanceof PlanWriteError
        ? writeFailure(target, error)
        : problem('WRITE_FAILED', 'error', `生成「${target}」时出错（${describeOfficeError(error)}），输入表未改动。`, target);
    return stopped([...composed.problems, failure]);
  }
  return { ok: true, sheetName: target, document: doc, problems: [...composed.problems, ...warnings], syncs: ledger.count };
}
