/** The ranking as a readable terminal table: the bulletin's columns, names left, figures right, CJK-aware padding. */
import type { BulletinTable } from '../core/model';
import { displayWidth, padEnd, padStart } from './displayWidth';

const GAP = '  ';

export function renderBulletinText(bulletin: BulletinTable): string {
  let text = '';
  writeBulletinText(bulletin, (piece) => (text += piece));
  return text;
}

/** Rows per piece written: the table of 600,000 windows printed in one string held that string besides the rows. */
const LINES_PER_PIECE = 1000;

/** The same text as renderBulletinText, handed to `write` a batch of lines at a time. */
export function writeBulletinText(bulletin: BulletinTable, write: (text: string) => void): void {
  const header = bulletin.columns;
  const cellsOf = (r: BulletinTable['rows'][number]) => [r.rankLabel, r.window, r.text.base, r.text.deduction, r.text.bonus, r.text.score];
  // Loops, not Math.max(...column) or [...rows]: spreading 600,000 rows into one call overflows the stack.
  const widths = header.map((h) => displayWidth(h));
  for (const r of bulletin.rows) {
    const cells = cellsOf(r);
    for (let c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], displayWidth(cells[c]));
  }
  // Column 1 (the window name) reads left to right; rank and figures line up on their last digit.
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 1 ? padEnd(cell, widths[c]) : padStart(cell, widths[c])))
      .join(GAP)
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1));
  write(`${[bulletin.title, '', line(header), rule].join('\n')}\n`);
  const { rows } = bulletin;
  for (let start = 0; start < rows.length; start += LINES_PER_PIECE) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(rows.length, start + LINES_PER_PIECE); i++) lines.push(line(cellsOf(rows[i])));
    write(`${lines.join('\n')}\n`);
  }
}
