/** The ranking as a readable terminal table: the bulletin's columns, names left, figures right, CJK-aware padding. */
import type { BulletinTable } from '../core/model';
import { displayWidth, padEnd, padStart } from './displayWidth';

const GAP = '  ';

export function renderBulletinText(bulletin: BulletinTable): string {
  const header = bulletin.columns;
  const body = bulletin.rows.map((r) => [r.rankLabel, r.window, r.text.base, r.text.deduction, r.text.bonus, r.text.score]);
  // Loops, not Math.max(...column) or [...rows]: spreading 600,000 rows into one call overflows the stack.
  const widths = header.map((h) => displayWidth(h));
  for (const cells of body) for (let c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], displayWidth(cells[c]));
  // Column 1 (the window name) reads left to right; rank and figures line up on their last digit.
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 1 ? padEnd(cell, widths[c]) : padStart(cell, widths[c])))
      .join(GAP)
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1));
  const lines = [bulletin.title, '', line(header), rule];
  for (const cells of body) lines.push(line(cells));
  lines.push('');
  return lines.join('\n');
}
