/**
 * 生成排名 in the open workbook: read the source (sync 1), rank and plan in the core, write the bulletin into a
 * new sheet (sync 2, and 3 only for very large tables), activate it. Errors in the data stop the run before
 * anything is written; a failed write leaves no half-written sheet; the source sheet is never written to; a sheet
 * the add-in made is never ranked. The ribbon button and the task pane both come through here, one run at a time
 * per workbook (generateLock.ts).
 */
import { attachmentPlanSteps } from '../core/attachmentPlan';
import { periodSheetName, uniqueSheetName } from '../core/sheetNames';
import type { GenerateResult, ProgressListener } from '../core/hostContract';
import type { BulletinSettings } from '../core/settings';
import { hasErrors, problem, type Problem } from '../core/problems';
import { applyPlan, PlanWriteError } from './applyPlan';
import { queueInventory, type WorkbookInventory } from './inventory';
import { isMadeSheet, madeFrom, queueForgetMarkers, queueMarkSource, sourceNameOf } from './madeSheets';
import { describeOfficeError, isCellEditMode, officeErrorInfo } from './officeErrors';
import {
  busyProblem,
  mayTakeOver,
  newTicket,
  queueLockProbe,
  queueReleaseLock,
  queueTakeLock,
  readLock,
  releaseLock,
  type LockHolder,
  type LockTicket,
} from './generateLock';
import { readSourceWith, sourceSpecOf, type SourceRead } from './readGrid';
import { rankToBulletinSteps } from './rankToBulletin';
import { Slicer } from './slicer';
import { queueSettingsRead, type LoadedSettings } from './settingsStore';
import { SyncLedger } from './syncLedger';
import { madeSheetProblem, mayBePrintSetupFailure, printSetupRefused, readFailure, writeFailure } from './generateProblems';

export interface GenerateOptions {
  /** An add-in-made sheet to replace: the new bulletin takes its name; the old one goes once the new one is complete. */
  replaceSheet?: string | null;
  /** "Today", for the default period (the previous month); tests pin it. */
  today?: Date;
  /** Request budget per sync; tests lower it to exercise splitting. */
  budgetBytes?: number;
  /** The clock of the workbook lock (milliseconds); tests move it to make a lock stale. */
  now?: () => number;
}

export interface ExcelGenerateResult extends GenerateResult {
  /** An add-in-made sheet that already holds this period's name: the pane may offer to replace it. */
  replaceable: string | null;
  /** The largest request of the write, as estimated before sending (0 when nothing was written). */
  largestRequestBytes: number;
  /** The sheet that was ranked, when ok (the ribbon records its month in 「考核历史」). */
  sourceSheet?: string;
}

/** Sheet a replacement parks the old bulletin under until the new one is complete. */
const PARKING_NAME = '考核通报替换中';

let inFlight: Promise<ExcelGenerateResult> | null = null;

/** True while a generate runs in this runtime; a second call meanwhile gets the running one's result. */
export function isGenerating(): boolean {
  return inFlight !== null;
}

/**
 * One run at a time: in this runtime a second call shares the running one's result (two clicks, one sheet); across
 * runtimes (pane and ribbon) the workbook lock keeps them apart (generateLock.ts).
 */
function guarded(run: () => Promise<ExcelGenerateResult>): Promise<ExcelGenerateResult> {
  if (inFlight) return inFlight;
  const running = run().finally(() => {
    inFlight = null;
  });
  inFlight = running;
  return running;
}

// Moved to readGrid.ts so the preview can use it without pulling the generate path into the pane's first load.
export { sourceSpecOf };

/** Generates with the given settings (the task pane's path). */
export function generate(
  context: Excel.RequestContext,
  settings: BulletinSettings,
  onProgress?: ProgressListener,
  options: GenerateOptions = {},
): Promise<ExcelGenerateResult> {
  return guarded(() => run(context, settings, onProgress, options));
}

/**
 * Generates with the settings saved in the workbook (the ribbon's path). They are read in the same sync as the
 * active sheet, the default source; only when the settings name another source — or the active sheet is one the
 * add-in made — is that read in a second sync.
 */
export function generateWithSavedSettings(
  context: Excel.RequestContext,
  onProgress?: ProgressListener,
  options: GenerateOptions = {},
): Promise<ExcelGenerateResult> {
  return guarded(() => run(context, null, onProgress, options));
}

interface SourceChoice {
  read: SourceRead;
  settings: BulletinSettings;
  inventory: WorkbookInventory;
  earlier: Problem[];
}

/** The first request's extras: the inventory, the saved settings (ribbon), who holds the lock now. */
interface FirstExtra {
  inventory: WorkbookInventory;
  saved: LoadedSettings | null;
  lockHolder: string | null;
}

async function run(context: Excel.RequestContext, explicit: BulletinSettings | null, onProgress: ProgressListener | undefined, options: GenerateOptions): Promise<ExcelGenerateResult> {
  const ledger = new SyncLedger(context);
  const now = options.now ?? Date.now;
  onProgress?.(0, 3, 'read');
  let ticket = newTicket(now());
  const failedFirst = async (error: unknown, lockTaken: boolean): Promise<ExcelGenerateResult> => {
    // Excel refuses a request in cell-edit mode before any of it runs, and a lock refused was never taken.
    const release = lockTaken && !isCellEditMode(error) ? await releaseLock(context, ledger, ticket, false) : [];
    return stopped([readFailure(error), ...release], ledger);
  };
  let first: { read: SourceRead; extra: FirstExtra | undefined };
  try {
    first = await readFirst(context, ledger, explicit, ticket, false);
  } catch (error) {
    // The first request adds nothing but the lock: ItemAlreadyExists means someone holds it.
    if (officeErrorInfo(error).code !== 'ItemAlreadyExists') return failedFirst(error, true);
    let holder: LockHolder | null;
    try {
      holder = await readLock(context, ledger);
    } catch (e) {
      return failedFirst(e, false);
    }
    // Within this runtime runs never overlap (guarded), so a lock this runtime left is free to take back.
    if (holder && !mayTakeOver(holder, now(), true)) return stopped([busyProblem(holder)], ledger);
    // Gone by now, or a dead run's: once more, taking a stale lock over.
    ticket = newTicket(now());
    try {
      first = await readFirst(context, ledger, explicit, ticket, holder !== null);
    } catch (e) {
      if (officeErrorInfo(e).code === 'ItemAlreadyExists') return stopped([busyProblem(holder)], ledger);
      return failedFirst(e, true);
    }
  }
  const held = first.extra?.lockHolder === ticket.token;
  const lock: HeldLock = {
    held,
    // Without the first request's extras (the source was not found) it is not known whether the lock was taken.
    release: (sure) => (held || !first.extra ? releaseLock(context, ledger, ticket, sure && held) : Promise.resolve([])),
    giveBack: async (problems, replaceable = null) => {
      const release = await lock.release(true);
      return { ...stopped([...problems, ...release], ledger), replaceable };
    },
  };
  let choice: SourceChoice | Problem[];
  try {
    choice = await chooseSource(context, ledger, explicit, first);
  } catch (error) {
    return lock.giveBack([readFailure(error)]);
  }
  if (Array.isArray(choice)) return lock.giveBack(choice);
  return writeBulletin(context, ledger, choice, lock, onProgress, options);
}

/** The first request: the lock (first, so a refusal stops everything), the source, the inventory, the saved settings. */
async function readFirst(context: Excel.RequestContext, ledger: SyncLedger, explicit: BulletinSettings | null, ticket: LockTicket, takeOver: boolean) {
  queueTakeLock(context, ticket, takeOver);
  return readSourceWith<FirstExtra>(context, explicit ? sourceSpecOf(explicit) : {}, ledger, (ctx) => {
    const inventory = queueInventory(ctx);
    const saved = explicit ? null : queueSettingsRead(ctx);
    const lock = queueLockProbe(ctx);
    return () => ({ inventory: inventory(), saved: saved ? saved() : null, lockHolder: lock() });
  });
}

/**
 * The sheet to rank. Never one the add-in made: when the source is "the active sheet" and that is a ranking (the
 * ribbon pressed again on the result it just activated, or a click queued behind the first), the sheet that ranking
 * was made from is read instead — a second sync, only then. Also read again when the saved settings name another
 * source than the active sheet.
 */
async function chooseSource(
  context: Excel.RequestContext,
  ledger: SyncLedger,
  explicit: BulletinSettings | null,
  first: { read: SourceRead; extra: FirstExtra | undefined },
): Promise<SourceChoice | Problem[]> {
  let { read } = first;
  const extra = first.extra;
  if (!extra) return read.problems;
  const settings = explicit ?? (extra.saved as LoadedSettings).settings;
  const earlier = explicit ? [] : (extra.saved as LoadedSettings).problems;
  const { markers } = extra.inventory;
  let spec = sourceSpecOf(settings);
  const readName = read.grid?.name ?? '';
  if (!spec.table && !spec.sheet && read.grid && isMadeSheet(markers, readName)) {
    const origin = madeFrom(markers, readName);
    if (!origin) return [...earlier, madeSheetProblem(readName)];
    spec = { sheet: origin };
  }
  if (!explicit || spec.sheet !== sourceSpecOf(settings).sheet) {
    if (spec.table || (spec.sheet && !sameName(spec.sheet, readName))) ({ read } = await readSourceWith(context, spec, ledger));
  }
  if (read.grid && !spec.table && isMadeSheet(markers, read.grid.name)) return [...earlier, ...read.problems, madeSheetProblem(read.grid.name)];
  return { read, settings, inventory: extra.inventory, earlier };
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

interface HeldLock {
  /** True when this run holds the workbook lock (then the last write request gives it back). */
  held: boolean;
  /** Gives the lock back in a sync of its own; `sure`: this run certainly still holds it. */
  release(sure: boolean): Promise<Problem[]>;
  /** Stops the run with these problems, giving the lock back first. */
  giveBack(problems: Problem[], replaceable?: string | null): Promise<ExcelGenerateResult>;
}

async function writeBulletin(
  context: Excel.RequestContext,
  ledger: SyncLedger,
  { read, settings, inventory, earlier }: SourceChoice,
  lock: HeldLock,
  onProgress: ProgressListener | undefined,
  options: GenerateOptions,
): Promise<ExcelGenerateResult> {
  const grid = read.grid;
  if (!grid || hasErrors(read.problems)) return lock.giveBack([...earlier, ...read.problems]);
  onProgress?.(1, 3, 'rank');
  // From here to the write, the pane's thread is handed back every ~6 ms (Slicer), so its progress repaints (100,000 windows).
  const slicer = new Slicer();
  const { outcome, bulletin, period } = await slicer.run(rankToBulletinSteps(grid, settings, options.today ?? new Date()));
  const problems = [...earlier, ...read.problems, ...outcome.problems];
  if (!bulletin) return lock.giveBack(problems);

  const base = periodSheetName(period);
  const choice = chooseTarget(inventory, base, grid.name, options.replaceSheet);
  if (choice.problem) return lock.giveBack([...problems, choice.problem]);
  const { target, old } = choice;
  const baseHolder = inventory.sheets.find((s) => sameName(s.name, base));
  const replaceable = !old && baseHolder && isMadeSheet(inventory.markers, baseHolder.name) ? baseHolder.name : null;
  await slicer.yield();
  let plan = await slicer.run(attachmentPlanSteps(bulletin, target));
  if (settings.changeColumn && outcome.table && outcome.ranking) {
    // The 较上月 column (off by default): 「考核历史」 read in one more sync. Loaded on demand, with the history.
    const ranked = { period, table: outcome.table, ranking: outcome.ranking };
    try {
      const { changeColumnLabels } = await import(/* webpackChunkName: "history" */ './history');
      const { withChangeColumn } = await import(/* webpackChunkName: "history" */ '../core/history/changeColumn');
      plan = withChangeColumn(plan, await changeColumnLabels(context, inventory.sheets.map((s) => s.name), ledger, ranked));
    } catch (error) {
      return lock.giveBack([...problems, readFailure(error)]);
    }
  }

  // Markers of deleted sheets (#REF!) go in the same batch as the new marker. The replaced sheet's marker is kept:
  // a failure after it went would leave the restored old bulletin unrecognised; deleted with its sheet, it turns
  // #REF! and the next generate forgets it.
  const forget = inventory.markers.filter((m) => m.sheet === null);
  const marker = inventory.nextMarker;
  const existingIds = new Set(inventory.sheets.map((s) => s.id));
  const oldSheet = old ? context.workbook.worksheets.getItem(old.id) : null;
  const parking = old ? uniqueSheetName(PARKING_NAME, inventory.sheets.map((s) => s.name)) : null;

  const attempt = (printSetup: boolean) =>
    applyPlan(context, plan, target, {
      ledger,
      existingSheetIds: existingIds,
      marker,
      cleanupNames: [sourceNameOf(marker)],
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
        // Where this ranking came from: the ribbon pressed on it ranks that sheet again, never the ranking.
        queueMarkSource(context, marker, grid.name);
        if (lock.held) queueReleaseLock(context);
      },
      // Last of all: until here the old bulletin is intact under its parking name, and a failure restores it.
      afterMade: () => oldSheet?.delete(),
      lastDone: () => {
        if (!old) return () => true;
        const gone = context.workbook.worksheets.getItemOrNullObject(old.id);
        gone.load('id');
        // eslint-disable-next-line office-addins/call-sync-before-read -- a probe: read by applyPlan only after its clean-up sync
        return () => gone.isNullObject;
      },
      finalizeActions: 5 + 2 * forget.length,
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
      if (!(error instanceof PlanWriteError) || !mayBePrintSetupFailure(error.original) || error.cleanup === 'failed' || error.cleanup === 'not-ours') throw error;
      const restoreProblem = await restoreOld();
      if (restoreProblem) throw error;
      ({ warnings } = await attempt(false));
      warnings = [...warnings, printSetupRefused(error.original, target, '纸张、打印标题行和页码')];
    }
  } catch (error) {
    const restoreProblem = await restoreOld();
    const failure =
      error instanceof PlanWriteError
        ? writeFailure(target, error)
        : problem('WRITE_FAILED', 'error', `生成「${target}」时出错（${describeOfficeError(error)}），数据来源未改动。`, target);
    if (restoreProblem) failure.message += restoreProblem + '。';
    // Not `sure`: the failed request may have got as far as giving the lock back.
    const release = await lock.release(false);
    return { ...stopped([...problems, failure, ...release], ledger), replaceable };
  }
  onProgress?.(1, 1, 'done');
  return {
    ok: true,
    sheetName: target,
    problems: [...problems, ...warnings],
    syncs: ledger.count,
    replaceable,
    largestRequestBytes: ledger.largestRequestBytes,
    sourceSheet: grid.name,
  };
}
