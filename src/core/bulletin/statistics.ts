/**
 * 「办件统计」: one row per week of service figures, and what the bulletin says about them: this week's row
 * and the year-to-date sums.
 */
import type { SheetGrid } from '../cell';
import { at, problem, type Problem } from '../problems';
import { compareDates, dayNumber, type CivilDate } from './civilDate';
import { chineseDate, chineseDateRange } from './chineseDates';
import { STATISTICS_SHEET } from './inputSheets';
import { readSheetRows } from './sheetRows';

export interface ServiceFigures {
  consultations: number;
  acceptances: number;
  certificates: number;
  transfers: number;
}

export interface WeekStatistics extends ServiceFigures {
  weekStart: CivilDate;
  weekEnd: CivilDate;
  /** 0-based sheet row and the A1 of its start and end dates, for messages. */
  row: number;
  startCell: string;
  endCell: string;
}

export interface StatisticsSummary {
  week: ServiceFigures;
  yearToDate: ServiceFigures;
  year: number;
  /** How many weekly rows went into the year-to-date sums (this week included). */
  weeksCounted: number;
}

const FIGURES: readonly (keyof ServiceFigures)[] = ['consultations', 'acceptances', 'certificates', 'transfers'];

export interface StatisticsRead {
  weeks: WeekStatistics[];
  /**
   * Start dates of rows left out for an error in their figures (a blank cell of the week just added). The
   * row exists, so "this week has no row" would send the clerk looking for the wrong mistake.
   */
  unreadableWeeks: CivilDate[];
  problems: Problem[];
}

/**
 * No row for this week: the message names the week row nearest to it (a week typed a day off, or the row
 * not yet added after the last one), so the clerk sees which row to fix or where to add one.
 */
function missingWeek(weeks: readonly WeekStatistics[], weekStart: CivilDate, range: string, sheet: string, factRefs: string): Problem {
  const base = `「${sheet}」中没有本期这一周（${range}，见 ${factRefs}）的一行`;
  let nearest: WeekStatistics | null = null;
  for (const w of weeks) {
    const distance = Math.abs(dayNumber(w.weekStart) - dayNumber(weekStart));
    if (!nearest || distance < Math.abs(dayNumber(nearest.weekStart) - dayNumber(weekStart))) nearest = w;
  }
  if (!nearest) return problem('INPUT', 'error', `${base}：请添加这一周的办件数。`, sheet);
  const where = `${at(sheet, nearest.startCell)}（${chineseDateRange(nearest.weekStart, nearest.weekEnd)}）`;
  return problem('INPUT', 'error', `${base}；最近的一周是 ${where}：请改正那一行的日期，或添加这一周的办件数。`, sheet, [nearest.startCell]);
}

export function readStatistics(grid: SheetGrid): StatisticsRead {
  const sheet = grid.name;
  const firstRowOfWeek = new Map<number, string>();
  const unreadableWeeks: CivilDate[] = [];
  const { items, problems } = readSheetRows(grid, STATISTICS_SHEET, (r) => {
    const start = r.date('weekStart');
    const end = r.date('weekEnd');
    const figures = Object.fromEntries(FIGURES.map((k) => [k, r.count(k)])) as Record<keyof ServiceFigures, number>;
    const startCell = r.cell('weekStart')!.address;
    if (start && end && compareDates(end, start) < 0) {
      const cells = [startCell, r.cell('weekEnd')!.address];
      r.problems.push(problem('INPUT', 'error', `${at(sheet, cells[1])} 的周结束日期早于周开始日期（${at(sheet, cells[0])}）。`, sheet, cells));
    }
    if (start) {
      const earlier = firstRowOfWeek.get(dayNumber(start));
      if (earlier) {
        r.problems.push(problem('INPUT', 'error', `${at(sheet, earlier)} 和 ${at(sheet, startCell)} 是同一周（${chineseDate(start)}开始），重复了。`, sheet, [earlier, startCell]));
      } else {
        firstRowOfWeek.set(dayNumber(start), startCell);
      }
    }
    if (start && r.problems.some((p) => p.severity === 'error')) unreadableWeeks.push(start);
    return { ...figures, weekStart: start!, weekEnd: end!, row: r.row, startCell, endCell: r.cell('weekEnd')!.address };
  });
  return { weeks: items, unreadableWeeks, problems };
}

/**
 * This week's figures and the sums of every week of the same year up to and including this one. A week
 * belongs to the year its END date falls in (see bulletinYear): a week spanning New Year counts toward the new year.
 * `unreadableWeeks`: weeks whose row is there but was left out for its own (already reported) errors.
 */
export function summarizeStatistics(
  read: Pick<StatisticsRead, 'weeks' | 'unreadableWeeks'>,
  weekStart: CivilDate,
  weekEnd: CivilDate,
  sheet: string,
  factCells: string[],
  factsSheet: string,
): { summary: StatisticsSummary | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const { weeks } = read;
  if (read.unreadableWeeks.some((d) => compareDates(d, weekStart) === 0)) return { summary: null, problems };
  const thisWeek = weeks.find((w) => compareDates(w.weekStart, weekStart) === 0);
  const range = chineseDateRange(weekStart, weekEnd);
  const factRefs = factCells.map((c) => at(factsSheet, c)).join('、');
  if (!thisWeek) {
    problems.push(missingWeek(weeks, weekStart, range, sheet, factRefs));
    return { summary: null, problems };
  }
  if (compareDates(thisWeek.weekEnd, weekEnd) !== 0) {
    // The week's dates live in both sheets: one message names both places, so the clerk fixes one to match.
    const cells = [thisWeek.startCell, thisWeek.endCell];
    problems.push(
      problem(
        'INPUT',
        'error',
        `本期的周在两处写得不一样：${factRefs} 是${range}，${at(sheet, cells[0])}、${at(sheet, cells[1])} 是${chineseDateRange(thisWeek.weekStart, thisWeek.weekEnd)}。两处应相同，改正其中一处。`,
        sheet,
        cells,
      ),
    );
    return { summary: null, problems };
  }
  const year = weekEnd.year;
  const counted = weeks.filter((w) => w.weekEnd.year === year && compareDates(w.weekEnd, weekEnd) <= 0);
  const yearToDate: ServiceFigures = { consultations: 0, acceptances: 0, certificates: 0, transfers: 0 };
  for (const w of counted) for (const k of FIGURES) yearToDate[k] += w[k];
  const week: ServiceFigures = {
    consultations: thisWeek.consultations,
    acceptances: thisWeek.acceptances,
    certificates: thisWeek.certificates,
    transfers: thisWeek.transfers,
  };
  return { summary: { week, yearToDate, year, weeksCounted: counted.length }, problems };
}
