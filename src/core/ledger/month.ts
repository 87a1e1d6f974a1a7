/**
 * The tally's entry point: a workbook in, one month's tally and every problem out. Reads 「窗口名单」,
 * 「考核细则」 (with its settings) and 「考核台账」, picks the month (given, or the last month with ledger lines),
 * and tallies every window stationed in it. Pure, like the engine: the CLI, the Excel host and the tests share it.
 */
import type { Workbook } from '../cell';
import type { Period, RankStyle } from '../model';
import { hasErrors, problem, type Problem } from '../problems';
import { findSheet } from '../bulletin/inputTable';
import { duplicateWarnings } from './duplicates';
import { readLedgerLines, type LedgerLine } from './lines';
import { tallyPersons, type PersonTally } from './persons';
import { rankTally, type TallyRanking } from './ranking';
import { readRoster, stationedIn } from './roster';
import { readRules } from './rules';
import { readLedgerSettings, type LedgerSettings } from './settings';
import { LEDGER_SHEET, RULES_SHEET, ROSTER_SHEET } from './sheets';
import { tallyWindows, type WindowTally } from './tally';

export interface MonthTally {
  period: Period;
  settings: LedgerSettings;
  /** In roster order. */
  windows: WindowTally[];
  ranking: TallyRanking;
  persons: PersonTally[];
  /** Every line of the month (counted or not). */
  lines: LedgerLine[];
  /** The sheets it was made from. */
  sheets: { roster: string; rules: string; ledger: string };
}

export interface TallyOutcome {
  /** Null when errors stopped it. */
  tally: MonthTally | null;
  /** Months with ledger lines, oldest first. */
  months: Period[];
  problems: Problem[];
  /** True when the workbook has none of the three sheets: it keeps no ledger (a host need not list problems then). */
  absent?: boolean;
}

/** The names the three input sheets may have: what a host reads in full (all other sheets can be skipped). */
export const LEDGER_INPUT_SHEETS: readonly string[] = [RULES_SHEET, LEDGER_SHEET, ROSTER_SHEET].flatMap((s) => [s.name, ...s.aliases]);

export function monthText(p: Period): string {
  return `${p.year}年${p.month}月`;
}

export function tallyWorkbook(wb: Workbook, period: Period | null, style: RankStyle = 'competition'): TallyOutcome {
  const problems: Problem[] = [];
  const missing = (name: string, what: string) =>
    problems.push(problem('SHEET_NOT_FOUND', 'error', `工作簿中没有「${name}」工作表：${what}（可用 window-bulletin template 或任务窗格的“新建模板”插入）。`));
  const rulesGrid = findSheet(wb, [RULES_SHEET.name, ...RULES_SHEET.aliases]);
  const ledgerGrid = findSheet(wb, [LEDGER_SHEET.name, ...LEDGER_SHEET.aliases]);
  if (!rulesGrid) missing(RULES_SHEET.name, '需要列出考核项目（编号、类别、考核项目、分值）');
  if (!ledgerGrid) missing(LEDGER_SHEET.name, '需要逐条记录的考核事件（日期、部门窗口、细则编号）');
  const { roster, problems: rosterProblems } = readRoster(wb);
  problems.push(...rosterProblems);
  if (!rulesGrid || !ledgerGrid || !roster) {
    const absent = !rulesGrid && !ledgerGrid && !findSheet(wb, [ROSTER_SHEET.name, ...ROSTER_SHEET.aliases]);
    return { tally: null, months: [], problems, ...(absent ? { absent } : {}) };
  }

  const { book, problems: ruleProblems } = readRules(rulesGrid);
  const { settings, problems: settingProblems } = readLedgerSettings(rulesGrid);
  problems.push(...ruleProblems, ...settingProblems);
  if (!book) return { tally: null, months: [], problems };

  // Without a month, a first pass over the dates finds the last month with lines; that month's lines are then
  // read in full (only they are checked).
  const months = period === null ? readLedgerLines(ledgerGrid, null, book, roster) : null;
  const chosen = period ?? months?.months[months.months.length - 1] ?? null;
  if (chosen === null) {
    problems.push(...(months?.problems ?? []));
    if (!hasErrors(problems)) problems.push(problem('NO_DATA', 'error', `「${ledgerGrid.name}」中没有考核记录，无法确定要汇总的月份。`, ledgerGrid.name));
    return { tally: null, months: months?.months ?? [], problems };
  }
  const read = readLedgerLines(ledgerGrid, chosen, book, roster);
  problems.push(...read.problems);
  problems.push(...duplicateWarnings(ledgerGrid.name, read.lines, read.dateCol));
  if (read.lines.length === 0 && !hasErrors(problems)) {
    problems.push(
      problem('NO_DATA', 'warning', `「${ledgerGrid.name}」中没有${monthText(chosen)}的记录：名单上的窗口都按基础分值计。`, ledgerGrid.name),
    );
  }
  const present = roster.windows.filter((w) => stationedIn(w, chosen));
  if (present.length === 0 && !hasErrors(problems)) {
    problems.push(problem('NO_DATA', 'error', `「${roster.sheet}」中没有${monthText(chosen)}在大厅的窗口（请检查进驻、撤出日期）。`, roster.sheet));
  }
  if (hasErrors(problems)) return { tally: null, months: read.months, problems };

  const windows = tallyWindows(present, read.lines, book.caps, settings);
  return {
    tally: {
      period: chosen,
      settings,
      windows,
      ranking: rankTally(windows, settings.veto, style),
      persons: tallyPersons(read.lines, style),
      lines: read.lines,
      sheets: { roster: roster.sheet, rules: book.sheet, ledger: ledgerGrid.name },
    },
    months: read.months,
    problems,
  };
}

