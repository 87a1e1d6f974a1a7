/**
 * The whole bulletin from a workbook: the input sheets read and checked against each other, the score sheet
 * ranked by the engine for the attachment, and the document built — with every problem of every sheet
 * collected, so a clerk fixes them all in one go. Every host (CLI, task pane) calls this one function.
 */
import type { SheetGrid, Workbook } from '../cell';
import { buildBulletinTable } from '../bulletinTable';
import { rankWorkbook } from '../engine';
import { DEFAULT_RANK_OPTIONS, type Period, type RankOptions } from '../model';
import { inferPeriod } from '../period';
import { at, hasErrors, problem, type Problem } from '../problems';
import type { BulletinDocument } from './document';
import { buildBulletinDocument, type BulletinAttachmentInput } from './documentBuilder';
import type { BulletinFacts, FactCells } from './facts';
import { readBulletinInputs } from './readInputs';
import { bulletinHistoryFields } from '../history/bulletinFields';
import { isDerivedSheet } from '../history/derivedSheets';
import type { HistorySettings } from '../history/settings';

export interface ComposedBulletin {
  /** Null when any problem is an error. */
  document: BulletinDocument | null;
  /** The sheet the attachment was ranked from; null without an attachment. */
  scoreSheet: string | null;
  /** Every sheet the bulletin was made from (input sheets and score sheet): a host shows file warnings for these only. */
  sheetsRead: string[];
  problems: Problem[];
}

/** Where the attachment comes from, and what its absence means. */
interface AttachmentRead {
  attachment: BulletinAttachmentInput | null;
  scoreSheet: string | null;
  problems: Problem[];
}

/** `historySettings`: the 流动红旗 count and last-place thresholds for the history fields (defaults when absent). */
export function composeBulletin(wb: Workbook, options: Partial<RankOptions> = {}, historySettings?: HistorySettings): ComposedBulletin {
  const rankOptions: RankOptions = { ...DEFAULT_RANK_OPTIONS, ...options };
  const read = readBulletinInputs(wb);
  // The input sheets are never candidates for the score table (a 部门 column must not pass for 部门窗口).
  const candidates: Workbook = { sheets: wb.sheets.filter((s) => !read.inputSheets.includes(s.name) && !isDerivedSheet(s.name)) };
  const attachment = readAttachment(candidates, read.facts, read.factCells, read.factsSheet, rankOptions, wb, historySettings);
  const problems = [...read.problems, ...attachment.problems];
  const { scoreSheet } = attachment;
  const sheetsRead = scoreSheet ? [...read.inputSheets, scoreSheet] : read.inputSheets;
  if (hasErrors(problems) || !read.inputs) return { document: null, scoreSheet, sheetsRead, problems };
  return { document: buildBulletinDocument(read.inputs, attachment.attachment), scoreSheet, sheetsRead, problems };
}

/**
 * The attachment is the month's ranking. A workbook with no score sheet makes a bulletin without one (a
 * warning), unless 「通报信息」 asks for one by naming the month or the sheet: then its absence is an error.
 * When the facts could not be read the score sheet is still ranked, so its problems are reported too.
 */
function readAttachment(
  candidates: Workbook,
  facts: BulletinFacts | null,
  factCells: FactCells,
  factsSheet: string,
  options: RankOptions,
  workbook: Workbook,
  historySettings?: HistorySettings,
): AttachmentRead {
  if (facts && !facts.attachRanking) {
    // The score sheet may well be there (carried from week to week): it is not ranked, not even checked.
    return { attachment: null, scoreSheet: null, problems: [] };
  }
  const outcome = rankWorkbook(candidates, facts?.scoreSheet ?? undefined, options);
  const noScoreSheet = outcome.problems.some((p) => p.code === 'NO_SCORE_SHEET');
  if (noScoreSheet) {
    if (!facts) return { attachment: null, scoreSheet: null, problems: [] };
    if (facts.assessmentMonth) {
      const cell = factCells.assessmentMonth!;
      const message = `${at(factsSheet, cell)} 填了考核月份，但工作簿中找不到考核表（部门窗口 / 基础分值 / 减分分值 / 加分分值）。${outcome.problems[0].message}`;
      return { attachment: null, scoreSheet: null, problems: [problem('NO_SCORE_SHEET', 'error', message, factsSheet, [cell])] };
    }
    const message = '工作簿中没有考核表，本期周报不带附件，也不写考核情况。';
    return { attachment: null, scoreSheet: null, problems: [problem('NO_SCORE_SHEET', 'warning', message)] };
  }
  if (outcome.problems.some((p) => p.code === 'SHEET_NOT_FOUND') && facts?.scoreSheet) {
    return { attachment: null, scoreSheet: null, problems: outcome.problems.map((p) => pointAtFact(p, factsSheet, factCells.scoreSheet)) };
  }
  const grid = candidates.sheets.find((s) => s.name === outcome.table?.sheet);
  const monthProblems: Problem[] = [];
  const period = facts ? periodOf(facts, grid, factsSheet, monthProblems) : null;
  const problems = [...outcome.problems, ...monthProblems];
  if (!facts || !period || !outcome.table || !outcome.ranking || hasErrors(problems)) {
    return { attachment: null, scoreSheet: outcome.table?.sheet ?? null, problems };
  }
  const table = buildBulletinTable(outcome.table, outcome.ranking, { period, hallName: facts.hallName }, options.tieDisplay);
  const history = bulletinHistoryFields(workbook, period, outcome.table, outcome.ranking, historySettings);
  return { attachment: { table, period, history }, scoreSheet: outcome.table.sheet, problems };
}

/** A 考核表 name in 「通报信息」 that matches no sheet: the engine's message, pointing at the cell that named it. */
function pointAtFact(p: Problem, factsSheet: string, cell: string | undefined): Problem {
  if (!cell) return p;
  return problem(p.code, p.severity, `${at(factsSheet, cell)}：${p.message}`, factsSheet, [cell]);
}

/** The assessment month: as 「通报信息」 gives it, else the score sheet's title. A bulletin does not guess it. */
function periodOf(facts: BulletinFacts, grid: SheetGrid | undefined, factsSheet: string, problems: Problem[]): Period | null {
  if (facts.assessmentMonth) return facts.assessmentMonth;
  const inferred = grid ? inferPeriod(grid) : null;
  if (inferred) return inferred;
  const where = grid ? `「${grid.name}」的标题` : '考核表';
  problems.push(
    problem(
      'INPUT',
      'error',
      `没能从${where}中看出考核月份（应有“2023年8月……”这样的标题）：请在「${factsSheet}」的“考核月份”一项填写，如 2023-08。`,
      grid?.name,
    ),
  );
  return null;
}
