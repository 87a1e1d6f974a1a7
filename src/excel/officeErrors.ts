/**
 * Office.js failures (OfficeExtension.Error: code, message, debugInfo) turned into what a user can read, and
 * the payload-limit codes the readers react to by splitting their work.
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

/** Excel on the web refused a request or a response over its size limit. */
export function isPayloadTooLarge(error: unknown): boolean {
  const { code } = officeErrorInfo(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** "GeneralException：…（Range.merge）" — kept short, for the end of a Chinese sentence. */
export function describeOfficeError(error: unknown): string {
  const info = officeErrorInfo(error);
  const where = info.location ? `（${info.location}）` : '';
  return info.code ? `${info.code}：${info.message}${where}` : `${info.message}${where}`;
}
