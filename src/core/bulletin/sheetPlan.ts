/**
 * The whole bulletin as one print-ready sheet, laid out like the published issue: the red head, the
 * sections with their headings and paragraphs wrapped across the page width, the attachment table on its
 * own printed page, and the 送/发/印数 foot. A4 portrait with GB/T 9704 margins; the input sheets are untouched.
 */
import type { CellRange } from '../cell';
import type { BulletinTable } from '../model';
import type { FormatBlock, PlanValue, SheetPlan } from '../plan';
import { BODY_PT, BULLETIN_RED, FONTS } from './bulletinFonts';
import type { BulletinBlock, BulletinDocument } from './document';
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
/** 37 / 35 / 28 / 26 mm (top / bottom / binding-side left / right), in inches as both Excel APIs take them. */
const MM = 1 / 25.4;

class SheetBuilder {
  readonly values: PlanValue[][] = [];
  readonly merges: CellRange[] = [];
  readonly formats: FormatBlock[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  row(height: number, cells: PlanValue[] = []): number {
    const r = this.values.length;
    const values: PlanValue[] = new Array(COLS).fill(null);
    cells.forEach((v, i) => (values[i] = v));
    this.values.push(values);
    this.rowHeights.push({ row: r, height });
    return r;
  }

  /** One text spanning columns [from, to] of row r. */
  span(r: number, from: number, to: number, format: Omit<FormatBlock, 'range'>): void {
    if (to > from) this.merges.push({ row: r, col: from, rows: 1, cols: to - from + 1 });
    this.formats.push({ range: { row: r, col: from, rows: 1, cols: to - from + 1 }, ...format });
  }

  /** A full-width line of text, merged across the page. */
  line(text: string, height: number, format: Omit<FormatBlock, 'range'>): number {
    const r = this.row(height, [text]);
    this.span(r, 0, COLS - 1, format);
    return r;
  }

  /** A thin coloured bar across the page: the red rule under the head, the black rules of the foot. */
  rule(height: number, color: string): number {
    const r = this.row(height);
    this.formats.push({ range: { row: r, col: 0, rows: 1, cols: COLS }, fill: color });
    return r;
  }
}

/**
 * A wrapped paragraph, indented two characters. Excel caps a row at 409 pt, so a paragraph longer than
 * that is continued in the next row, split at an estimated line end.
 */
function paragraphRows(b: SheetBuilder, text: string, font: FormatBlock['font'], indent: boolean): void {
  const size = font?.size ?? BODY_PT;
  const lines = wrapLines((indent ? INDENT : '') + text, lineCapacityEm(PAGE_UNITS, size));
  const perRow = Math.floor((MAX_ROW_HEIGHT - 6) / lineHeightPt(size));
  for (let i = 0; i < lines.length; i += perRow) {
    const chunk = lines.slice(i, i + perRow);
    b.line(chunk.join(''), rowHeightFor(chunk.length, size), { font, horizontal: 'left', vertical: 'top', wrap: true });
  }
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

function body(b: SheetBuilder, blocks: readonly BulletinBlock[]): void {
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const font = block.level === 1 ? FONTS.heading1 : block.level === 2 ? FONTS.heading2 : FONTS.body;
      paragraphRows(b, block.text, font, true);
    } else {
      paragraphRows(b, block.text, FONTS.body, true);
    }
  }
}

/** 「附件」 on a new printed page, the centred title, then the table with its header repeated on every page. */
function attachment(b: SheetBuilder, label: string, table: BulletinTable): { labelRow: number; headerRow: number } {
  const labelRow = b.line(label, 30, { font: FONTS.attachmentLabel, horizontal: 'left', vertical: 'center' });
  const titleLines = wrapLines(table.title, lineCapacityEm(PAGE_UNITS, FONTS.attachmentTitle.size)).length;
  b.line(table.title, rowHeightFor(titleLines, FONTS.attachmentTitle.size) + 8, {
    font: FONTS.attachmentTitle,
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
  });
  b.row(8);
  const headerRow = b.row(32, table.columns);
  b.formats.push({
    range: { row: headerRow, col: 0, rows: 1, cols: COLS },
    font: FONTS.tableHeader,
    horizontal: 'center',
    vertical: 'center',
    wrap: true,
    borders: 'all-thin',
  });
  const first = headerRow + 1;
  const nameCapacity = lineCapacityEm(BULLETIN_COLUMN_WIDTHS[1], FONTS.tableBody.size);
  for (const row of table.rows) {
    const lines = wrapLines(row.window, nameCapacity).length;
    b.row(Math.max(22, rowHeightFor(lines, FONTS.tableBody.size)), [
      row.rankLabel === '' ? null : row.rank,
      row.window,
      row.base,
      row.deductionShown,
      row.bonus,
      row.score,
    ]);
  }
  if (table.rows.length > 0) {
    b.formats.push({
      range: { row: first, col: 0, rows: table.rows.length, cols: COLS },
      font: FONTS.tableBody,
      horizontal: 'center',
      vertical: 'center',
      wrap: true,
      borders: 'all-thin',
      numberFormat: 'General',
    });
  }
  return { labelRow, headerRow };
}

function foot(b: SheetBuilder, doc: BulletinDocument): void {
  b.row(24);
  b.rule(1.5, '#000000');
  paragraphRows(b, doc.foot.send, FONTS.foot, false);
  paragraphRows(b, doc.foot.distribute, FONTS.foot, false);
  b.rule(1.5, '#000000');
  b.line(doc.foot.printRun, 24, { font: FONTS.foot, horizontal: 'right', vertical: 'center' });
}

/** The sheet's default name: 「2023年第38期周报」 from the issue line. */
export function bulletinSheetName(doc: BulletinDocument): string {
  return `${doc.head.issueLine.replace(/（.*$/u, '')}周报`;
}

export function planBulletinSheet(doc: BulletinDocument, sheetName: string = bulletinSheetName(doc)): SheetPlan {
  const b = new SheetBuilder();
  head(b, doc);
  body(b, doc.blocks);
  let pageBreaksBefore: number[] | undefined;
  let repeatRows: { first: number; last: number } | undefined;
  if (doc.attachment) {
    // GB/T 9704: the attachment note one blank line below the body, indented two characters.
    b.row(14);
    paragraphRows(b, doc.attachment.bodyNote, FONTS.body, true);
    const placed = attachment(b, doc.attachment.label, doc.attachment.table);
    pageBreaksBefore = [placed.labelRow];
    repeatRows = { first: placed.headerRow, last: placed.headerRow };
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
      ...(repeatRows ? { repeatRows } : {}),
      margins: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM, header: 15 * MM, footer: 20 * MM },
      centerHorizontally: false,
      ...(pageBreaksBefore ? { pageBreaksBefore } : {}),
    },
  };
}
