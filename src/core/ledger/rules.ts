/**
 * 「考核细则」: one rule item per row. Each item has a code (D01) the ledger refers to, a category whose lines are
 * summed and capped together (到岗纪律: at most 20 points off), its points per occurrence or a discretionary range,
 * and whether it is a veto item (一票否决). A category's cap may be written on any of its rows, once or repeated,
 * since clerks often fill it only on the first row of the category.
 */
import type { SheetGrid } from '../cell';
import { formatDecimal } from '../decimal';
import { at, problem, type Problem } from '../problems';
import { readInputTable } from '../bulletin/inputTable';
import { normalizeLabel } from '../bulletin/labels';
import { shownValue } from '../bulletin/cellRead';
import { textIn } from '../bulletin/cellProblems';
import { pointsSign, readRulePoints, readUnits, type RulePoints } from './points';
import { RULES_SHEET } from './sheets';

export interface Rule {
  code: string;
  category: string;
  item: string;
  points: RulePoints;
  /** −1: a deduction item; +1: a bonus item. */
  sign: 1 | -1;
  unit: string;
  veto: boolean;
  /** 1-based row on 「考核细则」. */
  row: number;
}

export interface RuleBook {
  sheet: string;
  rules: Rule[];
  /** Category → the most it deducts (or adds), in units; absent: no cap. */
  caps: Map<string, number>;
  /** Folded code → rule, and folded item text → rule (null when two items share the text). */
  byCode: Map<string, Rule>;
  byItem: Map<string, Rule | null>;
}

const YES = new Set(['是', 'y', 'yes', '√', '✓', '1', 'true']);
const NO = new Set(['否', 'n', 'no', '×', '0', 'false', '']);

export function foldKey(text: string): string {
  return normalizeLabel(text);
}

export function readRules(grid: SheetGrid): { book: RuleBook | null; problems: Problem[] } {
  const { table, problems } = readInputTable(grid, RULES_SHEET.columns);
  if (!table) return { book: null, problems };
  const sheet = grid.name;
  const book: RuleBook = { sheet, rules: [], caps: new Map(), byCode: new Map(), byItem: new Map() };
  const capCells = new Map<string, string>();
  const err = (address: string, message: string) => problems.push(problem('INPUT', 'error', `${at(sheet, address)} ${message}`, sheet, [address]));
  for (const row of table.rows) {
    const c = row.cells;
    const code = c.code ? textIn(sheet, c.code, '编号', true, problems) : '';
    const category = c.category ? textIn(sheet, c.category, '类别', true, problems) : '';
    const item = c.item ? textIn(sheet, c.item, '考核项目', true, problems) : '';
    const unit = c.unit ? textIn(sheet, c.unit, '计量', false, problems) : '';
    let points: RulePoints | null = null;
    if (c.points) {
      const read = readRulePoints(c.points.value);
      if (read.ok) points = read.points;
      else err(c.points.address, `的分值“${shownValue(c.points.value)}”${read.reason}。`);
    }
    let veto = false;
    if (c.veto) {
      const word = normalizeLabel(shownValue(c.veto.value));
      if (YES.has(word)) veto = true;
      else if (!NO.has(word)) err(c.veto.address, `的一票否决“${shownValue(c.veto.value)}”应为 是 或 否。`);
    }
    if (c.cap && category !== '') {
      const cap = readUnits(c.cap.value);
      if (!cap.ok) err(c.cap.address, `的类别上限“${shownValue(c.cap.value)}”${cap.reason}。`);
      else if (cap.units !== null) {
        const units = Math.abs(cap.units);
        const earlier = book.caps.get(category);
        if (earlier !== undefined && earlier !== units) {
          const first = capCells.get(category) as string;
          problems.push(
            problem(
              'INPUT',
              'error',
              `${at(sheet, c.cap.address)} 的类别上限 ${formatDecimal(units)} 与 ${at(sheet, first)} 写的 ${formatDecimal(earlier)} 不同（同一类别“${category}”只能有一个上限）。`,
              sheet,
              [first, c.cap.address],
            ),
          );
        } else if (earlier === undefined) {
          book.caps.set(category, units);
          capCells.set(category, c.cap.address);
        }
      }
    }
    if (code === '' || category === '' || item === '' || points === null) continue;
    const rule: Rule = { code, category, item, points, sign: pointsSign(points), unit, veto, row: row.row + 1 };
    const key = foldKey(code);
    const same = book.byCode.get(key);
    if (same) {
      const address = c.code!.address;
      problems.push(problem('INPUT', 'error', `${at(sheet, address)} 的编号“${code}”与第 ${same.row} 行重复。`, sheet, [address]));
      continue;
    }
    book.rules.push(rule);
    book.byCode.set(key, rule);
    const itemKey = foldKey(item);
    book.byItem.set(itemKey, book.byItem.has(itemKey) ? null : rule);
  }
  if (book.rules.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push(problem('NO_DATA', 'error', `「${sheet}」的表头下面没有考核项目。`, sheet));
  }
  return { book, problems };
}

/** The rule a ledger cell names: its code (D01), or the item's text when that is unambiguous. */
export function findRule(book: RuleBook, text: string): Rule | 'ambiguous' | null {
  const key = foldKey(text);
  const byCode = book.byCode.get(key);
  if (byCode) return byCode;
  const byItem = book.byItem.get(key);
  if (byItem === null) return 'ambiguous';
  return byItem ?? null;
}
