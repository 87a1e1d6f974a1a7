/** Building engine grids by hand for the core tests: a sheet is just rows of cell values. */
import type { CellValue, SheetGrid, TableRef } from '../../src/core/cell';
import { rankSheet } from '../../src/core/engine';
import type { Problem, ProblemCode } from '../../src/core/problems';

export function grid(values: CellValue[][], more: Partial<Omit<SheetGrid, 'values'>> = {}): SheetGrid {
  return { name: more.name ?? '考核', originRow: more.originRow ?? 0, originCol: more.originCol ?? 0, values, merges: more.merges ?? [], tables: more.tables ?? [] };
}

export function table(name: string, row: number, col: number, rows: number, cols: number): TableRef {
  return { name, range: { row, col, rows, cols } };
}

export const HEADER: CellValue[] = ['部门窗口', '基础分值', '减分分值', '加分分值'];

/** The window names of a ranked sheet in bulletin order, with their ranks. */
export function ranked(values: CellValue[][], options: Parameters<typeof rankSheet>[1] = {}): { window: string; rank: number }[] {
  const outcome = rankSheet(grid(values), options);
  if (!outcome.table || !outcome.ranking) throw new Error(`not ranked: ${outcome.problems.map((p) => p.message).join(' / ')}`);
  const { table: t, ranking } = outcome;
  return Array.from(ranking.order, (i, k) => ({ window: t.names[i], rank: ranking.rank[k] }));
}

export function ofCode(problems: readonly Problem[], code: ProblemCode): Problem[] {
  return problems.filter((p) => p.code === code);
}
