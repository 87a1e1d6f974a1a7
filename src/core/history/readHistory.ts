/**
 * Reading 「考核历史」 back: the header row found by its column names (anywhere in the first rows, as clerks may
 * put a title above), every row checked, every problem named by its cell. A rank that does not follow from the
 * month's scores (the table edited by hand) is a warning and the rank is taken from the scores.
 */
import { cellAddress } from '../address';
import { isCellError, type CellValue, type SheetGrid } from '../cell';
import { UNITS_PER_POINT } from '../decimal';
import { cellText, readFigure } from '../figures';
import { at, problem, type Problem } from '../problems';
import { periodInText } from '../period';
import type { Period, RankStyle } from '../model';
import { foldHeader, trimName } from '../text';
import { HISTORY_COLUMNS, HISTORY_SHEET, periodKey, type HistoryMonth, type HistoryRow, type RowSource } from './model';
import { checkMonthRanks } from './monthRanks';

const HEADER_SCAN = 20;
type Column = (typeof HISTORY_COLUMNS)[number];

export interface HistoryRead {
  months: HistoryMonth[];
  /** Where each window's row of each month is, by `${periodKey}\u0000${window}`. */
  sources: Map<string, RowSource>;
  problems: Problem[];
  /** 0-based sheet row of the header, or −1 when the sheet has none. */
  headerRow: number;
}

export const sourceKey = (period: Period, window: string) => `${periodKey(period)}\u0000${window}`;

/** The cell of a window's name in a month's row, as read (for messages that name it). */
export function rowCellOf(read: HistoryRead): (period: Period, window: string) => { sheet: string; cell: string } | undefined {
  return (period, window) => {
    const src = read.sources.get(sourceKey(period, window));
    return src ? { sheet: src.sheet, cell: cellAddress(src.row, src.windowCol) } : undefined;
  };
}

function findHeader(grid: SheetGrid): { row: number; cols: Map<Column, number> } | null {
  const rows = Math.min(grid.values.length, HEADER_SCAN);
  for (let r = 0; r < rows; r++) {
    const cols = new Map<Column, number>();
    (grid.values[r] ?? []).forEach((v, c) => {
      const text = foldHeader(cellText(v));
      const hit = HISTORY_COLUMNS.find((name) => name === text);
      if (hit && !cols.has(hit)) cols.set(hit, c);
    });
    if (cols.has('月份') && cols.has('部门窗口') && cols.has('实得分值')) return { row: r, cols };
  }
  return null;
}

/** 2023-08, 2023/8, 2023年8月, a date cell (Excel turns a typed 2023-08 into one). */
export function readMonth(v: CellValue): Period | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1 };
  const text = cellText(v).trim();
  const m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/u.exec(text);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
  }
  return periodInText(text);
}

function readStyle(v: CellValue): RankStyle | null {
  const t = foldHeader(cellText(v)).toLowerCase();
  if (t === '' || t === '美式' || t === 'competition') return 'competition';
  if (t === '中国式' || t === 'dense') return 'dense';
  return null;
}

function readVeto(v: CellValue): boolean | null {
  if (v === null || v === false) return false;
  if (v === true) return true;
  const t = foldHeader(cellText(v)).toLowerCase();
  if (['', '否', '0', 'n', 'no'].includes(t)) return false;
  if (['是', '否决', '√', '✓', 'y', 'yes', '1'].includes(t)) return true;
  return null;
}

export function readHistorySheet(grid: SheetGrid | undefined): HistoryRead {
  const empty: HistoryRead = { months: [], sources: new Map(), problems: [], headerRow: -1 };
  if (!grid) return empty;
  const sheet = grid.name;
  const header = findHeader(grid);
  if (!header) {
    const hasAnything = grid.values.some((row) => row.some((v) => v !== null && v !== ''));
    if (hasAnything) {
      empty.problems.push(
        problem('HISTORY_BAD_ROW', 'error', `「${sheet}」中找不到考核历史的表头（${HISTORY_COLUMNS.join('、')}）。请恢复表头，或把这张工作表改名。`, sheet),
      );
    }
    return empty;
  }
  const problems: Problem[] = [];
  const byMonth = new Map<string, { period: Period; rows: HistoryRow[]; recorded: (number | null)[]; cells: string[] }>();
  const sources = new Map<string, RowSource>();
  const col = (name: Column) => header.cols.get(name);
  const sheetRow = (r: number) => grid.originRow + r;
  const sheetCol = (c: number) => grid.originCol + c;
  const cellOf = (r: number, name: Column) => cellAddress(sheetRow(r), sheetCol(col(name) ?? 0));
  const bad = (r: number, name: Column, what: string) =>
    problems.push(problem('HISTORY_BAD_ROW', 'error', `${at(sheet, cellOf(r, name))} ${what}`, sheet, [cellOf(r, name)]));

  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const get = (name: Column): CellValue => {
      const c = col(name);
      return c === undefined ? null : (row[c] ?? null);
    };
    const name = trimName(cellText(get('部门窗口')));
    const monthCell = get('月份');
    if (name === '' && (monthCell === null || cellText(monthCell).trim() === '')) continue; // a blank row
    const period = readMonth(monthCell);
    if (!period) bad(r, '月份', `的月份“${cellText(monthCell)}”无法识别，应写成 2023-08。`);
    if (name === '') bad(r, '部门窗口', '没有窗口名称。');
    const figure = (name: Column, required: boolean): number | null => {
      const v = get(name);
      const read = readFigure(v);
      if (read.kind === 'number') return read.value.units;
      if (read.kind === 'empty') {
        if (required) bad(r, name, `的${name}是空的。`);
        return required ? null : 0;
      }
      bad(r, name, `的${name}${isCellError(v) ? `是错误值 ${read.shown}` : read.shown}不是数字。`);
      return null;
    };
    const base = figure('基础分值', false);
    const deduction = figure('减分分值', false);
    const bonus = figure('加分分值', false);
    const score = figure('实得分值', true);
    const rankRead = col('名次') === undefined ? { kind: 'empty' as const } : readFigure(get('名次'));
    const recorded = rankRead.kind === 'number' && Number.isInteger(rankRead.value.units / UNITS_PER_POINT) ? rankRead.value.units / UNITS_PER_POINT : null;
    const style = readStyle(get('排名方式'));
    if (!style) bad(r, '排名方式', `的排名方式“${cellText(get('排名方式'))}”无法识别，应为“美式”或“中国式”。`);
    const veto = readVeto(get('否决'));
    if (veto === null) bad(r, '否决', `的否决“${cellText(get('否决'))}”无法识别，否决的月份写“是”，否则留空。`);
    if (!period || name === '' || base === null || deduction === null || bonus === null || score === null || !style || veto === null) continue;

    const key = periodKey(period);
    let month = byMonth.get(key);
    if (!month) byMonth.set(key, (month = { period, rows: [], recorded: [], cells: [] }));
    const src = sourceKey(period, name);
    const earlier = sources.get(src);
    const nameCell = cellOf(r, '部门窗口');
    if (earlier) {
      const first = cellAddress(earlier.row, earlier.windowCol);
      problems.push(
        problem('HISTORY_CONFLICT', 'error', `${at(sheet, nameCell)}：“${name}”在 ${key} 记录了两次（另一行在 ${at(sheet, first)}）。请删去多余的一行。`, sheet, [first, nameCell]),
      );
      continue;
    }
    sources.set(src, { sheet, row: sheetRow(r), windowCol: sheetCol(col('部门窗口')!) });
    // 实得分值 as written; the bulletin's identity is checked, since a hand edit may break it.
    const absDeduction = Math.abs(deduction);
    const expected = base - absDeduction + bonus;
    if (col('基础分值') !== undefined && score !== expected) {
      const cell = cellOf(r, '实得分值');
      problems.push(problem('HISTORY_BAD_ROW', 'warning', `${at(sheet, cell)} 的实得分值与 基础分值 − 减分分值 + 加分分值 不符，按实得分值排名。`, sheet, [cell]));
    }
    month.rows.push({ period, window: name, base, deduction: absDeduction, bonus, score, rank: recorded ?? 0, rankStyle: style, veto });
    month.recorded.push(recorded);
    month.cells.push(col('名次') === undefined ? nameCell : cellOf(r, '名次'));
  }

  const months: HistoryMonth[] = [];
  for (const m of byMonth.values()) {
    const checked = checkMonthRanks(m.rows, m.recorded, m.cells, sheet);
    problems.push(...checked.problems);
    months.push({ period: m.period, rows: checked.rows });
  }
  return { months, sources, problems, headerRow: sheetRow(header.row) };
}

export { HISTORY_SHEET };
