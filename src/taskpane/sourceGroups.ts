/**
 * The source picker's order: sheets and tables that hold a score table (the engine found its header) first, then
 * the others, and apart from both the bulletin's input sheets (通报信息, 办件统计, …), which are never a score source:
 * picking one only ever gave a red "no header" error. The add-in's own sheets are left out by the hosts already.
 */
import {
  FACTS_SHEET,
  FREE_TEXT_SHEET,
  HANDBOOK_SHEET,
  STATISTICS_SHEET,
  TEMPLATES_SHEET,
  VISITS_SHEET,
} from '../core/bulletin/inputSheets';
import type { SourceInfo } from '../core/hostContract';

const INPUT_SHEET_NAMES = new Set([FACTS_SHEET, STATISTICS_SHEET, HANDBOOK_SHEET, VISITS_SHEET, FREE_TEXT_SHEET, TEMPLATES_SHEET].map((s) => s.name));

export interface SourceGroups {
  /** Holds a score table: what a clerk picks. */
  score: SourceInfo[];
  /** No score header found: offered, under its own heading, for a sheet the detection misses. */
  other: SourceInfo[];
  /** Bulletin input sheets and their tables: shown apart, not choosable. */
  inputs: SourceInfo[];
}

export function isInputSheet(sheet: string): boolean {
  return INPUT_SHEET_NAMES.has(sheet.trim());
}

export function groupSources(sources: readonly SourceInfo[]): SourceGroups {
  const groups: SourceGroups = { score: [], other: [], inputs: [] };
  for (const s of sources) {
    if (isInputSheet(s.sheet)) groups.inputs.push(s);
    else if (s.header) groups.score.push(s);
    else groups.other.push(s);
  }
  return groups;
}
