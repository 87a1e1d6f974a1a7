/**
 * 「考核台账」: one row per event. The ledger holds a year or more; a month's tally reads every row's date (a date
 * that is not one could belong to any month, so it is always an error) and checks in full only the rows of the
 * month: the rule item, the points against the item (sign, fixed value, range), the window against the roster,
 * the count and the status. Every problem is collected, each naming its cell.
 */
import type { SheetGrid } from '../cell';
import { formatDecimal } from '../decimal';
import type { Period } from '../model';
import { at, problem, type Problem } from '../problems';
import { compareDates, isoDate, type CivilDate } from '../bulletin/civilDate';
import { cellAt, readInputTable, type InputCell } from '../bulletin/inputTable';
import { cellAddress } from '../address';
import { normalizeLabel } from '../bulletin/labels';
import { isBlank, readDate, shownValue } from '../bulletin/cellRead';
import { countIn, textIn } from '../bulletin/cellProblems';
import { pointsText, readUnits } from './points';
import { findRule, type Rule, type RuleBook } from './rules';
import { closestNames, findWindow, stationedOn, type Roster, type RosterWindow } from './roster';
import { LEDGER_SHEET, type LineKey } from './sheets';

/** 有效: counted. 申诉成立 (an upheld appeal) and 撤销 (withdrawn): listed in the detail, not counted. */
export type LineStatus = 'valid' | 'upheld' | 'revoked';

export const STATUS_WORDS: Record<LineStatus, string> = { valid: '有效', upheld: '申诉成立', revoked: '撤销' };

const STATUS_ALIASES: Record<string, LineStatus> = {
  有效: 'valid',
  申诉不成立: 'valid',
  申诉未成立: 'valid',
  维持: 'valid',
  申诉成立: 'upheld',
  撤销: 'revoked',
  已撤销: 'revoked',
  作废: 'revoked',
};

export interface LedgerLine {
  /** 1-based row on 「考核台账」: the line's id in the JSON and in messages. */
  row: number;
  date: CivilDate;
  window: RosterWindow;
  rule: Rule;
  count: number;
  /** Signed points of one occurrence, and of the line (× count), in units. */
  each: number;
  points: number;
  person: string;
  evidence: string;
  status: LineStatus;
  note: string;
}

export interface LinesRead {
  sheet: string;
  lines: LedgerLine[];
  /** Months that have at least one line with a readable date (for the pane's default month). */
  months: Period[];
  /** 0-based sheet column of 日期, for naming a line's cells. */
  dateCol: number;
  problems: Problem[];
}

export function inMonth(d: CivilDate, p: Period): boolean {
  return d.year === p.year && d.month === p.month;
}

/** Rows looked at for the header, as the score-sheet reader does: a ledger's header is near its top. */
export const HEADER_SCAN_ROWS = 200;
const NOTE_ROW = /^(?:注|备注|说明|合计|总计|小计)/u;

/** The ledger's header as readLedgerLines finds it: its sheet row and the date column (0-based, absolute). */
export function ledgerHeader(grid: SheetGrid): { row: number; dateCol: number } | null {
  const head = readInputTable({ ...grid, values: grid.values.slice(0, HEADER_SCAN_ROWS) }, LEDGER_SHEET.columns);
  return head.table ? { row: head.table.headerRow, dateCol: head.table.columns.date as number } : null;
}

/**
 * The ledger is the one large input (a year of a big hall: tens of thousands of rows), so its rows are not all
 * turned into cell objects: each row's date is read straight from the grid, and only the month's rows are read in
 * full. (readInputTable over 36,000 rows cost more than the rest of the tally together.)
 */
export function readLedgerLines(grid: SheetGrid, period: Period | null, book: RuleBook, roster: Roster): LinesRead {
  const head = readInputTable({ ...grid, values: grid.values.slice(0, HEADER_SCAN_ROWS) }, LEDGER_SHEET.columns);
  const problems = head.problems.filter((p) => p.severity === 'error');
  const out: LinesRead = { sheet: grid.name, lines: [], months: [], dateCol: 0, problems };
  if (!head.table) return out;
  const sheet = grid.name;
  const columns = head.table.columns;
  out.dateCol = columns.date as number;
  const err = (cell: InputCell, message: string) => problems.push(problem('INPUT', 'error', `${at(sheet, cell.address)} ${message}`, sheet, [cell.address]));
  const seenMonths = new Set<number>();
  const dateAt = out.dateCol - grid.originCol;
  const first = head.table.headerRow - grid.originRow + 1;
  for (let i = first; i < grid.values.length; i++) {
    const values = grid.values[i];
    if (!values) continue;
    const value = values[dateAt] ?? null;
    const row = grid.originRow + i;
    const dateRead = readDate(value);
    if (dateRead.ok && dateRead.value === null && values.every(isBlank)) continue;
    if (!dateRead.ok && typeof value === 'string' && NOTE_ROW.test(value.trim())) continue;
    if (!dateRead.ok || dateRead.value === null) {
      const cell = { value, address: cellAddress(row, out.dateCol) };
      err(cell, dateRead.ok ? '的日期为空。' : `的日期“${shownValue(value)}”${dateRead.reason}。`);
      continue;
    }
    const date = dateRead.value;
    const monthKey = date.year * 12 + date.month;
    if (!seenMonths.has(monthKey)) {
      seenMonths.add(monthKey);
      out.months.push({ year: date.year, month: date.month });
    }
    if (period === null || !inMonth(date, period)) continue;
    const line = readLine(sheet, row + 1, cellsOf(grid, row, columns), date, book, roster, err, problems);
    if (line) out.lines.push(line);
  }
  out.months.sort((a, b) => a.year * 12 + a.month - (b.year * 12 + b.month));
  return out;
}

function cellsOf(grid: SheetGrid, row: number, columns: Partial<Record<LineKey, number>>): Cells {
  const cells: Cells = {};
  for (const key of Object.keys(columns) as LineKey[]) {
    const col = columns[key] as number;
    cells[key] = { value: cellAt(grid, row, col), address: cellAddress(row, col) };
  }
  return cells;
}

type Cells = Partial<Record<LineKey, InputCell>>;

function readLine(
  sheet: string,
  row: number,
  c: Cells,
  date: CivilDate,
  book: RuleBook,
  roster: Roster,
  err: (cell: InputCell, message: string) => void,
  problems: Problem[],
): LedgerLine | null {
  let ok = true;
  const windowText = textIn(sheet, c.window!, '部门窗口', true, problems);
  let window: RosterWindow | null = null;
  if (windowText !== '') {
    window = findWindow(roster, windowText);
    if (!window) {
      const near = closestNames(roster, windowText);
      const hint = near.length > 0 ? `是不是${near.map((n) => `“${n}”`).join('或')}？` : `请在「${roster.sheet}」中添加它，或把它写成名单上的名称或简称。`;
      err(c.window!, `的窗口“${windowText}”不在「${roster.sheet}」中。${hint}`);
    } else if (!stationedOn(window, date)) {
      const when = window.to && compareDates(window.to, date) < 0 ? `已于 ${isoDate(window.to)} 撤出` : `${isoDate(window.from!)} 才进驻`;
      err(c.window!, `的窗口“${window.name}”${when}，${isoDate(date)} 不在大厅（见「${roster.sheet}」第 ${window.row} 行）。`);
      window = null;
    }
  }
  ok = ok && window !== null;

  const ruleText = textIn(sheet, c.rule!, '细则编号', true, problems);
  let rule: Rule | null = null;
  if (ruleText !== '') {
    const found = findRule(book, ruleText);
    if (found === 'ambiguous') err(c.rule!, `的考核项目“${ruleText}”在「${book.sheet}」中有不止一条，请写细则编号。`);
    else if (found === null) err(c.rule!, `的细则编号“${ruleText}”在「${book.sheet}」中找不到。`);
    else rule = found;
  }
  ok = ok && rule !== null;

  const count = c.count ? countIn(sheet, c.count, '次数', false, problems) : null;
  if (c.count && count === 0) err(c.count, '的次数不能为0（不计的记录请把状态写成“撤销”）。');
  const times = count ?? 1;
  ok = ok && (c.count === undefined || (count !== 0 && (count !== null || isBlank(c.count.value))));

  let status: LineStatus = 'valid';
  if (c.status && !isBlank(c.status.value)) {
    const word = normalizeLabel(shownValue(c.status.value));
    const found = STATUS_ALIASES[word];
    if (found) status = found;
    else {
      err(c.status, `的状态“${shownValue(c.status.value)}”无法识别，应为 有效、申诉成立 或 撤销。`);
      ok = false;
    }
  }

  const each = rule ? pointsOf(rule, c.points, c.rule!, err) : null;
  ok = ok && each !== null;
  if (!ok || !window || !rule || each === null) return null;
  return {
    row,
    date,
    window,
    rule,
    count: times,
    each,
    points: each * times,
    person: c.person ? textIn(sheet, c.person, '人员', false, problems) : '',
    evidence: c.evidence ? textIn(sheet, c.evidence, '依据', false, problems) : '',
    status,
    note: c.note ? textIn(sheet, c.note, '备注', false, problems) : '',
  };
}

/**
 * The points of one occurrence: the rule's own for a fixed item (a 分值 written must agree with it), the 分值
 * written for a range item (required, within the range). A sign against the item's is always an error: a bonus
 * item with −2 is a typo or the wrong item, and guessing either way would publish a wrong score.
 */
function pointsOf(rule: Rule, cell: InputCell | undefined, ruleCell: InputCell, err: (cell: InputCell, message: string) => void): number | null {
  const read = cell ? readUnits(cell.value) : ({ ok: true, units: null } as const);
  if (!read.ok) {
    err(cell!, `的分值“${shownValue(cell!.value)}”${read.reason}。`);
    return null;
  }
  const units = read.units;
  const item = `细则 ${rule.code}“${rule.item}”（${pointsText(rule.points)}）`;
  if (units !== null && Math.sign(units) !== rule.sign) {
    const kind = rule.sign < 0 ? '减分项目，分值应为负数' : '加分项目，分值应为正数';
    err(cell!, `的分值 ${formatDecimal(units)} 与${item}的正负相反：这是${kind}。`);
    return null;
  }
  if (rule.points.kind === 'fixed') {
    if (units !== null && units !== rule.points.units) {
      err(cell!, `的分值 ${formatDecimal(units)} 与${item}不符（固定分值的项目可不填分值；次数写在“次数”列）。`);
      return null;
    }
    return rule.points.units;
  }
  if (units === null) {
    err(cell ?? ruleCell, `没有分值：${item}是酌情计分的项目，请填写范围内的分值。`);
    return null;
  }
  if (units < rule.points.min || units > rule.points.max) {
    err(cell!, `的分值 ${formatDecimal(units)} 不在${item}的范围内。`);
    return null;
  }
  return units;
}
