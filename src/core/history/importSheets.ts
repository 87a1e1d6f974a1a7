/**
 * Importing earlier months from the workbook: the result sheets the add-in made (「8月考核结果」) and any score
 * sheet whose title names its month (「2023年7月窗口考核情况」). Each is ranked by the engine, as the month was
 * when it was published. Importing is idempotent: a month the history already holds with the same figures
 * changes nothing; the same month with other figures, in the history or in two sheets, is a conflict named by cell.
 */
import { cellAddress } from '../address';
import type { SheetGrid, Workbook } from '../cell';
import { rankSheet } from '../engine';
import { findTable } from '../findTable';
import type { RankOptions } from '../model';
import { inferPeriod } from '../period';
import { at, hasErrors, problem, type Problem } from '../problems';
import { HISTORY_SHEET, periodKey, periodLabel, type History, type HistoryMonth } from './model';
import { monthFromRanking, replaceMonth } from './recordMonth';
import { isDerivedSheet } from './derivedSheets';
import { canonical, EXACT_NAMES, type WindowAliases } from './aliases';
import type { HistoryRead } from './readHistory';
import { sourceKey } from './readHistory';


interface SheetMonth {
  month: HistoryMonth;
  sheet: string;
  /** Cell of each window's name, by window. */
  cells: Map<string, string>;
}

export interface ImportResult {
  history: History;
  /** Months added (not already held). */
  added: string[];
  /** Months found that the history already held with the same figures. */
  unchanged: string[];
  problems: Problem[];
}

function titleCell(grid: SheetGrid, headerRow: number): string {
  for (let r = 0; r < headerRow - grid.originRow && r < grid.values.length; r++) {
    const c = (grid.values[r] ?? []).findIndex((v) => v !== null && String(v).trim() !== '');
    if (c >= 0) return cellAddress(grid.originRow + r, grid.originCol + c);
  }
  return cellAddress(grid.originRow, grid.originCol);
}

function readSheetMonth(grid: SheetGrid, options: Partial<RankOptions>, aliases: WindowAliases, problems: Problem[]): SheetMonth | null {
  const { found } = findTable(grid);
  if (!found) return null;
  const period = inferPeriod(grid);
  if (!period) {
    const cell = titleCell(grid, found.header.headerRow);
    problems.push(
      problem(
        'HISTORY_NO_MONTH',
        'warning',
        `${at(grid.name, cell)}：「${grid.name}」有考核表，但标题和工作表名都没有写明月份（如“2023年7月”），未导入。请在表格上方的标题里写明年月后再导入。`,
        grid.name,
        [cell],
      ),
    );
    return null;
  }
  const outcome = rankSheet(grid, options);
  if (hasErrors(outcome.problems) || !outcome.table || !outcome.ranking) {
    problems.push(...outcome.problems.filter((p) => p.severity === 'error'));
    problems.push(problem('HISTORY_BAD_ROW', 'error', `「${grid.name}」（${periodLabel(period)}）有上面的问题，未导入。`, grid.name));
    return null;
  }
  const { table } = outcome;
  const windowCol = table.header.columns.window as number;
  const cells = new Map<string, string>();
  for (let i = 0; i < table.count; i++) cells.set(canonical(aliases, table.names[i]), cellAddress(table.sourceRows[i], windowCol));
  return { month: monthFromRanking(period, table, outcome.ranking), sheet: grid.name, cells };
}

/** Windows (by their roster names) whose figures differ between two versions of a month (or that only one has). */
function differingWindows(a: HistoryMonth, b: HistoryMonth, aliases: WindowAliases): string[] {
  const key = (r: HistoryMonth['rows'][number]) => `${r.base}/${r.deduction}/${r.bonus}/${r.score}`;
  const bMap = new Map(b.rows.map((r) => [canonical(aliases, r.window), key(r)]));
  const aMap = new Map(a.rows.map((r) => [canonical(aliases, r.window), key(r)]));
  const names = new Set([...aMap.keys(), ...bMap.keys()]);
  return [...names].filter((n) => aMap.get(n) !== bMap.get(n)).sort();
}

const MAX_NAMED = 5;

/** One problem per conflicting month; its cells are those on `sheet` (the imported one), the message names all. */
function conflict(label: string, differing: string[], where: (w: string) => string[], sheet: SheetMonth): Problem {
  const cells = differing.flatMap((w) => (sheet.cells.has(w) ? [sheet.cells.get(w)!] : []));
  const shown = differing.slice(0, MAX_NAMED).map((w) => `“${w}”（${where(w).join(' 与 ') || '只在一处'}）`).join('、');
  const more = differing.length > MAX_NAMED ? `等 ${differing.length} 个窗口` : '';
  return problem('HISTORY_CONFLICT', 'error', `${label}记录了两次，数字不同：${shown}${more}。请核对后只保留正确的一份，再导入。`, sheet.sheet, cells);
}

/** The workbook's month sheets merged into the history read from 「考核历史」. */
export function importMonths(read: HistoryRead, history: History, workbook: Workbook, options: Partial<RankOptions>, aliases: WindowAliases = EXACT_NAMES): ImportResult {
  const problems: Problem[] = [];
  const found: SheetMonth[] = [];
  for (const grid of workbook.sheets) {
    if (isDerivedSheet(grid.name)) continue;
    const m = readSheetMonth(grid, options, aliases, problems);
    if (m) found.push(m);
  }
  // Same month in two sheets: fine when equal (the score sheet and the result sheet made from it), else a conflict.
  const byPeriod = new Map<string, SheetMonth>();
  const broken = new Set<string>();
  for (const m of found) {
    const key = periodKey(m.month.period);
    const first = byPeriod.get(key);
    if (!first) {
      byPeriod.set(key, m);
      continue;
    }
    const differing = differingWindows(first.month, m.month, aliases);
    if (differing.length === 0) continue;
    broken.add(key);
    const where = (w: string) =>
      [first, m].flatMap((s) => (s.cells.has(w) ? [at(s.sheet, s.cells.get(w)!)] : []));
    problems.push(conflict(`${periodLabel(m.month.period)}在「${first.sheet}」和「${m.sheet}」中`, differing, where, m));
  }
  let result = history;
  const added: string[] = [];
  const unchanged: string[] = [];
  for (const [key, m] of [...byPeriod.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (broken.has(key)) continue;
    const held = history.months.find((h) => periodKey(h.period) === key);
    if (held) {
      const differing = differingWindows(held, m.month, aliases);
      if (differing.length === 0) {
        unchanged.push(key);
        continue;
      }
      const where = (w: string) => {
        const mine = m.cells.has(w) ? [at(m.sheet, m.cells.get(w)!)] : [];
        const heldName = held.rows.find((r) => canonical(aliases, r.window) === w)?.window ?? w;
        const src = read.sources.get(sourceKey(held.period, heldName));
        return src ? [...mine, at(src.sheet, cellAddress(src.row, src.windowCol))] : mine;
      };
      problems.push(conflict(`${periodLabel(m.month.period)}在「${m.sheet}」和「${HISTORY_SHEET}」中`, differing, where, m));
      continue;
    }
    result = replaceMonth(result, m.month, aliases);
    added.push(key);
  }
  return { history: result, added, unchanged, problems };
}
