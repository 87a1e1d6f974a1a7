/**
 * Problems are values, never thrown: every reader and the engine collects all of them in one pass,
 * and each host (CLI, task pane, ribbon command) decides how to show them. Errors stop a run; warnings do not.
 */
import { sheetCellRef } from './address';

export type Severity = 'error' | 'warning';

export type ProblemCode =
  | 'NO_HEADER' // no header row with the required words
  | 'NO_DATA' // a header but no window rows under it
  | 'NOT_A_NUMBER' // a score cell holds text, an error value, a boolean or a date
  | 'DUPLICATE_WINDOW' // the same window name twice
  | 'EMPTY_WINDOW_NAME' // scores with no window name
  | 'DEFAULT_BASE' // no base column: every window starts from the default base
  | 'SCORE_MISMATCH' // the sheet's own 实得分值 disagrees with base − deduction + bonus
  | 'SKIPPED_ROW' // a notes, summary or title row inside the table, not ranked
  | 'SHEET_NOT_FOUND'
  | 'NO_SCORE_SHEET'
  | 'SEVERAL_SCORE_SHEETS' // more than one sheet holds a score table: which one was read, and how to choose
  | 'TOO_PRECISE' // more decimal places than scores are kept to
  | 'UNREADABLE_FILE'
  | 'INPUT' // bulletin inputs (facts, statistics, templates): see the message
  | 'WRITE_FAILED'
  | 'HISTORY_BAD_ROW' // a row of 「考核历史」 that cannot be read (month, name or figure)
  | 'HISTORY_NO_MONTH' // a score or result sheet whose title names no month, so it cannot be imported
  | 'HISTORY_CONFLICT' // one month with different figures in two places
  | 'HISTORY_RANK_MISMATCH' // a recorded rank that does not follow from the recorded scores (edited by hand)
  | 'HISTORY_NEAR_DUPLICATE' // two names that are probably one renamed window, not joined
  | 'VETOED'; // a window whose 备注 says 一票否决、不参加排名: left out of the ranking

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Complete Chinese sentence, already naming the sheet and cell, e.g. 「考核」!D9 的减分分值“十”不是数字。 */
  message: string;
  sheet?: string;
  /** A1 addresses the problem is about (two for a duplicate name). */
  cells?: string[];
  /**
   * Information rather than a problem: a note line (「注：…」) the clerk wrote under the table on purpose. Still a
   * warning for the CLI's JSON (unchanged contract); the pane shows it quietly and does not count it.
   */
  note?: true;
}

export function problem(code: ProblemCode, severity: Severity, message: string, sheet?: string, cells?: string[]): Problem {
  const p: Problem = { code, severity, message };
  if (sheet !== undefined) p.sheet = sheet;
  if (cells !== undefined && cells.length > 0) p.cells = cells;
  return p;
}

/** Prefix used in messages that concern one cell: 「考核」!D9 */
export function at(sheet: string, cell: string): string {
  return sheetCellRef(sheet, cell);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
