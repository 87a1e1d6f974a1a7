/**
 * The bulletin as plain text, the text/plain half of the clipboard: one paragraph a line with the first-line
 * indent of two full-width spaces, the unit and date on one line, the table's rows with tabs between cells (so a
 * paste into a spreadsheet lands in columns), blank lines between the parts.
 */
import type { BulletinDocument } from '../core/bulletin/document';
import { xmlSafeText } from './plainText';

const INDENT = '\u3000\u3000';

export function renderBulletinText(doc: BulletinDocument): string {
  const { head, attachment, foot } = doc;
  const lines = [head.name, head.issueLine, head.dateRange, `${head.unit}\u3000\u3000${head.issueDate}`, ''];
  for (const b of doc.blocks) lines.push(INDENT + b.text);
  if (attachment) {
    lines.push('', INDENT + attachment.bodyNote, '', attachment.label, attachment.table.title, attachment.table.columns.join('\t'));
    for (const r of attachment.table.rows) lines.push([r.rankLabel, r.window, r.text.base, r.text.deduction, r.text.bonus, r.text.score].map(oneCell).join('\t'));
  }
  lines.push('', foot.send, foot.distribute, foot.printRun, '');
  return xmlSafeText(lines.join('\n'));
}

/** A tab or line break inside a cell's own text would shift the columns of a paste: it becomes a space. */
function oneCell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}
