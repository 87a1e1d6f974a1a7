/**
 * The messages of a generate (generate.ts, and the bulletin, tally and history writes that share them): a sheet the
 * add-in made offered as a source, a read Excel refused, a write that failed and what its clean-up left, print setup
 * Excel would not take.
 */
import { problem, type Problem } from '../core/problems';
import type { PlanWriteError } from './applyPlan';
import { describeOfficeError, isCellEditMode, isPayloadTooLarge, officeErrorInfo, refusalAdvice } from './officeErrors';

export function madeSheetProblem(sheet: string): Problem {
  return problem(
    'INPUT',
    'error',
    `「${sheet}」是本加载项生成的结果，不能再作为数据来源排名，也不知道它是由哪张考核表生成的。请切换到考核表后再点“生成排名”，或在“考核通报”窗格中选择数据来源。未生成任何内容。`,
    sheet,
  );
}

export function readFailure(error: unknown): Problem {
  const advice = refusalAdvice(error);
  if (advice) return problem('UNREADABLE_FILE', 'error', `${advice}。未生成任何内容。（${officeErrorInfo(error).code}）`);
  return problem('UNREADABLE_FILE', 'error', `读取工作簿时出错（${describeOfficeError(error)}），未生成任何内容。`);
}

/**
 * Whether a failed write may have been Excel refusing the print setup, and so is worth one more try without it.
 * Where Excel says where it failed, that decides. debugInfo.errorLocation is only there "when present", though: without
 * it, any failure but the ones a second try cannot cure (cell-edit mode, protection, size limits, a name taken).
 */
export function mayBePrintSetupFailure(error: unknown): boolean {
  const { code, location } = officeErrorInfo(error);
  if (location !== null) return /pagelayout|pagebreak|headerfooter/i.test(location);
  return !isCellEditMode(error) && code !== 'AccessDenied' && code !== 'ItemAlreadyExists' && !isPayloadTooLarge(error);
}

/** The warning when the sheet was written without print setup after a refusal; `what` is what to set by hand. */
export function printSetupRefused(error: unknown, target: string, what: string): Problem {
  const where = officeErrorInfo(error).location !== null ? 'Excel 未接受打印设置' : 'Excel 拒绝了带打印设置的写入';
  return problem('WRITE_FAILED', 'warning', `${where}（${describeOfficeError(error)}），「${target}」已不带打印设置生成，请在“页面布局”中手动设置${what}。`, target);
}

export function writeFailure(target: string, error: PlanWriteError): Problem {
  const cause = describeOfficeError(error.original);
  const tail: Record<PlanWriteError['cleanup'], string> = {
    deleted: '已删除写了一半的工作表',
    absent: '工作簿中没有留下半成品',
    'not-ours': `同名工作表「${target}」不是本次生成的，未作改动`,
    failed: `清理写了一半的工作表也失败了（${describeOfficeError(error.cleanupError)}），请手动删除「${target}」`,
  };
  const advice = refusalAdvice(error.original);
  const head = advice ? `${advice}。写入「${target}」时 Excel 拒绝了（${officeErrorInfo(error.original).code}）` : `写入工作表「${target}」时出错（${cause}）`;
  return problem('WRITE_FAILED', 'error', `${head}，${tail[error.cleanup]}。数据来源未改动。`, target);
}
