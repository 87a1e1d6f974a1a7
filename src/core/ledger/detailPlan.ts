/**
 * 「2023年8月考核明细」: one block per window, each starting a printed A4 page, so a window's chief representative
 * can be handed its page: every counted ledger line (日期, 类别, 项目, 次数, 分值, 依据, 人员) grouped by category
 * with the category's subtotal (and its cap, where it applied: 「到岗纪律 扣23分，按上限计20分」), the bonus cap,
 * the score limits, a veto, the lines not counted (申诉成立, 撤销) listed as such, and the window's total. Where
 * lines name people, the per-person table follows on a page of its own.
 */
import { FONTS } from '../bulletin/bulletinFonts';
import { isoDate } from '../bulletin/civilDate';
import { lineCapacityEm, rowHeightFor, wrapLines } from '../bulletin/textMetrics';
import { formatDecimal } from '../decimal';
import type { CellRange } from '../cell';
import type { FormatBlock, PlanValue, SheetPlan } from '../plan';
import { tablePrintSetup } from '../attachmentPlan';
import type { LedgerLine } from './lines';
import { STATUS_WORDS } from './lines';
import { monthText, type MonthTally } from './month';
import { VETO_WORDS } from './settings';
import { scoreSheetName } from './scorePlan';
import type { WindowTally } from './tally';

export const DETAIL_COLUMNS = ['日期', '类别', '项目', '次数', '分值', '依据', '人员', '说明'];
const WIDTHS = [13, 10, 21, 5, 7, 18, 8, 11];
const PERSON_COLUMNS = ['排名', '人员', '所在窗口', '减分', '加分', '合计'];

const BODY = { ...FONTS.tableBody, size: 10.5 };
const HEAD = { ...FONTS.tableHeader, size: 10.5 };
const BLOCK_TITLE = { ...FONTS.tableHeader, size: 14 };
const SUMMARY = { ...FONTS.tableBody, size: 11, bold: true };

export function detailSheetName(tally: MonthTally): string {
  return `${scoreSheetName(tally)}明细`;
}

const fmt = (u: number) => formatDecimal(u);
/** The ideographic space that separates the figures of a summary line. */
const GAP = '\u3000';
const signed = (u: number) => (u > 0 ? `+${fmt(u)}` : fmt(u));

/**
 * Builds the rows top to bottom, and their formats in layers rather than one block per row: one block gives the
 * whole sheet the body font, centring and wrapping; one block per window draws the borders of its table; small
 * blocks set what differs (titles, the header's fill, the bold subtotals, left-aligned lines). A month of 3,000
 * ledger lines is then about 15 blocks per window, where a block per row made Excel on the web's request 19 MB
 * (test/excel/tally.test.ts writes one within 5 MB) and the file writer's work grow with rows × blocks.
 */
class DetailWriter {
  readonly values: PlanValue[][] = [];
  readonly merges: CellRange[] = [];
  /** What differs from the sheet-wide body format, in order. */
  readonly overlays: FormatBlock[] = [];
  /** Bordered tables: a window's lines from its header to its total, the people's table. */
  readonly tables: FormatBlock[] = [];
  readonly rowHeights: SheetPlan['rowHeights'] = [];
  readonly pageBreaks: number[] = [];
  private readonly cols = DETAIL_COLUMNS.length;

  get next(): number {
    return this.values.length;
  }

  /** A line of text across the whole width, left-aligned. */
  banner(text: string, font: FormatBlock['font'], height?: number): void {
    const row = this.next;
    this.values.push([text, ...Array<PlanValue>(this.cols - 1).fill(null)]);
    this.merges.push({ row, col: 0, rows: 1, cols: this.cols });
    const lines = wrapLines(text, lineCapacityEm(WIDTHS.reduce((a, b) => a + b, 0), font!.size)).length;
    this.overlays.push({ range: { row, col: 0, rows: 1, cols: this.cols }, ...(font === BODY ? {} : { font }), horizontal: 'left' });
    this.rowHeights.push({ row, height: Math.max(height ?? 0, rowHeightFor(lines, font!.size)) });
  }

  header(labels: string[]): void {
    const row = this.next;
    this.values.push(Array.from({ length: this.cols }, (_, i) => labels[i] ?? null));
    this.overlays.push({ range: { row, col: 0, rows: 1, cols: labels.length }, font: HEAD, fill: '#D9E1F2' });
    this.rowHeights.push({ row, height: 20 });
  }

  cells(values: PlanValue[]): void {
    const row = this.next;
    this.values.push(Array.from({ length: this.cols }, (_, i) => values[i] ?? null));
    const lines = Math.max(...values.map((v, i) => (typeof v === 'string' ? wrapLines(v, lineCapacityEm(WIDTHS[i], BODY.size)).length : 1)));
    this.rowHeights.push({ row, height: Math.max(18, rowHeightFor(lines, BODY.size)) });
  }

  /** Borders on rows [from, next) of the first `cols` columns. */
  table(from: number, cols = this.cols): void {
    if (this.next > from) this.tables.push({ range: { row: from, col: 0, rows: this.next - from, cols }, borders: 'all-thin' });
  }

  /** The layers in the order they apply: the body everywhere, then the tables' borders, then what differs. */
  formats(): FormatBlock[] {
    const body: FormatBlock = { range: { row: 0, col: 0, rows: this.next, cols: this.cols }, font: BODY, horizontal: 'center', vertical: 'center', wrap: true, numberFormat: '@' };
    return this.next === 0 ? [] : [body, ...this.tables, ...this.overlays];
  }
}

const BOLD_BODY = { ...BODY, bold: true };

function lineCells(line: LedgerLine, remark: string): PlanValue[] {
  return [isoDate(line.date), line.rule.category, line.rule.item, String(line.count), signed(line.points), line.evidence, line.person, remark];
}

function windowBlock(w: DetailWriter, tally: MonthTally, win: WindowTally, first: boolean): void {
  if (!first) w.pageBreaks.push(w.next);
  w.banner(`${monthText(tally.period)}考核明细${GAP}${win.window}`, BLOCK_TITLE, 28);
  w.banner(
    `基础分值 ${fmt(win.base)}${GAP}减分 ${fmt(win.deduction)}${GAP}加分 ${fmt(win.bonus)}${GAP}实得分值 ${fmt(win.score)}` +
      (win.veto ? `${GAP}一票否决（${VETO_WORDS[tally.settings.veto]}）` : ''),
    SUMMARY,
    22,
  );
  if (win.lines.length === 0 && win.notCounted.length === 0) {
    w.banner('本月无考核记录，按基础分值计。', BODY, 20);
    return;
  }
  const top = w.next;
  w.header(DETAIL_COLUMNS);
  for (const c of win.categories) {
    for (const line of win.lines.filter((l) => l.rule.category === c.category && l.rule.sign === c.sign)) {
      w.cells(lineCells(line, [line.rule.veto ? '一票否决项' : '', line.note].filter((s) => s !== '').join('；')));
    }
    const verb = c.sign < 0 ? '扣' : '加';
    w.banner(`${c.category} ${verb}${fmt(c.raw)}分${c.capped ? `，按上限计${fmt(c.counted)}分` : ''}`, BOLD_BODY, 18);
  }
  if (win.capped.bonus) w.banner(`加分合计 ${fmt(win.bonusBeforeCap)}分，按加分上限计${fmt(tally.settings.bonusCap as number)}分`, BOLD_BODY, 18);
  if (win.capped.maxScore) w.banner(`实得分值超过最高分，按最高分${fmt(tally.settings.maxScore as number)}计（加分计${fmt(win.bonus)}分）`, BOLD_BODY, 18);
  if (win.capped.minScore) w.banner(`实得分值低于最低分，按最低分${fmt(tally.settings.minScore as number)}计（减分计${fmt(win.deduction)}分）`, BOLD_BODY, 18);
  if (win.notCounted.length > 0) {
    w.banner('未计入的记录', BOLD_BODY, 18);
    for (const line of win.notCounted) w.cells(lineCells(line, [STATUS_WORDS[line.status], line.note].filter((s) => s !== '').join('；')));
  }
  w.banner(`合计：${fmt(win.base)} − ${fmt(win.deduction)} + ${fmt(win.bonus)} = ${fmt(win.score)}`, SUMMARY, 22);
  w.table(top);
}

function personBlock(w: DetailWriter, tally: MonthTally): void {
  w.pageBreaks.push(w.next);
  w.banner(`${monthText(tally.period)}人员考核`, BLOCK_TITLE, 28);
  const top = w.next;
  w.header(PERSON_COLUMNS);
  let previous: number | null = null;
  for (const p of tally.persons) {
    // Ties as the bulletin shows them: the rank on the first row of a group only.
    w.cells([p.rank === previous ? '' : String(p.rank), p.person, p.window, fmt(-p.deduction), signed(p.bonus), signed(p.total)]);
    previous = p.rank;
  }
  w.table(top, PERSON_COLUMNS.length);
}

export function planDetailSheet(tally: MonthTally): SheetPlan {
  const w = new DetailWriter();
  tally.windows.forEach((win, i) => windowBlock(w, tally, win, i === 0));
  if (tally.persons.length > 0) personBlock(w, tally);
  return {
    sheetName: detailSheetName(tally),
    values: w.values,
    merges: w.merges,
    formats: w.formats(),
    columnWidths: WIDTHS,
    rowHeights: w.rowHeights,
    print: { ...tablePrintSetup('portrait'), pageBreaksBefore: w.pageBreaks },
  };
}
