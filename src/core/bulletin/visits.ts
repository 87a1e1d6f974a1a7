/** 「厅局长进大厅」: leaders who came to the hall's windows this week, as the bulletin names them. */
import type { SheetGrid } from '../cell';
import type { Problem } from '../problems';
import { compareDates, type CivilDate } from './civilDate';
import { VISITS_SHEET } from './inputSheets';
import { readSheetRows } from './sheetRows';

export interface Visit {
  date: CivilDate;
  department: string;
  /** 党组成员、一级巡视员 — may be empty. */
  title: string;
  name: string;
  row: number;
}

export function readVisits(grid: SheetGrid): { visits: Visit[]; problems: Problem[] } {
  const { items, problems } = readSheetRows(grid, VISITS_SHEET, (r) => ({
    date: r.date('date')!,
    department: r.text('department'),
    title: r.text('title', false),
    name: r.text('name'),
    row: r.row,
  }));
  return { visits: items, problems };
}

/** This week's visits in the order the clerk listed them (the published order), not re-sorted by date. */
export function visitsInWeek(visits: readonly Visit[], weekStart: CivilDate, weekEnd: CivilDate): Visit[] {
  return visits.filter((v) => compareDates(v.date, weekStart) >= 0 && compareDates(v.date, weekEnd) <= 0);
}

/** 省广电局党组成员、一级巡视员黎万恒: department, title(s) and name run together, as the bulletin prints them. */
export function visitorLabel(v: Visit): string {
  return `${v.department}${v.title}${v.name}`;
}
