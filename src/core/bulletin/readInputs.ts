/**
 * Reads every bulletin input sheet of a workbook in one pass and checks them against each other (the week
 * in 「通报信息」 must have its row in 「办件统计」, the handbook needs its total…). All problems at once.
 */
import type { SheetGrid, Workbook } from '../cell';
import { at, hasErrors, problem, type Problem } from '../problems';
import type { BulletinInputs } from './documentBuilder';
import { FREE_TEXT_SECTIONS, freeTextSectionOf } from './documentBuilder';
import { readFacts, type BulletinFacts, type FactCells } from './facts';
import { readFreeText } from './freeText';
import { handbookTotalProblem, readHandbook, summarizeHandbook } from './handbook';
import { FACTS_SHEET, FREE_TEXT_SHEET, HANDBOOK_SHEET, STATISTICS_SHEET, TEMPLATES_SHEET, VISITS_SHEET, type InputSheet } from './inputSheets';
import { findSheet } from './inputTable';
import { readStatistics, summarizeStatistics } from './statistics';
import { fillTemplate, readTemplates } from './templates';
import { readVisits, visitsInWeek } from './visits';
import { commonFields } from './paragraphs';

export interface InputsRead {
  inputs: BulletinInputs | null;
  /** Read even when other sheets have errors, so the caller can still find the score sheet. */
  facts: BulletinFacts | null;
  factCells: FactCells;
  /** The facts sheet's name as the workbook spells it. */
  factsSheet: string;
  /** The sheets read as bulletin inputs (never candidates for the score table). */
  inputSheets: string[];
  problems: Problem[];
}

function sheetOf(wb: Workbook, spec: InputSheet<string>): SheetGrid | null {
  return findSheet(wb, [spec.name, ...spec.aliases]);
}

function missingSheet(spec: InputSheet<string>, why: string): Problem {
  return problem('SHEET_NOT_FOUND', 'error', `工作簿中没有「${spec.name}」工作表：${why}（可用 window-bulletin template 生成带示例的模板）。`);
}

export function readBulletinInputs(wb: Workbook): InputsRead {
  const problems: Problem[] = [];
  const factsGrid = sheetOf(wb, FACTS_SHEET);
  const statsGrid = sheetOf(wb, STATISTICS_SHEET);
  const handbookGrid = sheetOf(wb, HANDBOOK_SHEET);
  const visitsGrid = sheetOf(wb, VISITS_SHEET);
  const textGrid = sheetOf(wb, FREE_TEXT_SHEET);
  const templatesGrid = sheetOf(wb, TEMPLATES_SHEET);
  const factsSheet = factsGrid?.name ?? FACTS_SHEET.name;
  const inputSheets = [factsGrid, statsGrid, handbookGrid, visitsGrid, textGrid, templatesGrid].flatMap((g) => (g ? [g.name] : []));

  if (!factsGrid) problems.push(missingSheet(FACTS_SHEET, '期号、日期、编印单位等写在这里'));
  if (!statsGrid) problems.push(missingSheet(STATISTICS_SHEET, '每周的咨询、受理、颁发、流转数写在这里'));
  const factsRead = factsGrid ? readFacts(factsGrid) : null;
  if (factsRead) problems.push(...factsRead.problems);
  const facts = factsRead?.facts ?? null;
  const factCells = factsRead?.cells ?? {};

  const stats = statsGrid ? readStatistics(statsGrid) : null;
  if (stats) problems.push(...stats.problems);
  const handbook = handbookGrid ? readHandbook(handbookGrid) : null;
  if (handbook) problems.push(...handbook.problems);
  const visits = visitsGrid ? readVisits(visitsGrid) : null;
  if (visits) problems.push(...visits.problems);
  const freeText = textGrid ? readFreeText(textGrid) : { paragraphs: [], problems: [] };
  problems.push(...freeText.problems);
  const templates = readTemplates(templatesGrid);
  problems.push(...templates.problems);

  if (!facts || !stats || !factsGrid || !statsGrid) return { inputs: null, facts, factCells, factsSheet, inputSheets, problems };

  const statistics = summarizeStatistics(
    stats,
    facts.weekStart,
    facts.weekEnd,
    statsGrid.name,
    [factCells.weekStart!, factCells.weekEnd!],
    factsGrid.name,
  );
  problems.push(...statistics.problems);

  let handbookProgress = null;
  if (handbook && handbookGrid && handbook.entries.length > 0) {
    const totalProblem = handbookTotalProblem(facts.handbookTotal, factsGrid.name, factCells.handbookTotal, handbookGrid.name);
    if (totalProblem) problems.push(totalProblem);
    else {
      handbookProgress = summarizeHandbook(handbook.entries, facts.weekStart, facts.weekEnd, facts.handbookTotal!);
      if (handbookProgress.cumulative > handbookProgress.total) {
        const c = factCells.handbookTotal!;
        problems.push(
          problem('INPUT', 'warning', `「${handbookGrid.name}」累计完成${handbookProgress.cumulative}项，超过 ${at(factsGrid.name, c)} 的办理项总数${handbookProgress.total}。`, factsGrid.name, [c]),
        );
      }
    }
  } else if (handbookGrid && handbook && handbook.problems.length === 0) {
    problems.push(problem('INPUT', 'warning', `「${handbookGrid.name}」没有数据，通报中不写手册编制情况。`, handbookGrid.name));
  }

  warnUnknownSections(freeText.paragraphs, templates.templates, facts, textGrid?.name ?? FREE_TEXT_SHEET.name, problems);

  if (hasErrors(problems) || !statistics.summary) return { inputs: null, facts, factCells, factsSheet, inputSheets, problems };
  return {
    inputs: {
      facts,
      statistics: statistics.summary,
      handbook: handbookProgress,
      visits: visits ? visitsInWeek(visits.visits, facts.weekStart, facts.weekEnd) : null,
      freeText: freeText.paragraphs,
      templates: templates.templates,
    },
    facts,
    factCells,
    factsSheet,
    inputSheets,
    problems,
  };
}

/** A 栏目 that names no known section becomes its own section; say so once, in case it is a typo. */
function warnUnknownSections(
  paragraphs: ReturnType<typeof readFreeText>['paragraphs'],
  templates: ReturnType<typeof readTemplates>['templates'],
  facts: BulletinFacts,
  sheet: string,
  problems: Problem[],
): void {
  const headingOf = (key: (typeof FREE_TEXT_SECTIONS)[number]) => fillTemplate(templates[`标题：${key}`], commonFields(facts));
  const warned = new Set<string>();
  for (const p of paragraphs) {
    if (freeTextSectionOf(p.section, headingOf) || warned.has(p.section)) continue;
    warned.add(p.section);
    const known = FREE_TEXT_SECTIONS.map(headingOf).join('、');
    problems.push(
      problem('INPUT', 'warning', `${at(sheet, p.sectionCell)} 的栏目“${p.section}”不是已有栏目（${known}），作为新的一级栏目排在政务资讯之后。`, sheet, [p.sectionCell]),
    );
  }
}
