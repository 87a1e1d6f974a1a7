/**
 * 「手册编制」: how many 办理项 each department finished its 受理工作手册 for, per week; this week's
 * departments in sheet order, the cumulative count and its share of all items.
 */
import type { SheetGrid } from '../cell';
import { at, problem, type Problem } from '../problems';
import { compareDates, type CivilDate } from './civilDate';
import { HANDBOOK_SHEET } from './inputSheets';
import { readSheetRows } from './sheetRows';
import { percentHalfUp } from './percent';

export interface HandbookEntry {
  date: CivilDate;
  department: string;
  items: number;
  row: number;
}

export interface DepartmentItems {
  department: string;
  items: number;
}

export interface HandbookProgress {
  /** Departments that finished items this week, in the order of their first row; repeated rows are added up. */
  thisWeek: DepartmentItems[];
  weekItems: number;
  /** All items finished up to the end of this week. */
  cumulative: number;
  total: number;
  /** "60.37%" */
  share: string;
}

export function readHandbook(grid: SheetGrid): { entries: HandbookEntry[]; problems: Problem[] } {
  const { items, problems } = readSheetRows(grid, HANDBOOK_SHEET, (r) => ({
    date: r.date('date')!,
    department: r.text('department'),
    items: r.count('items')!,
    row: r.row,
  }));
  return { entries: items, problems };
}

/**
 * A row counts for this week when its date falls within the bulletin week; it counts toward the cumulative
 * figure when its date is on or before the week's end (rows for later weeks are ignored).
 */
export function summarizeHandbook(
  entries: readonly HandbookEntry[],
  weekStart: CivilDate,
  weekEnd: CivilDate,
  total: number,
): HandbookProgress {
  const thisWeek: DepartmentItems[] = [];
  let cumulative = 0;
  for (const e of entries) {
    if (compareDates(e.date, weekEnd) > 0) continue;
    cumulative += e.items;
    if (compareDates(e.date, weekStart) < 0 || e.items === 0) continue;
    const same = thisWeek.find((d) => d.department === e.department);
    if (same) same.items += e.items;
    else thisWeek.push({ department: e.department, items: e.items });
  }
  const weekItems = thisWeek.reduce((s, d) => s + d.items, 0);
  return { thisWeek, weekItems, cumulative, total, share: percentHalfUp(cumulative, total) };
}

/** The handbook needs its total (办理项总数 in 「通报信息」) once there are rows; 0 would divide by zero. */
export function handbookTotalProblem(total: number | null, factsSheet: string, totalCell: string | undefined, handbookSheet: string): Problem | null {
  if (total === null) {
    return problem('INPUT', 'error', `「${handbookSheet}」有数据，但「${factsSheet}」没有填写“办理项总数”，无法计算占比。`, factsSheet);
  }
  if (total === 0) {
    const where = totalCell ? at(factsSheet, totalCell) : `「${factsSheet}」`;
    return problem('INPUT', 'error', `${where} 的办理项总数为0，无法计算占比。`, factsSheet, totalCell ? [totalCell] : undefined);
  }
  return null;
}
