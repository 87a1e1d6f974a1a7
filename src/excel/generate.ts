/**
 * 生成排名 in the open workbook: read the source (sync 1), rank and plan in the core, write the bulletin into a
 * new sheet (sync 2, and 3 only for very large tables), activate it. Errors in the data stop the run before
 * anything is written; a failed write leaves no half-written sheet; the source sheet is never written to.
 * The ribbon button and the task pane both come through here.
 */
import { attachmentPlanSteps } from '../core/attachmentPlan';
import { periodSheetName, uniqueSheetName } from '../core/sheetNames';
import type { GenerateResult, ProgressListener } from '../core/hostContract';
import type { BulletinSettings } from '../core/settings';
import { hasErrors, problem, type Problem } from '../core/problems';
import { applyPlan, PlanWriteError } from './applyPlan';
import { queueInventory, type WorkbookInventory } from './inventory';
import { isMadeSheet, nextMarkerName, queueForgetMarkers, queueMarkSheet } from './madeSheets';
import { describeOfficeError, officeErrorInfo } from './officeErrors';
import { readSourceWith, type SourceRead, type SourceSpec } from './readGrid';
import { rankToBulletinSteps } from './rankToBulletin';
import { Slicer } from './slicer';
import { queueSettingsRead, type LoadedSettings } from './settingsStore';
import { SyncLedger } from './syncLedger';

export interface GenerateOptions {
  /** An add-in-made sheet to replace: the new bulletin takes its name; the old one goes once the new one is complete. */
  replaceSheet?: string | null;
  /** "Today", for the default period (the previous month); tests pin it. */
  today?: Date;
  /** Request budget per sync; tests lower it to exercise splitting. */
  budgetBytes?: number;
}

export interface ExcelGenerateResult extends GenerateResult {
  /** An add-in-made sheet that already holds this period's name: the pane may offer to replace it. */
  replaceable: string | null;
  /** The largest request of the write, as estimated before sending (0 when nothing was written). */
  largestRequestBytes: number;
}

/** Sheet a replacement parks the old bulletin under until the new one is complete. */
const PARKING_NAME = '考核通报替换中';

let inFlight: Promise<ExcelGenerateResult> | null = null;

/** True while a generate runs; a second call meanwhile gets the running one's result instead of starting another. */
export function isGenerating(): boolean {
  return inFlight !== null;
}

function guarded(run: () => Promise<ExcelGenerateResult>): Promise<ExcelGenerateResult> {
  if (inFlight) return inFlight;
  const running = run().finally(() => {
    inFlight = null;
  });
  inFlight = running;
  return running;
}

export function sourceSpecOf(settings: BulletinSettings): SourceSpec {
  return { sheet: settings.sourceSheet, table: settings.sourceTable };
}

/** Generates with the given settings (the task pane's path). */
export function generate(
  context: Excel.RequestContext,
  settings: BulletinSettings,
  onProgress?: ProgressListener,
  options: GenerateOptions = {},
): Promise<ExcelGenerateResult> {
  return guarded(async () => {
    const ledger = new SyncLedger(context);
    onProgress?.(0, 3, 'read');
    let read: SourceRead;
    let inventory: WorkbookInventory | undefined;
    try {
      ({ read, extra: inventory } = await readSourceWith(context, sourceSpecOf(settings), ledger, queueInventory));
    } catch (error) {
      return stopped([readFailure(error)], ledger);
    }
    return writeBulletin(context, ledger, settings, read, inventory, [], onProgress, options);
  });
}

/**
 * Generates with the settings saved in the workbook (the ribbon's path). They are read in the same sync as the
 * active sheet, the default source; only when the settings name another source is that read in a second sync.
 */
export function generateWithSavedSettings(
  context: Excel.RequestContext,
  onProgress?: ProgressListener,
  options: GenerateOptions = {},
): Promise<ExcelGenerateResult> {
  return guarded(async () => {
    const ledger = new SyncLedger(context);
    onProgress?.(0, 3, 'read');
    let read: SourceRead;
    let extra: { saved: LoadedSettings; inventory: WorkbookInventory } | undefined;
    try {
      ({ read, extra } = await readSourceWith(context, {}, ledger, (ctx) => {
        const saved = queueSettingsRead(ctx);
        const inventory = queueInventory(ctx);
        return () => ({ saved: saved(), inventory: inventory() });
      }));
      if (!extra) return stopped(read.problems, ledger);
      const spec = sourceSpecOf(extra.saved.settings);
      const activeName = read.grid?.name.toLowerCase();
      if (spec.table || (spec.sheet && spec.sheet.toLowerCase() !== activeName)) {
        ({ read } = await readSourceWith(context, spec, ledger));
      }
    } catch (error) {
      return stopped([readFailure(error)], ledger);
    }
    return writeBulletin(context, ledger, extra.saved.settings, read, extra.inventory, extra.saved.problems, onProgress, options);
  });
}

export function readFailure(error: unknown): Problem {
  return problem('UNREADABLE_FILE', 'error', `读取工作簿时出错（${describeOfficeError(error)}），未生成任何内容。`);
}

function stopped(problems: Problem[], ledger: SyncLedger): ExcelGenerateResult {
  return { ok: false, sheetName: null, problems, syncs: ledger.count, replaceable: null, largestRequestBytes: 0 };
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The target sheet and, when replacing, the sheet to park and delete; or the problem that forbids it. */
function chooseTarget(inventory: WorkbookInventory, base: string, sourceName: string, replaceSheet: string | null | undefined) {
  const names = inventory.sheets.map((s) => s.name);
  if (!replaceSheet) return { target: uniqueSheetName(base, names), old: null, problem: null };
  const old = inventory.sheets.find((s) => sameName(s.name, replaceSheet));
  if (!old) return { target: '', old: null, problem: problem('SHEET_NOT_FOUND', 'error', `要替换的工作表「${replaceSheet}」已不存在，未生成任何内容。`) };
  if (!isMadeSheet(inventory.markers, old.name)) {
    return { target: '', old: null, problem: problem('INPUT', 'error', `「${old.name}」不是本加载项生成的工作表，不能替换，未生成任何内容。`, old.name) };
  }
  if (sameName(old.name, sourceName)) {
    return { target: '', old: null, problem: problem('INPUT', 'error', `「${old.name}」是本次的数据来源，不能替换，未生成任何内容。`, old.name) };
  }
  return { target: old.name, old, problem: null };
}

export function isPrintSetupFailure(error: unknown): boolean {
  return /pagelayout|pagebreak/i.test(officeErrorInfo(error).location ?? '');
}

export function writeFailure(target: string, error: PlanWriteError): Problem {
  const cause = describeOfficeError(error.original);
  const tail: Record<PlanWriteError['cleanup'], string> = {
    deleted: '已删除写了一半的工作表',
    absent: '工作簿中没有留下半成品',
    'not-ours': `同名工作表「${target}」不是本次生成的，未作改动`,
    failed: `清理写了一半的工作表也失败了（${describeOfficeError(error.cleanupError)}），请手动删除「${target}」`,
  };
  return problem('WRITE_FAILED', 'error', `写入工作表「${target}」时出错（${cause}），${tail[error.cleanup]}。数据来源未改动。`, target);
}

async function writeBulletin(
  context: Excel.RequestContext,
  ledger: SyncLedger,
  settings: BulletinSettings,
  read: SourceRead,
  inventory: WorkbookInventory | undefined,
  earlier: Problem[],
  onProgress: ProgressListener | undefined,
  options: GenerateOptions,
): Promise<ExcelGenerateResult> {
  const grid = read.grid;
  if (!grid || !inventory || hasErrors(read.problems)) return stopped([...earlier, ...read.problems], ledger);
  onProgress?.(1, 3, 'rank');
  // From here to the write, the pane's thread is handed back every ~6 ms (Slicer), so its progress repaints (100,000 windows).
  const slicer = new Slicer();
  const { outcome, bulletin, period } = await slicer.run(rankToBulletinSteps(grid, settings, options.today ?? new Date()));
  const problems = [...earlier, ...read.problems, ...outcome.problems];
  if (!bulletin) return stopped(problems, ledger);

  const base = periodSheetName(period);
  const choice = chooseTarget(inventory, base, grid.name, options.replaceSheet);
  if (choice.problem) return stopped([...problems, choice.problem], ledger);
  const { target, old } = choice;
  const baseHolder = inventory.sheets.find((s) => sameName(s.name, base));
  const replaceable = !old && baseHolder && isMadeSheet(inventory.markers, baseHolder.name) ? baseHolder.name : null;
  await slicer.yield();
  const plan = await slicer.run(attachmentPlanSteps(bulletin, target));

  // Markers of deleted sheets (#REF!) go in the same batch as the new marker. The replaced sheet's marker is kept:
  // a failure after it went would leave the restored old bulletin unrecognised; deleted with its sheet, it turns
  // #REF! and the next generate forgets it.
  const forget = inventory.markers.filter((m) => m.sheet === null).map((m) => m.marker);
  const marker = nextMarkerName(inventory.markers);
  const existingIds = new Set(inventory.sheets.map((s) => s.id));
  const oldSheet = old ? context.workbook.worksheets.getItem(old.id) : null;
  const parking = old ? uniqueSheetName(PARKING_NAME, inventory.sheets.map((s) => s.name)) : null;

  const attempt = (printSetup: boolean) =>
    applyPlan(context, plan, target, {
      ledger,
      existingSheetIds: existingIds,
      cleanupNames: [marker],
      printSetup,
      budgetBytes: options.budgetBytes,
      slicer,
      // The old bulletin steps aside (renamed, not deleted) so the new one can take its name.
      prepare: () => {
        if (oldSheet && parking) oldSheet.name = parking;
      },
      finalize: (sheet) => {
        queueForgetMarkers(context, forget);
        sheet.activate();
        queueMarkSheet(context, sheet, marker);
        // Last: until here the old bulletin is intact under its parking name, and a failure restores it.
        oldSheet?.delete();
      },
      // Finalize's last action: the old bulletin deleted, or (a new sheet) the marker hidden.
      probeComplete: () => {
        if (old) {
          const gone = context.workbook.worksheets.getItemOrNullObject(old.id);
          gone.load('id');
          // eslint-disable-next-line office-addins/call-sync-before-read -- a probe: read by applyPlan only after its clean-up sync
          return () => gone.isNullObject;
        }
        const item = context.workbook.names.getItemOrNullObject(marker);
        item.load('visible');
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- a probe: read by applyPlan only after its clean-up sync
        return () => !item.isNullObject && item.visible === false;
      },
      finalizeActions: 4 + forget.length,
      onBatch: (done, total) => onProgress?.(1 + done, 1 + total, 'write'),
    });

  const restoreOld = async (): Promise<string | null> => {
    if (!oldSheet || !old) return null;
    try {
      oldSheet.name = old.name;
      await ledger.sync();
      return null;
    } catch (e) {
      return `原工作表「${old.name}」现名为「${parking}」，恢复原名失败（${describeOfficeError(e)}）`;
    }
  };

  let warnings: Problem[];
  try {
    try {
      ({ warnings } = await attempt(true));
    } catch (error) {
      // Print setup is the one part whose semantics could not be checked against a real Excel here; if Excel
      // refuses it, the bulletin is still worth having: write it again without, and say so.
      if (!(error instanceof PlanWriteError) || !isPrintSetupFailure(error.original) || error.cleanup === 'failed' || error.cleanup === 'not-ours') throw error;
      const restoreProblem = await restoreOld();
      if (restoreProblem) throw error;
      ({ warnings } = await attempt(false));
      warnings = [
        ...warnings,
        problem('WRITE_FAILED', 'warning', `Excel 未接受打印设置（${describeOfficeError(error.original)}），「${target}」已生成，请在“页面布局”中手动设置纸张和打印标题行。`, target),
      ];
    }
  } catch (error) {
    const restoreProblem = await restoreOld();
    const failure =
      error instanceof PlanWriteError
        ? writeFailure(target, error)
        : problem('WRITE_FAILED', 'error', `生成「${target}」时出错（${describeOfficeError(error)}），数据来源未改动。`, target);
    if (restoreProblem) failure.message += restoreProblem + '。';
    return { ...stopped([...problems, failure], ledger), replaceable };
  }
  onProgress?.(1, 1, 'done');
  return {
    ok: true,
    sheetName: target,
    problems: [...problems, ...warnings],
    syncs: ledger.count,
    replaceable,
    largestRequestBytes: ledger.largestRequestBytes,
  };
}
