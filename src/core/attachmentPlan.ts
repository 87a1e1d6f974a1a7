/**
 * The ranking as a sheet of its own, laid out like the reference bulletin's attachment: 「附件」 top left in 黑体,
 * the title merged across the table in 方正小标宋简体, a bordered table in 仿宋_GB2312, the name column as wide as
 * the longest name, A4 portrait with the header row repeated on every printed page and the table fitted to the
 * page width. Both hosts (Office.js and ExcelJS) write this plan.
 */
import { FONTS } from './bulletin/bulletinFonts';
import { MARGINS_MM, PAGE_BODY_PT } from './bulletin/sheetPlan';
import { lineCapacityEm, MAX_ROW_HEIGHT, PX_PER_WIDTH_UNIT, rowHeightFor, textEm, wrapLines } from './bulletin/textMetrics';
import type { BulletinTable } from './model';
import type { PlanValue, PrintSetup, SheetPlan } from './plan';
import { endsStep, runSteps, type Steps } from './steps';

const MM_PER_INCH = 25.4;
/** The bulletin's GB/T 9704 margins, in inches as Excel takes them; the footer holds the page number under the text block. */
export const ATTACHMENT_MARGINS: PrintSetup['margins'] = {
  top: MARGINS_MM.top / MM_PER_INCH,
  bottom: MARGINS_MM.bottom / MM_PER_INCH,
  left: MARGINS_MM.left / MM_PER_INCH,
  right: MARGINS_MM.right / MM_PER_INCH,
  header: 0.3,
  footer: 20 / MM_PER_INCH,
};

/**
 * What every table the add-in writes prints on: A4 fitted to the page width, centred, within the bulletin's
 * margins; `repeat` the header rows printed again at the top of each page.
 */
export function tablePrintSetup(orientation: PrintSetup['orientation'], repeat?: PrintSetup['repeatRows']): PrintSetup {
  return { paper: 'A4', orientation, fitToWidth: true, ...(repeat ? { repeatRows: repeat } : {}), margins: ATTACHMENT_MARGINS, centerHorizontally: true };
}

const RANK_WIDTH = 6;
const FIGURE_WIDTH = 9.75;
/** The name column never narrower than the header, never wider than what keeps the table on an A4 page. */
const NAME_MIN = 14;
const NAME_MAX = 44;
const HEADER_PT = 30;
/** 29 windows, the reference's count, fit on one A4 page under the label and a two-line title. */
const ROW_PT = 19;
const LABEL_PT = 30;
/** Tables up to this many printed pages get their page breaks (and ranks at the page tops) from the plan. */
export const PAGINATED_PAGES = 25;

const LABEL_ROW = 0;
const TITLE_ROW = 1;
const HEADER_ROW = 2;
const FIRST_BODY_ROW = 3;

/** Width units (in quarter steps) whose line capacity, as textMetrics reckons it, holds `text` on one line. */
export function widthFor(text: string, fontPt: number): number {
  const em = Math.ceil(textEm(text));
  let units = Math.ceil(((em * fontPt * (96 / 72)) / PX_PER_WIDTH_UNIT) * 4) / 4;
  while (lineCapacityEm(units, fontPt) < em) units += 0.25;
  return units;
}

export function attachmentColumnWidths(table: BulletinTable): number[] {
  return runSteps(columnWidthSteps(table));
}

function* columnWidthSteps(table: BulletinTable): Steps<number[]> {
  let longest = 0;
  for (let k = 0; k < table.rows.length; k++) {
    longest = Math.max(longest, widthFor(table.rows[k].window, FONTS.tableBody.size));
    if (endsStep(k)) yield;
  }
  const name = Math.min(NAME_MAX, Math.max(NAME_MIN, longest));
  return [RANK_WIDTH, name, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH, FIGURE_WIDTH];
}

export function planAttachmentSheet(table: BulletinTable, sheetName: string): SheetPlan {
  return runSteps(attachmentPlanSteps(table, sheetName));
}

/** planAttachmentSheet, yielding every ROWS_PER_STEP rows (the task pane's 100,000-window generate). */
export function* attachmentPlanSteps(table: BulletinTable, sheetName: string): Steps<SheetPlan> {
  const cols = table.columns.length;
  const widths = yield* columnWidthSteps(table);
  const tableUnits = widths.reduce((a, b) => a + b, 0);
  const row = (cells: PlanValue[]): PlanValue[] => Array.from({ length: cols }, (_, i) => cells[i] ?? null);

  const values: PlanValue[][] = [row(['附件']), row([table.title]), row(table.columns)];
  const rowHeights: SheetPlan['rowHeights'] = [
    { row: LABEL_ROW, height: LABEL_PT },
    { row: TITLE_ROW, height: rowHeightFor(wrapLines(table.title, lineCapacityEm(tableUnits, FONTS.attachmentTitle.size)).length, FONTS.attachmentTitle.size) + 12 },
    { row: HEADER_ROW, height: HEADER_PT },
  ];
  // A name longer than the widest column wraps; its row is made tall enough, since Excel will not grow it on its own.
  const nameCapacity = lineCapacityEm(widths[1], FONTS.tableBody.size);
  // Where the printed pages break, counted here from the row heights (the header row repeats on every page), so
  // a tie group running onto a new page can show its rank again at the top: no page starts with a blank rank.
  // Breaks are set at those rows; fitting the width can only shrink rows, so each counted page still fits.
  // Only for a ranking of up to PAGINATED_PAGES pages (about 800 windows): every break is two more actions in the
  // Office.js write, which is sized for 100,000 rows; a longer table is left to Excel's own page breaks.
  const pageBreaksBefore: number[] = [];
  const paginate = table.rows.length <= PAGINATED_PAGES * Math.floor(PAGE_BODY_PT / ROW_PT);
  let used = LABEL_PT + rowHeights[1].height + HEADER_PT;
  for (let k = 0; k < table.rows.length; k++) {
    const r = table.rows[k];
    const lines = wrapLines(r.window, nameCapacity).length;
    // Excel refuses rows over 409 pt (the file would not open): a name too long for that is cut off on paper, not lost.
    const height = lines > 1 ? Math.min(MAX_ROW_HEIGHT, Math.max(ROW_PT, rowHeightFor(lines, FONTS.tableBody.size))) : ROW_PT;
    const pageTop = paginate && used + height > PAGE_BODY_PT;
    if (pageTop) {
      pageBreaksBefore.push(FIRST_BODY_ROW + k);
      used = HEADER_PT;
    }
    used += height;
    values.push(row([r.rankLabel === '' && !pageTop ? null : r.rank, r.window, r.base, r.deductionShown, r.bonus, r.score]));
    if (lines > 1) rowHeights.push({ row: FIRST_BODY_ROW + k, height });
    if (endsStep(k)) yield;
  }
  const bodyRows = table.rows.length;

  return {
    sheetName,
    values,
    merges: [{ row: TITLE_ROW, col: 0, rows: 1, cols }],
    formats: [
      { range: { row: LABEL_ROW, col: 0, rows: 1, cols: 1 }, font: FONTS.attachmentLabel, horizontal: 'left', vertical: 'center' },
      { range: { row: TITLE_ROW, col: 0, rows: 1, cols }, font: FONTS.attachmentTitle, horizontal: 'center', vertical: 'center', wrap: true },
      {
        range: { row: HEADER_ROW, col: 0, rows: 1, cols },
        font: FONTS.tableHeader,
        horizontal: 'center',
        vertical: 'center',
        wrap: true,
        borders: 'all-thin',
      },
      ...(bodyRows > 0
        ? [
            {
              range: { row: FIRST_BODY_ROW, col: 0, rows: bodyRows, cols },
              font: FONTS.tableBody,
              horizontal: 'center' as const,
              vertical: 'center' as const,
              wrap: true,
              borders: 'all-thin' as const,
              numberFormat: 'General',
            },
          ]
        : []),
    ],
    columnWidths: widths,
    rowHeights: [...rowHeights, ...(yield* defaultBodyHeights(bodyRows, rowHeights))],
    print: {
      ...tablePrintSetup('portrait', { first: HEADER_ROW, last: HEADER_ROW }),
      pageNumbers: true,
      ...(pageBreaksBefore.length > 0 ? { pageBreaksBefore } : {}),
    },
  };
}

/** Body rows without a height of their own get the table's row height, so the printed table breathes like the reference. */
function* defaultBodyHeights(bodyRows: number, set: SheetPlan['rowHeights']): Steps<SheetPlan['rowHeights']> {
  const taken = new Set(set.map((h) => h.row));
  const out: SheetPlan['rowHeights'] = [];
  for (let k = 0; k < bodyRows; k++) {
    if (!taken.has(FIRST_BODY_ROW + k)) out.push({ row: FIRST_BODY_ROW + k, height: ROW_PT });
    if (endsStep(k)) yield;
  }
  return out;
}
