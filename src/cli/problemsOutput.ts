/** Problems on stderr, one per line: 错误 first, then 警告, each naming its sheet and cell. */
import { sheetCellRef } from '../core/address';
import { cappedList } from '../core/cappedList';
import type { Problem } from '../core/problems';
import type { CliIo } from './command';

export function formatProblem(p: Problem): string {
  const label = p.severity === 'error' ? '错误' : '警告';
  let text = p.message;
  // Messages name their cells already; if one does not, add them so no problem is ever unlocated.
  if (p.sheet && p.cells && p.cells.length > 0 && !text.includes(sheetCellRef(p.sheet, p.cells[0]))) {
    text += `（${cappedList(p.cells.map((c) => sheetCellRef(p.sheet as string, c)), '单元格')}）`;
  }
  return `${label}：${text}`;
}

export function printProblems(io: CliIo, problems: readonly Problem[]): void {
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
  for (const p of ordered) io.stderr(`${formatProblem(p)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 1) io.stderr(`共 ${errors} 个错误，请全部改正后再运行。\n`);
}
