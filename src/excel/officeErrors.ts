/**
 * Office.js failures (OfficeExtension.Error: code, message, debugInfo) turned into what a user can read, and
 * the limit codes the readers react to by splitting their work.
 *
 * Error codes: Excel.ErrorCodes in Microsoft's Office.js reference. The message Excel gives is "not intended for
 * end users" (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling), so the
 * refusals a clerk can do something about get a Chinese sentence of their own; `debugInfo` is there only "when
 * present", so nothing here depends on its errorLocation.
 */

export interface OfficeErrorInfo {
  code: string | null;
  message: string;
  /** Where Excel says it failed (e.g. "Range.merge"), when it says. */
  location: string | null;
}

export function officeErrorInfo(error: unknown): OfficeErrorInfo {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };
    return {
      code: typeof e.code === 'string' ? e.code : null,
      message: typeof e.message === 'string' ? e.message : String(error),
      location: typeof e.debugInfo?.errorLocation === 'string' ? e.debugInfo.errorLocation : null,
    };
  }
  return { code: null, message: String(error), location: null };
}

/**
 * Excel refused to hand over (or take) that much in one request: over 5 MB either way on the web, or a range of more
 * than 5,000,000 cells on every platform (RangeExceedsLimit; docs/excel/performance.md "payload size limit").
 * Either way the work is worth repeating in slices.
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const { code } = officeErrorInfo(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/** A cell is being edited: Excel runs no add-in request until the clerk presses Enter/Tab or Esc (office-js #625). */
export function isCellEditMode(error: unknown): boolean {
  return officeErrorInfo(error).code === 'InvalidOperationInCellEditMode';
}

/** What the clerk can do about a refusal, in their words; null for failures that have no such advice. */
export function refusalAdvice(error: unknown, action = '生成排名'): string | null {
  switch (officeErrorInfo(error).code) {
    case 'InvalidOperationInCellEditMode':
      return `请先结束单元格编辑，再${action}`;
    case 'AccessDenied':
      return `Excel 拒绝了修改（工作簿或工作表受保护，或文件只读）。请在“审阅”中撤销保护，或另存一份可编辑的副本，再${action}`;
    default:
      return null;
  }
}

/** "GeneralException：…（Range.merge）" — kept short, for the end of a Chinese sentence. */
export function describeOfficeError(error: unknown): string {
  const info = officeErrorInfo(error);
  const where = info.location ? `（${info.location}）` : '';
  return info.code ? `${info.code}：${info.message}${where}` : `${info.message}${where}`;
}
