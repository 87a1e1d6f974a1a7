/**
 * A formula saved without its result (a file written by a program, never opened in Excel or WPS) reads as blank.
 * Anywhere else that is worth a warning; in a figure column of the ranked table it would rank the window on 0
 * instead of its real points, so there it is an error naming the cell.
 */
import { cellAddress, parseCellAddress, sheetCellRef } from '../core/address';
import { ROLE_NAMES } from '../core/headerWords';
import type { ScoreTable } from '../core/model';
import { problem, type Problem } from '../core/problems';

const FIGURE_ROLES = ['base', 'deduction', 'bonus'] as const;

/** `readProblems` from readWorkbook: its only UNREADABLE_FILE warnings are the uncached-formula ones, cells listed. */
export function uncachedFigureErrors(readProblems: readonly Problem[], table: ScoreTable | null): Problem[] {
  if (!table) return [];
  const rows = new Set(table.sourceRows);
  const roleOfColumn = new Map<number, (typeof FIGURE_ROLES)[number]>();
  for (const role of FIGURE_ROLES) {
    const col = table.header.columns[role];
    if (col !== undefined) roleOfColumn.set(col, role);
  }
  const errors: Problem[] = [];
  for (const p of readProblems) {
    if (p.code !== 'UNREADABLE_FILE' || p.severity !== 'warning' || p.sheet !== table.sheet) continue;
    for (const cell of p.cells ?? []) {
      const at = parseCellAddress(cell);
      const role = at && roleOfColumn.get(at.col);
      if (!at || !role || !rows.has(at.row)) continue;
      const address = cellAddress(at.row, at.col);
      errors.push(
        problem(
          'NOT_A_NUMBER',
          'error',
          `${sheetCellRef(table.sheet, address)} 的${ROLE_NAMES[role]}是公式，但文件里没有保存计算结果，无法得知分值。请在 Excel 或 WPS 中打开并保存后再试。`,
          table.sheet,
          [address],
        ),
      );
    }
  }
  return errors;
}
