/**
 * Builds a SheetPlan row by row across the full page width, keeping count of where each printed page
 * ends: rows have fixed heights, so the builder knows which rows Excel will carry over to the next page
 * and can break earlier on purpose (a heading kept with its paragraph, a table header repeated).
 */
import type { CellRange } from '../cell';
import type { FormatBlock, PlanValue } from '../plan';

export type RowFormat = Omit<FormatBlock, 'range'>;

export class SheetBuilder {
  readonly values: PlanValue[][] = [];
  readonly merges: CellRange[] = [];
  readonly formats: FormatBlock[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];
  /** Rows before which a printed page breaks: on purpose, or where the next row did not fit. */
  readonly pageBreaks: number[] = [];
  /** Points used on the current printed page. */
  private used = 0;

  constructor(
    readonly cols: number,
    /** Printable height of a page, in points. */
    readonly pageHeight: number,
  ) {}

  /** Points left on the current page. */
  remaining(): number {
    return this.pageHeight - this.used;
  }

  /**
   * A row of `height` points. A row that does not fit starts the next page, and the break is written down like the
   * ones made on purpose: the counted page is a little shorter than the real one, so left to itself Excel (or
   * LibreOffice) would fit more rows on a page than counted here, and every break after it would drift from the
   * count that keeps headings with their text.
   */
  row(height: number, cells: PlanValue[] = []): number {
    if (this.used > 0 && this.used + height > this.pageHeight) this.pageBreak();
    this.used += height;
    const r = this.values.length;
    const values: PlanValue[] = new Array(this.cols).fill(null);
    cells.forEach((v, i) => (values[i] = v));
    this.values.push(values);
    this.rowHeights.push({ row: r, height });
    return r;
  }

  /** The next row starts a new printed page. */
  pageBreak(): void {
    if (this.values.length === 0) return;
    this.pageBreaks.push(this.values.length);
    this.used = 0;
  }

  /** Breaks the page unless `height` points still fit on it: keeps a heading with its text, the foot in one piece. */
  keepTogether(height: number): void {
    if (this.used > 0 && height <= this.pageHeight && height > this.remaining()) this.pageBreak();
  }

  format(row: number, col: number, rows: number, cols: number, format: RowFormat): void {
    this.formats.push({ range: { row, col, rows, cols }, ...format });
  }

  /** One text spanning columns [from, to] of row r. */
  span(r: number, from: number, to: number, format: RowFormat): void {
    if (to > from) this.merges.push({ row: r, col: from, rows: 1, cols: to - from + 1 });
    this.format(r, from, 1, to - from + 1, format);
  }

  /** A full-width line of text, merged across the page. */
  line(text: string, height: number, format: RowFormat): number {
    const r = this.row(height, [text]);
    this.span(r, 0, this.cols - 1, format);
    return r;
  }

  /** A thin coloured bar across the page: the red rule under the head, the black rules of the foot. */
  rule(height: number, color: string): number {
    const r = this.row(height);
    this.format(r, 0, 1, this.cols, { fill: color });
    return r;
  }
}
