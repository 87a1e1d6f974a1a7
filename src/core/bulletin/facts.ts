/** 「通报信息」: the facts of one issue (numbers, week, dates, unit, distribution), and the next issue's facts. */
import { cellAddress } from '../address';
import type { SheetGrid } from '../cell';
import type { Period } from '../model';
import { at, problem, type Problem } from '../problems';
import { DEFAULT_SETTINGS } from '../settings';
import { addDays, dayNumber, type CivilDate } from './civilDate';
import { chineseDate } from './chineseDates';
import { countIn, dateIn, monthIn, textIn } from './cellProblems';
import { isBlank, readText } from './cellRead';
import { FACT_SPECS, type FactKey, type FactSpec } from './factSpecs';
import { FACTS_SHEET } from './inputSheets';
import { readInputTable, type InputCell } from './inputTable';
import { labelMatches } from './labels';

export interface BulletinFacts {
  bulletinName: string;
  yearIssue: number;
  totalIssue: number;
  weekStart: CivilDate;
  weekEnd: CivilDate;
  issueDate: CivilDate;
  unit: string;
  /** Without the 送： prefix. */
  send: string;
  distribute: string;
  printRun: number;
  hallName: string;
  assessmentMonth: Period | null;
  handbookTotal: number | null;
  scoreSheet: string | null;
  /** Whether the body ends with a section summarising the month's ranking (考核小结); off by default. */
  rankingSummary: boolean;
  /** Whether this issue attaches the score sheet's ranking; on unless 「通报信息」 says 否. */
  attachRanking: boolean;
}

/** Where each fact's value was read (A1), so later checks (a missing week) can point at it. */
export type FactCells = Partial<Record<FactKey, string>>;

export interface FactsRead {
  facts: BulletinFacts | null;
  cells: FactCells;
  problems: Problem[];
}

/**
 * The bulletin's year: the year its week ENDS in. A week from 2023-12-28 to 2024-01-03 is the first issue
 * of 2024 and counts toward 2024's year-to-date figures; the issue line and the statistics agree on this.
 */
export function bulletinYear(facts: Pick<BulletinFacts, 'weekEnd'>): number {
  return facts.weekEnd.year;
}

/**
 * The next issue: both issue numbers up by one (the year number restarts at 1 when the next week ends in
 * a new year), the week Monday to Friday of the week after this issue's, the issue date a week later (never
 * before that Friday). Not the last week moved by 7 days: a short week (9月25日—9月28日, before 国庆) would carry
 * its Thursday end into the next one. Holidays and 调休 working days cannot be known here (they are announced by
 * the State Council year by year), so the clerk adjusts a week they shorten or lengthen; the template says so.
 * The assessment month and score sheet name are not carried over (a month's ranking is attached to one issue).
 */
export function nextIssue(facts: BulletinFacts): BulletinFacts {
  const weekStart = nextMonday(facts.weekEnd);
  const weekEnd = addDays(weekStart, 4);
  const sameYear = weekEnd.year === bulletinYear(facts);
  const issueDate = addDays(facts.issueDate, 7);
  return {
    ...facts,
    yearIssue: sameYear ? facts.yearIssue + 1 : 1,
    totalIssue: facts.totalIssue + 1,
    weekStart,
    weekEnd,
    issueDate: dayNumber(issueDate) < dayNumber(weekEnd) ? weekEnd : issueDate,
    assessmentMonth: null,
    scoreSheet: null,
    // The month's ranking went with this issue; the next attaches one when the clerk says 是 again.
    attachRanking: false,
  };
}

/** The Monday after `day`'s week (ISO weeks, Monday first). */
export function nextMonday(day: CivilDate): CivilDate {
  // Day number 0 is 1970-01-01, a Thursday: (n + 3) mod 7 is 0 on Mondays.
  const weekday = (((dayNumber(day) + 3) % 7) + 7) % 7;
  return addDays(day, 7 - weekday);
}

/** Key/value pairs found in the sheet: under a 项目/内容 header, or (no header) a key cell and the cell to its right. */
function factPairs(grid: SheetGrid, problems: Problem[]): { key: InputCell; value: InputCell }[] {
  const { table } = readInputTable(grid, FACTS_SHEET.columns);
  if (table) {
    return table.rows.flatMap((r) => (r.cells.item && r.cells.value ? [{ key: r.cells.item, value: r.cells.value }] : []));
  }
  const pairs: { key: InputCell; value: InputCell }[] = [];
  grid.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (typeof v !== 'string' || !FACT_SPECS.some((s) => labelMatches(v, [s.label, ...s.aliases]))) return;
      const r = grid.originRow + i;
      const c = grid.originCol + j;
      pairs.push({ key: { value: v, address: cellAddress(r, c) }, value: { value: row[j + 1] ?? null, address: cellAddress(r, c + 1) } });
    }),
  );
  if (pairs.length === 0) {
    problems.push(problem('INPUT', 'error', `「${grid.name}」中找不到通报信息：需要“项目”“内容”两列，或“年度期号”等项目名称右边写值。`, grid.name));
  }
  return pairs;
}

function specFor(text: string): FactSpec | undefined {
  // Exact names first: “发” must not be taken for “印发日期”.
  return FACT_SPECS.find((s) => labelMatches(text, [s.label])) ?? FACT_SPECS.find((s) => labelMatches(text, s.aliases));
}

/** A distribution line typed with its prefix (送：…) keeps one prefix, not two. */
function withoutPrefix(text: string, prefix: string): string {
  return text.replace(new RegExp(`^${prefix}\\s*[:：]\\s*`, 'u'), '');
}

export function readFacts(grid: SheetGrid): FactsRead {
  const problems: Problem[] = [];
  const sheet = grid.name;
  const cells: FactCells = {};
  const values: Partial<Record<FactKey, unknown>> = {};
  const keyCells: Partial<Record<FactKey, string>> = {};
  for (const { key, value } of factPairs(grid, problems)) {
    const name = readText(key.value);
    const spec = specFor(name);
    if (!spec) {
      if (!isBlank(value.value)) {
        problems.push(problem('INPUT', 'warning', `${at(sheet, key.address)} 的项目“${name}”不认识，未使用。`, sheet, [key.address]));
      }
      continue;
    }
    const first = keyCells[spec.key];
    if (first) {
      problems.push(problem('INPUT', 'error', `${at(sheet, first)} 和 ${at(sheet, key.address)} 重复填写了“${spec.label}”。`, sheet, [first, key.address]));
      continue;
    }
    keyCells[spec.key] = key.address;
    cells[spec.key] = value.address;
    const readers = { count: countIn, date: dateIn, month: monthIn, text: textIn } as const;
    values[spec.key] =
      spec.key === 'rankingSummary' || spec.key === 'attachRanking'
        ? switchIn(sheet, value, spec.label, problems)
        : readers[spec.kind](sheet, value, spec.label, spec.required, problems);
  }
  for (const spec of FACT_SPECS) {
    if (spec.required && keyCells[spec.key] === undefined) {
      problems.push(problem('INPUT', 'error', `「${sheet}」缺少“${spec.label}”：在“项目”列写上“${spec.label}”，在“内容”列写上它的值。`, sheet));
    }
  }
  const got = <T>(k: FactKey): T | null => (values[k] === undefined || values[k] === '' ? null : (values[k] as T));
  const weekStart = got<CivilDate>('weekStart');
  const weekEnd = got<CivilDate>('weekEnd');
  const issueDate = got<CivilDate>('issueDate');
  if (weekStart && weekEnd) checkWeek(sheet, cells, weekStart, weekEnd, issueDate, problems);
  if (problems.some((p) => p.severity === 'error')) return { facts: null, cells, problems };
  const facts: BulletinFacts = {
    bulletinName: got<string>('bulletinName') ?? '窗口工作周报',
    yearIssue: got<number>('yearIssue')!,
    totalIssue: got<number>('totalIssue')!,
    weekStart: weekStart!,
    weekEnd: weekEnd!,
    issueDate: issueDate!,
    unit: got<string>('unit')!,
    send: withoutPrefix(got<string>('send')!, '送'),
    distribute: withoutPrefix(got<string>('distribute')!, '发'),
    printRun: got<number>('printRun')!,
    hallName: got<string>('hallName') ?? DEFAULT_SETTINGS.hallName,
    assessmentMonth: got<Period>('assessmentMonth'),
    handbookTotal: got<number>('handbookTotal'),
    scoreSheet: got<string>('scoreSheet'),
    rankingSummary: values.rankingSummary === true,
    attachRanking: values.attachRanking !== false,
  };
  if (facts.yearIssue === 0 || facts.totalIssue === 0) {
    const k: FactKey = facts.yearIssue === 0 ? 'yearIssue' : 'totalIssue';
    problems.push(problem('INPUT', 'error', `${at(sheet, cells[k]!)} 的期号不能为0。`, sheet, [cells[k]!]));
    return { facts: null, cells, problems };
  }
  return { facts, cells, problems };
}

const YES = new Set(['是', '写', '加', '要', '需要', '1', 'TRUE', 'YES', 'Y', '√']);
const NO = new Set(['否', '不写', '不加', '不', '不要', '无', '0', 'FALSE', 'NO', 'N', '×']);

/** A yes/no cell: 是/否 (and the usual ways of writing them, or a logical TRUE/FALSE); null when blank. */
function switchIn(sheet: string, cell: InputCell, label: string, problems: Problem[]): boolean | null {
  if (typeof cell.value === 'boolean') return cell.value;
  const text = textIn(sheet, cell, label, false, problems);
  const key = text.toUpperCase();
  if (key === '') return null;
  if (NO.has(key)) return false;
  if (YES.has(key)) return true;
  problems.push(problem('INPUT', 'error', `${at(sheet, cell.address)} 的“${label}”应填“是”或“否”，不是“${text}”。`, sheet, [cell.address]));
  return null;
}

function checkWeek(sheet: string, cells: FactCells, start: CivilDate, end: CivilDate, issued: CivilDate | null, problems: Problem[]): void {
  const both = [cells.weekStart!, cells.weekEnd!];
  const days = dayNumber(end) - dayNumber(start);
  if (days < 0) {
    problems.push(problem('INPUT', 'error', `${at(sheet, both[1])} 的周结束日期${chineseDate(end)}早于周开始日期${chineseDate(start)}（${at(sheet, both[0])}）。`, sheet, both));
  } else if (days > 6) {
    problems.push(problem('INPUT', 'warning', `${at(sheet, both[0])} 到 ${at(sheet, both[1])} 的一周有${days + 1}天，超过7天。`, sheet, both));
  }
  if (issued && dayNumber(issued) < dayNumber(end)) {
    const c = cells.issueDate!;
    problems.push(problem('INPUT', 'warning', `${at(sheet, c)} 的印发日期${chineseDate(issued)}早于本周结束日期${chineseDate(end)}。`, sheet, [c]));
  }
}
