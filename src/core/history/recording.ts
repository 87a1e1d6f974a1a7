/**
 * What recording a month does to 「考核历史」, and the roll-up a sheet of it gives, decided once for every host
 * (the Excel host, the memory host, the ribbon): the sheet read and checked, windows compared by the roster's
 * names. A host only reads the sheets and writes the values it is handed.
 */
import type { SheetGrid } from '../cell';
import type { PlanValue } from '../plan';
import { hasErrors, type Problem } from '../problems';
import type { WindowAliases } from './aliases';
import { historyValues } from './historyPlan';
import { joinWindows } from './join';
import { normaliseHistory, periodKey, type HistoryMonth } from './model';
import { readHistorySheet, rowCellOf } from './readHistory';
import { holdsMonth, replaceMonth } from './recordMonth';
import { quarterSpan, rollup, yearSpan, type Rollup } from './rollup';
import type { HistorySettings } from './settings';

export type RecordDecision =
  | { kind: 'not-recorded' | 'unchanged'; month: string | null; problems: Problem[] }
  /** The whole table to write from A1, header first, the month in place. */
  | { kind: 'added' | 'replaced'; month: string; values: PlanValue[][]; problems: Problem[] };

/**
 * Nothing is written when the month could not be ranked, when the sheet has errors (a clerk's hand edit must be
 * fixed, not overwritten), or when the month is already held with the same figures.
 */
export function decideRecording(historyGrid: SheetGrid | undefined, month: HistoryMonth | null, aliases: WindowAliases): RecordDecision {
  const read = readHistorySheet(historyGrid);
  const key = month ? periodKey(month.period) : null;
  if (!month || hasErrors(read.problems)) return { kind: 'not-recorded', month: key, problems: read.problems };
  const held = normaliseHistory(read.months);
  if (holdsMonth(held, month, aliases)) return { kind: 'unchanged', month: key, problems: read.problems };
  const replacing = held.months.some((m) => periodKey(m.period) === key);
  return { kind: replacing ? 'replaced' : 'added', month: key!, values: historyValues(replaceMonth(held, month, aliases)), problems: read.problems };
}

/** The roll-up of a span from the sheet, windows joined by the roster's names; null when the sheet has errors. */
export function rollupOfSheet(
  historyGrid: SheetGrid | undefined,
  span: { year: number; quarter?: number },
  settings: HistorySettings,
  aliases: WindowAliases,
): { rollup: Rollup | null; problems: Problem[] } {
  const read = readHistorySheet(historyGrid);
  if (hasErrors(read.problems)) return { rollup: null, problems: read.problems };
  const joined = joinWindows(normaliseHistory(read.months), aliases, rowCellOf(read));
  const problems = [...read.problems, ...joined.problems];
  return { rollup: rollup(joined.history, span.quarter ? quarterSpan(span.year, span.quarter) : yearSpan(span.year), settings), problems };
}
