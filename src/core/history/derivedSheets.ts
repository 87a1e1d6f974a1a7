/**
 * Sheets the product writes that are not a month's scores: 「考核历史」 (every month's rows, so every window many
 * times), the roll-ups and the weekly bulletins. They are never the score sheet a ranking reads, nor a month to import.
 */
import { HISTORY_SHEET } from './model';

export function isDerivedSheet(name: string): boolean {
  return name === HISTORY_SHEET || /考核汇总( \(\d+\))?$/u.test(name) || /期周报( \(\d+\))?$/u.test(name);
}
