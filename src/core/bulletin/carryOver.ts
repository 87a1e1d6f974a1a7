/**
 * The next week's workbook from this week's: the next issue's facts, the statistics and handbook history
 * (the year-to-date and cumulative figures need it) with a row for the new week, the visits history, the
 * clerk's own templates, and the score sheet (its name; the host copies the sheet itself, formulas and formats
 * with it). This week's free text is not carried over.
 */
import type { Workbook } from '../cell';
import { hasErrors, problem, type Problem } from '../problems';
import { compareDates } from './civilDate';
import { nextIssue, readFacts } from './facts';
import { readHandbook } from './handbook';
import { rankWorkbook } from '../engine';
import { FACTS_SHEET, FREE_TEXT_SHEET, HANDBOOK_SHEET, STATISTICS_SHEET, TEMPLATES_SHEET, VISITS_SHEET } from './inputSheets';
import { findSheet } from './inputTable';
import { factCells, type BulletinInputData, type WeekFiguresRow } from './inputWorkbook';
import { readStatistics } from './statistics';
import { readTemplates, templateText } from './templates';
import type { TemplateName } from './templateSpecs';
import { readVisits } from './visits';

/**
 * The score sheet to carry into the next week's workbook: the one 「通报信息」 names, else the first sheet (not an
 * input sheet) holding a score table. The clerk keeps scoring in it through the month; null when there is none.
 */
function scoreSheetOf(wb: Workbook, inputSheets: readonly string[], named: string | null): string | null {
  if (named && wb.sheets.some((s) => s.name === named)) return named;
  const candidates: Workbook = { sheets: wb.sheets.filter((s) => !inputSheets.includes(s.name)) };
  return rankWorkbook(candidates).table?.sheet ?? null;
}

export function carryOverInputs(wb: Workbook): { data: BulletinInputData | null; scoreSheet: string | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const sheet = (spec: { name: string; aliases: readonly string[] }) => findSheet(wb, [spec.name, ...spec.aliases]);
  const factsGrid = sheet(FACTS_SHEET);
  if (!factsGrid) {
    problems.push(problem('SHEET_NOT_FOUND', 'error', `上一期的工作簿中没有「${FACTS_SHEET.name}」工作表，无法推算下一期。`));
    return { data: null, scoreSheet: null, problems };
  }
  const facts = readFacts(factsGrid);
  problems.push(...facts.problems);
  const statsGrid = sheet(STATISTICS_SHEET);
  const stats = statsGrid ? readStatistics(statsGrid) : { weeks: [], problems: [] };
  const handbookGrid = sheet(HANDBOOK_SHEET);
  const handbook = handbookGrid ? readHandbook(handbookGrid) : { entries: [], problems: [] };
  const visitsGrid = sheet(VISITS_SHEET);
  const visits = visitsGrid ? readVisits(visitsGrid) : { visits: [], problems: [] };
  const templates = readTemplates(sheet(TEMPLATES_SHEET));
  problems.push(...stats.problems, ...handbook.problems, ...visits.problems, ...templates.problems);
  if (hasErrors(problems) || !facts.facts) return { data: null, scoreSheet: null, problems };
  const inputSheets = [factsGrid, statsGrid, handbookGrid, visitsGrid, sheet(FREE_TEXT_SHEET), sheet(TEMPLATES_SHEET)].flatMap((g) => (g ? [g.name] : []));

  const next = nextIssue(facts.facts);
  const statistics: WeekFiguresRow[] = stats.weeks.map((w) => ({
    weekStart: w.weekStart,
    weekEnd: w.weekEnd,
    consultations: w.consultations,
    acceptances: w.acceptances,
    certificates: w.certificates,
    transfers: w.transfers,
  }));
  // The new week's row, its figures left blank for the clerk (the bulletin refuses to run until they are filled).
  if (!statistics.some((w) => compareDates(w.weekStart, next.weekStart) === 0)) {
    statistics.push({ weekStart: next.weekStart, weekEnd: next.weekEnd });
  }
  const custom: Partial<Record<TemplateName, string>> = {};
  for (const [name, t] of Object.entries(templates.templates) as [TemplateName, (typeof templates.templates)[TemplateName]][]) {
    if (t.cell) custom[name] = templateText(t);
  }
  return {
    data: {
      facts: factCells(next),
      statistics,
      handbook: handbook.entries.map((e) => ({ date: e.date, department: e.department, items: e.items })),
      visits: visits.visits.map((v) => ({ date: v.date, department: v.department, title: v.title, name: v.name })),
      freeText: [],
      templates: custom,
    },
    scoreSheet: scoreSheetOf(wb, inputSheets, facts.facts.scoreSheet),
    problems,
  };
}
