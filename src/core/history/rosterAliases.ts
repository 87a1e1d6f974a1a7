/**
 * The roster's aliases as the history joins by them: 「窗口名单」 (the ledger's roster, read by its own reader,
 * src/core/ledger/roster.ts) lists each window with its 简称 / 曾用名, so 省国土资源厅 recorded in March and
 * 自然资源厅 from April are one window. A workbook without a roster joins by exact names.
 */
import type { SheetGrid, Workbook } from '../cell';
import { problem, type Problem } from '../problems';
import { findWindow, readRosterSheet } from '../ledger/roster';
import { ROSTER_SHEET } from '../ledger/sheets';
import { findSheet } from '../bulletin/inputTable';
import { EXACT_NAMES, type WindowAliases } from './aliases';

export interface RosterAliases {
  aliases: WindowAliases;
  /** Set when a roster is there but could not be read: the history then joins by exact names, and says so. */
  problems: Problem[];
}

/** Every name the roster sheet may go by (a host reads just that sheet beside 「考核历史」). */
export const ROSTER_SHEET_NAMES: readonly string[] = [ROSTER_SHEET.name, ...ROSTER_SHEET.aliases];

export function rosterSheetOf(workbook: Workbook): SheetGrid | null {
  return findSheet(workbook, ROSTER_SHEET_NAMES);
}

/** The aliases of the roster sheet, or exact names when there is none (null) or it cannot be read. */
export function aliasesOfRoster(grid: SheetGrid | null | undefined): RosterAliases {
  if (!grid) return { aliases: EXACT_NAMES, problems: [] };
  const { roster } = readRosterSheet(grid);
  if (!roster || roster.windows.length === 0) {
    const message = `「${grid.name}」读不出窗口和简称（详见台账的提示），考核历史暂按窗口名称精确匹配，改过名的窗口不会合并。`;
    return { aliases: EXACT_NAMES, problems: [problem('INPUT', 'warning', message, grid.name)] };
  }
  return { aliases: { canonicalName: (name) => findWindow(roster, name)?.name }, problems: [] };
}

export function workbookAliases(workbook: Workbook): RosterAliases {
  return aliasesOfRoster(rosterSheetOf(workbook));
}
