/**
 * The whole bulletin as one print-ready sheet, laid out like the published issue: the red head, the
 * sections with their headings and paragraphs wrapped across the page width, the attachment table on its
 * own printed page, and the 送/发/印数 foot. A4 portrait with GB/T 9704 margins; the input sheets are untouched.
 */
import type { FontSpec, SheetPlan } from '../plan';
import { BULLETIN_RED, FONTS } from './bulletinFonts';
import type { BulletinAttachment, BulletinBlock, BulletinDocument } from './document';
import { SheetBuilder } from './sheetBuilder';
import { lineCapacityEm, MAX_ROW_HEIGHT, lineHeightPt, rowHeightFor, wrapLines } from './textMetrics';

/**
 * Six columns that suit the attachment table (排名 部门窗口 基础分值 减分分值 加分分值 实得分值) and add up
 * to 82 units = 574 px ≈ 152 mm: the 156 mm text block of GB/T 9704 with a little to spare.
 */
export const BULLETIN_COLUMN_WIDTHS = [6, 37, 9.75, 9.75, 9.75, 9.75];
const COLS = BULLETIN_COLUMN_WIDTHS.length;
const PAGE_UNITS = BULLETIN_COLUMN_WIDTHS.reduce((a, b) => a + b, 0);
/** Two full-width spaces: the first-line indent of Chinese paragraphs and headings. */
export const INDENT = '\u3000\u3000';
const MM = 1 / 25.4;
/** GB/T 9704 margins: top 37 mm, bottom 35 mm, binding side (left) 28 mm, right 26 mm. */
export const MARGINS_MM = { top: 37, bottom: 35, left: 28, right: 26 };
/** Height of the A4 text block between the top and bottom margins, in points, less a little for rounding. */
export const PAGE_BODY_PT = Math.floor(((297 - MARGINS_MM.top - MARGINS_MM.bottom) / 25.4) * 72) - 12;

/** A paragraph's rows: one, unless it is taller than Excel's 409 pt row limit. */
function paragraphChunks(text: string, font: FontSpec, indent: boolean): { text: string; height: number }[] {
  const lines = wrapLines((indent ? INDENT : '') + text, lineCapacityEm(PAGE_UNITS, font.size));
  const perRow = Math.floor((MAX_ROW_HEIGHT - 6) / lineHeightPt(font.size));
  const chunks: { text: string; height: number }[] = [];
  for (let i = 0; i < lines.length; i += perRow) {
    const part = lines.slice(i, i + perRow);
    chunks.push({ text: part.join(''), height: rowHeightFor(part.length, font.size) });
  }
  return chunks;
}

/**
 * A wrapped paragraph, indented two characters. A paragraph is kept in one row so its lines stay as Excel
 * wraps them (a row that does not fit moves to the next page whole); only one taller than 409 pt is split.
 */
function paragraph(b: SheetBuilder, text: string, font: FontSpec, indent: boolean): void {
  for (const c of paragraphChunks(text, font, indent)) b.line(c.text, c.height, { font, horizontal: 'left', vertical: 'top', wrap: true });
}

function head(b: SheetBuilder, doc: BulletinDocument): void {
  b.line(doc.head.name, 64, { font: FONTS.name, horizontal: 'center', vertical: 'center' });
  b.line(doc.head.issueLine, 28, { font: FONTS.issueLine, horizontal: 'center', vertical: 'center' });
  b.line(doc.head.dateRange, 28, { font: FONTS.issueLine, horizontal: 'center', vertical: 'center' });
  // The unit takes the left four columns, the date the right two: 20 characters of unit fit in 64 units at 14 pt.
  const r = b.row(26, [doc.head.unit, null, null, null, doc.head.issueDate]);
  b.span(r, 0, 3, { font: FONTS.unitLine, horizontal: 'left', vertical: 'bottom' });
  b.span(r, 4, COLS - 1, { font: FONTS.unitLine, horizontal: 'right', vertical: 'bottom' });
  b.rule(3, BULLETIN_RED);
  b.row(14);
}

function headingFont(level: 1 | 2 | 3): FontSpec {
  return level === 1 ? FONTS.heading1 : level === 2 ? FONTS.heading2 : FONTS.body;
}

/** Height of the heading at `i`, the headings straight after it, and the first row of the paragraph they lead to. */
function headingRunHeight(blocks: readonly BulletinBlock[], i: number): number {
  let height = 0;
  for (let k = i; k < blocks.length; k++) {
    const block = blocks[k];
    const font = block.kind === 'heading' ? headingFont(block.level) : FONTS.body;
    const chunks = paragraphChunks(block.text, font, true);
    if (block.kind === 'paragraph') return height + chunks[0].height;
    height += chunks.reduce((s, c) => s + c.height, 0);
  }
  return height;
}

function body(b: SheetBuilder, blocks: readonly BulletinBlock[]): void {
  blocks.forEach((block, i) => {
    if (block.kind === 'paragraph') {
      paragraph(b, block.text, FONTS.body, true);
      return;
    }
    // A heading never ends a page: it goes with the headings right under it (一、 then （一）) and the first row
    // of the paragraph after them, so 一、 is not left alone when （一） moves on.
    b.keepTogether(headingRunHeight(blocks, i));
    paragraph(b, block.text, headingFont(block.level), true);
  });
}

const TABLE_HEADER_PT = 32;
const TABLE_ROW_PT = 22;

/**
 * 「附件」 on a new printed page, the centred title, then the table. Where the table runs onto another page
 * its header row is written again at the top of that page: print titles (Excel's repeated rows) would also
 * print above the foot on the last page.
 */
function attachment(b: SheetBuilder, { label, titleLines, table }: BulletinAttachment): void {
  b.pageBreak();
  b.line(label, 30, { font: FONTS.attachmentLabel, horizontal: 'left', vertical: 'center' });
  // The title's own line breaks, so Excel does not break it inside 「（单位）」; each line still wraps if the cell is narrower.
  const lines = titleLines.reduce((n, line) => n + wrapLines(line, lineCapacityEm(PAGE_UNITS, FONTS.attachmentTitle.size)).length, 0);
  b.line(titleLines.join('\n'), rowHeightFor(lines, FONTS.attachmentTitle.size) + 8, {
    font: FONTS.attachmentTitle,
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
  });
  b.row(8);
  const header = (): void => {
    const r = b.row(TABLE_HEADER_PT, table.columns);
    b.format(r, 0, 1, COLS, { font: FONTS.tableHeader, horizontal: 'center', vertical: 'center', wrap: true, borders: 'all-thin' });
  };
  header();
  const nameCapacity = lineCapacityEm(BULLETIN_COLUMN_WIDTHS[1], FONTS.tableBody.size);
  for (const row of table.rows) {
    const height = Math.max(TABLE_ROW_PT, rowHeightFor(wrapLines(row.window, nameCapacity).length, FONTS.tableBody.size));
    let pageTop = false;
    if (height > b.remaining()) {
      b.pageBreak();
      header();
      pageTop = true;
    }
    // A tie group running onto a new page shows its rank again at the top, as the HTML does: no page starts blank.
    const rank = row.rankLabel === '' && !pageTop ? null : row.rank;
    const r = b.row(height, [rank, row.window, row.base, row.deductionShown, row.bonus, row.score]);
    b.format(r, 0, 1, COLS, {
      font: FONTS.tableBody,
      horizontal: 'center',
      vertical: 'center',
      wrap: true,
      borders: 'all-thin',
      numberFormat: 'General',
    });
  }
}

/** The 版记: a rule, 送 and 发 lines, a rule, the print run on the right; kept together on one page. */
function foot(b: SheetBuilder, doc: BulletinDocument): void {
  b.row(24);
  const send = paragraphChunks(doc.foot.send, FONTS.foot, false);
  const distribute = paragraphChunks(doc.foot.distribute, FONTS.foot, false);
  const height = [...send, ...distribute].reduce((s, c) => s + c.height, 0) + 1.5 * 2 + 24;
  b.keepTogether(height);
  b.rule(1.5, '#000000');
  paragraph(b, doc.foot.send, FONTS.foot, false);
  paragraph(b, doc.foot.distribute, FONTS.foot, false);
  b.rule(1.5, '#000000');
  b.line(doc.foot.printRun, 24, { font: FONTS.foot, horizontal: 'right', vertical: 'center' });
}

/** The sheet's default name: 「2023年第38期周报」 from the issue line. */
export function bulletinSheetName(doc: BulletinDocument): string {
  return `${doc.head.issueLine.replace(/（.*$/u, '')}周报`;
}

export function planBulletinSheet(doc: BulletinDocument, sheetName: string = bulletinSheetName(doc)): SheetPlan {
  const b = new SheetBuilder(COLS, PAGE_BODY_PT);
  head(b, doc);
  body(b, doc.blocks);
  if (doc.attachment) {
    // GB/T 9704: the attachment note one blank line below the body, indented two characters.
    b.row(14);
    paragraph(b, doc.attachment.bodyNote, FONTS.body, true);
    attachment(b, doc.attachment);
  }
  foot(b, doc);
  return {
    sheetName,
    values: b.values,
    merges: b.merges,
    formats: b.formats,
    columnWidths: [...BULLETIN_COLUMN_WIDTHS],
    rowHeights: b.rowHeights,
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: true,
      margins: {
        top: MARGINS_MM.top * MM,
        bottom: MARGINS_MM.bottom * MM,
        left: MARGINS_MM.left * MM,
        right: MARGINS_MM.right * MM,
        header: 15 * MM,
        footer: 20 * MM,
      },
      centerHorizontally: false,
      pageNumbers: true,
      ...(b.pageBreaks.length > 0 ? { pageBreaksBefore: [...b.pageBreaks] } : {}),
    },
  };
}
