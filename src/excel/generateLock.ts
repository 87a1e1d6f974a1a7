/**
 * One generate at a time in a workbook, whichever runtime starts it. The task pane and the ribbon's command page
 * are separate JavaScript runtimes (manifest.xml declares no shared runtime, see docs/excel-addin.md), so a flag in
 * memory cannot keep them apart; the workbook can. The lock is a hidden workbook name: adding a name that already
 * exists fails inside Excel (ItemAlreadyExists), so looking and taking are one action with no window between them.
 *
 * It costs no round trip of its own: it is taken by the first action of the generate's first request (when it is
 * refused, nothing after it runs) and given back by the last write request. Its comment says when and by which run
 * it was taken. A lock older than LOCK_STALE_MS is taken over (a run that died with Excel, or a reload), and so is
 * one this runtime left behind while it is not generating (a clean-up that Excel refused, e.g. in cell-edit mode).
 */
import type { SyncLedger } from './syncLedger';
import { describeOfficeError } from './officeErrors';
import { problem, type Problem } from '../core/problems';

export const LOCK_NAME = 'WindowBulletin_Generating';
/** Longer than any generate takes (100,000 windows: about 2 s on the desktop, 6 round trips on the web). */
export const LOCK_STALE_MS = 120_000;

/** This runtime (one task pane, or one command page): a lock it left is its own to take back. */
const RUNTIME_ID = Math.random().toString(36).slice(2, 10);

export interface LockTicket {
  token: string;
  takenAt: number;
}

export function newTicket(now: number): LockTicket {
  return { token: `${RUNTIME_ID}.${Math.random().toString(36).slice(2, 10)}`, takenAt: now };
}

function lockComment(t: LockTicket): string {
  return `窗口考核通报正在生成排名 ${new Date(t.takenAt).toISOString()} ${t.token}`;
}

export interface LockHolder {
  takenAt: number | null;
  token: string | null;
}

export function parseLockComment(comment: string): LockHolder {
  const m = /(\d{4}-\d\d-\d\dT[\d:.]+Z) (\S+)$/.exec(comment);
  const at = m ? Date.parse(m[1]) : NaN;
  return { takenAt: Number.isNaN(at) ? null : at, token: m ? m[2] : null };
}

/** Queues taking the lock; call it before anything else is queued, so a refusal stops the whole request. */
export function queueTakeLock(context: Excel.RequestContext, ticket: LockTicket, takeOver: boolean): void {
  const names = context.workbook.names;
  if (takeOver) names.getItem(LOCK_NAME).delete();
  // A name needs something to refer to; the active sheet's A1 is always there and is never written.
  const item = names.add(LOCK_NAME, context.workbook.worksheets.getActiveWorksheet().getRange('A1'), lockComment(ticket));
  item.visible = false;
}

/** Queues a look at who holds the lock; read after the sync: the holder's token, or null when there is none. */
export function queueLockProbe(context: Excel.RequestContext): () => string | null {
  const item = context.workbook.names.getItemOrNullObject(LOCK_NAME);
  item.load('comment');
  // eslint-disable-next-line office-addins/call-sync-before-read -- a probe: read by the caller after the sync
  return () => (item.isNullObject ? null : parseLockComment(item.comment).token);
}

export function queueReleaseLock(context: Excel.RequestContext): void {
  context.workbook.names.getItem(LOCK_NAME).delete();
}

/** The lock as it is now (one sync): its holder, or null when it is gone. */
export async function readLock(context: Excel.RequestContext, ledger: SyncLedger): Promise<LockHolder | null> {
  const item = context.workbook.names.getItemOrNullObject(LOCK_NAME);
  item.load('comment');
  await ledger.sync();
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- read after the ledger.sync() above (it wraps context.sync)
  return item.isNullObject ? null : parseLockComment(item.comment);
}

/** Whether a lock someone holds may be taken over: old enough to be a dead run's, or left by this runtime when idle. */
export function mayTakeOver(holder: LockHolder, now: number, idle: boolean): boolean {
  if (holder.takenAt === null || now - holder.takenAt > LOCK_STALE_MS) return true;
  return idle && holder.token !== null && holder.token.startsWith(`${RUNTIME_ID}.`);
}

export function busyProblem(holder: LockHolder | null): Problem {
  const when = holder?.takenAt ? `（${new Date(holder.takenAt).toLocaleTimeString('zh-CN', { hour12: false })} 开始）` : '';
  return problem(
    'WRITE_FAILED',
    'error',
    `另一次“生成排名”正在进行${when}，可能来自任务窗格或功能区按钮。请等它完成后再试；如果并没有在进行，${LOCK_STALE_MS / 60_000} 分钟后可以再次生成。未生成任何内容。`,
  );
}

/** Gives the lock back in a sync of its own (the runs that stop before writing); a failure is reported, not hidden. */
export async function releaseLock(context: Excel.RequestContext, ledger: SyncLedger, ticket: LockTicket, known: boolean): Promise<Problem[]> {
  try {
    if (!known) {
      // The first request failed: the lock may or may not have been taken before it did.
      const holder = await readLock(context, ledger);
      if (holder?.token !== ticket.token) return [];
    }
    queueReleaseLock(context);
    await ledger.sync();
    return [];
  } catch (error) {
    return [problem('WRITE_FAILED', 'warning', `未能解除本次生成在工作簿中的占用标记（${describeOfficeError(error)}），${LOCK_STALE_MS / 60_000} 分钟后自动失效。`)];
  }
}
