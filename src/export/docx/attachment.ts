/**
 * The attachment: the note 「附件：…」 under the body, then on a new page 「附件」 in 3号黑体 at the top left, the
 * title centred in 2号方正小标宋 on the third line, and the ranking table. The header row repeats at the top of
 * every page the table runs onto (w:tblHeader); rows never split across pages. A tie group's later rows leave
 * the rank blank, as the reference prints them (the label comes from the core's tie display).
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { BulletinAttachment } from '../../core/bulletin/document';
import type { BulletinRow } from '../../core/model';
import type { FontSpec } from '../../core/plan';
import { BULLETIN_FONTS as F } from '../fonts';
import { TABLE_COLUMN_SHARES, TABLE_HEADER_PT, TABLE_ROW_PT, ptToTwips } from '../gbt9704';
import { TEXT_WIDTH_TWIPS } from './page';
import { BODY_LINE_TWIPS, charsTwips, lineParagraph, textParagraph } from './paragraphs';
import { textRuns } from './runs';

/** The note after the body: indented two characters, one blank line above; a wrapped line aligns after 「附件：」. */
export function attachmentNote(attachment: BulletinAttachment): Paragraph {
  const label = attachment.bodyNote.indexOf('：') + 1 || 3;
  return textParagraph(attachment.bodyNote, F.body, {
    spacing: { line: BODY_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: BODY_LINE_TWIPS, after: 0 },
    indent: { left: charsTwips(F.body, 2 + label), hanging: charsTwips(F.body, label) },
  });
}

const COLUMN_TWIPS = TABLE_COLUMN_SHARES.map((share) => Math.floor(TEXT_WIDTH_TWIPS * share));
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function cell(text: string, spec: FontSpec, column: number): TableCell {
  return new TableCell({
    width: { size: COLUMN_TWIPS[column], type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 57, right: 57, top: 0, bottom: 0 },
    children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, children: textRuns(text, spec) })],
  });
}

function row(cells: readonly string[], spec: FontSpec, heightPt: number, header: boolean): TableRow {
  return new TableRow({
    ...(header ? { tableHeader: true } : {}),
    cantSplit: true,
    height: { value: ptToTwips(heightPt), rule: HeightRule.ATLEAST },
    children: cells.map((text, i) => cell(text, spec, i)),
  });
}

function rowCells(r: BulletinRow): string[] {
  return [r.rankLabel, r.window, r.text.base, r.text.deduction, r.text.bonus, r.text.score];
}

export function attachmentPart(attachment: BulletinAttachment): (Paragraph | Table)[] {
  const { table } = attachment;
  return [
    lineParagraph(attachment.label, F.attachmentLabel, 'left', BODY_LINE_TWIPS, { pageBreakBefore: true }),
    // GB/T 9704: the title on the third line, so one blank line above it, and one below before the table.
    // Its lines as titleLines breaks them (between words, or where the clerk typed a break), one run each.
    lineParagraph(attachment.titleLines.join('\n'), F.attachmentTitle, 'center', ptToTwips(F.attachmentTitle.size * 1.5), {
      spacing: { line: ptToTwips(F.attachmentTitle.size * 1.5), lineRule: LineRuleType.EXACT, before: BODY_LINE_TWIPS, after: ptToTwips(F.attachmentTitle.size * 0.75) },
      keepNext: true,
    }),
    new Table({
      width: { size: COLUMN_TWIPS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: COLUMN_TWIPS,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
      rows: [row(table.columns, F.tableHeader, TABLE_HEADER_PT, true), ...table.rows.map((r) => row(rowCells(r), F.tableBody, TABLE_ROW_PT, false))],
    }),
  ];
}
