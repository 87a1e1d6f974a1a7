/**
 * Names for the sheets the add-in writes. Excel compares sheet names case-insensitively, allows at most 31
 * characters and forbids : \ / ? * [ ]; a new bulletin never replaces an existing sheet silently, it gets
 * 「8月考核结果 (2)」.
 */
import type { Period } from './model';

export const MAX_SHEET_NAME = 31;

/** 「8月考核结果」: the month is what clerks look for on the tabs. */
export function periodSheetName(period: Period): string {
  return `${period.month}月考核结果`;
}

/** Replaces the characters Excel forbids and trims to the length it allows. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/gu, '_').replace(/^'+|'+$/gu, '').trim();
  return ([...cleaned].slice(0, MAX_SHEET_NAME).join('') || '考核结果').trim();
}

export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const safe = safeSheetName(base);
  if (!taken.has(safe.toLowerCase())) return safe;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const stem = [...safe].slice(0, MAX_SHEET_NAME - suffix.length).join('');
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
