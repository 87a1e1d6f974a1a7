/**
 * The same event entered twice: two counted lines with the same date, window, item, 依据 and person. A warning,
 * not an error (two late arrivals on one day can be real), naming both rows so the clerk can look.
 */
import { isoDate } from '../bulletin/civilDate';
import { problem, type Problem } from '../problems';
import { cellAddress } from '../address';
import type { LedgerLine } from './lines';

export function duplicateWarnings(sheet: string, lines: readonly LedgerLine[], dateCol: number): Problem[] {
  const first = new Map<string, LedgerLine>();
  const problems: Problem[] = [];
  for (const line of [...lines].sort((a, b) => a.row - b.row)) {
    if (line.status !== 'valid') continue;
    const key = [isoDate(line.date), line.window.name, line.rule.code, line.evidence, line.person].join('\u0000');
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, line);
      continue;
    }
    const cells = [cellAddress(earlier.row - 1, dateCol), cellAddress(line.row - 1, dateCol)];
    const what = `${isoDate(line.date)} ${line.window.name} ${line.rule.code}${line.evidence ? `（依据：${line.evidence}）` : ''}`;
    problems.push(
      problem(
        'INPUT',
        'warning',
        `「${sheet}」第 ${earlier.row} 行和第 ${line.row} 行记的是同一件事：${what}，两行都计分了。如果是重复录入，请删去一行或把状态改为“撤销”。`,
        sheet,
        cells,
      ),
    );
  }
  return problems;
}
