/**
 * 「2023年8月考核」: the month's score sheet in the layout 生成排名 reads (title, then 序号 部门窗口 基础分值 减分分值
 * 加分分值 实得分值, plus 备注 saying what the caps and a veto did), windows in roster order, deductions as the
 * points deducted. A line under the title says where the figures came from; it sits above the header, where the
 * score-sheet reader does not look, so ranking this sheet gives no warnings. Printable on A4 portrait.
 */
import { widthFor } from '../attachmentPlan';
import { FONTS } from '../bulletin/bulletinFonts';
import { lineCapacityEm, rowHeightFor, wrapLines } from '../bulletin/textMetrics';
import { unitsToNumber } from '../decimal';
import type { PlanValue, SheetPlan } from '../plan';
import { tablePrintSetup } from '../attachmentPlan';
import { windowRemark } from './json';
import { monthText, type MonthTally } from './month';

export const SCORE_COLUMNS = ['序号', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '备注'];

export const DEFAULT_HALL = '省政务服务大厅';

/** 「2023年8月考核」 */
export function scoreSheetName(tally: MonthTally): string {
  return `${monthText(tally.period)}考核`;
}

export function scoreSheetTitle(tally: MonthTally, hallName: string): string {
  return `${monthText(tally.period)}${hallName}进驻部门（单位）窗口考核情况`;
}

const BODY = { ...FONTS.tableBody, size: 11 };
const HEAD = { ...FONTS.tableHeader, size: 11 };
const TITLE = { ...FONTS.attachmentTitle, size: 18 };
const NOTE = { ...FONTS.tableBody, size: 10 };
const HEADER_ROW = 2;

/** The windows the table lists: all of them, except vetoed ones when the hall leaves those out of the ranking. */
export function listedWindows(tally: MonthTally): number[] {
  return tally.windows.map((_, i) => i).filter((i) => !(tally.settings.veto === 'exclude' && tally.windows[i].veto));
}

export function planScoreSheet(tally: MonthTally, hallName: string = DEFAULT_HALL): SheetPlan {
  const cols = SCORE_COLUMNS.length;
  const listed = listedWindows(tally);
  const row = (cells: PlanValue[]): PlanValue[] => Array.from({ length: cols }, (_, i) => cells[i] ?? null);
  const counted = tally.lines.filter((l) => l.status === 'valid').length;
  const left = tally.windows.filter((w, i) => w.veto && !listed.includes(i)).map((w) => w.window);
  const source =
    `由「${tally.sheets.ledger}」按「${tally.sheets.rules}」汇总：${monthText(tally.period)}计分记录 ${counted} 条，明细见「${scoreSheetName(tally)}明细」。` +
    '减分分值为扣减的分数。' +
    (left.length > 0 ? `一票否决、不参加排名：${left.join('、')}。` : '');
  const values: PlanValue[][] = [row([scoreSheetTitle(tally, hallName)]), row([source]), row(SCORE_COLUMNS)];
  const remarks: string[] = [];
  listed.forEach((i, k) => {
    const w = tally.windows[i];
    const remark = windowRemark(tally, i);
    remarks.push(remark);
    values.push(row([k + 1, w.window, unitsToNumber(w.base), unitsToNumber(w.deduction), unitsToNumber(w.bonus), unitsToNumber(w.score), remark || null]));
  });
  const nameWidth = Math.min(40, Math.max(14, ...listed.map((i) => widthFor(tally.windows[i].window, BODY.size))));
  const widths = [6, nameWidth, 9.5, 9.5, 9.5, 9.5, 24];
  const total = widths.reduce((a, b) => a + b, 0);
  const remarkCapacity = lineCapacityEm(widths[6], BODY.size);
  const nameCapacity = lineCapacityEm(widths[1], BODY.size);
  const rowHeights: SheetPlan['rowHeights'] = [
    { row: 0, height: rowHeightFor(wrapLines(String(values[0][0]), lineCapacityEm(total, TITLE.size)).length, TITLE.size) + 10 },
    { row: 1, height: rowHeightFor(wrapLines(source, lineCapacityEm(total, NOTE.size)).length, NOTE.size) },
    { row: HEADER_ROW, height: 24 },
  ];
  remarks.forEach((remark, k) => {
    const lines = Math.max(wrapLines(remark, remarkCapacity).length, wrapLines(tally.windows[listed[k]].window, nameCapacity).length);
    rowHeights.push({ row: HEADER_ROW + 1 + k, height: Math.max(18, rowHeightFor(lines, BODY.size)) });
  });
  const body = listed.length;
  return {
    sheetName: scoreSheetName(tally),
    values,
    merges: [
      { row: 0, col: 0, rows: 1, cols },
      { row: 1, col: 0, rows: 1, cols },
    ],
    formats: [
      { range: { row: 0, col: 0, rows: 1, cols }, font: TITLE, horizontal: 'center', vertical: 'center', wrap: true },
      { range: { row: 1, col: 0, rows: 1, cols }, font: NOTE, horizontal: 'left', vertical: 'center', wrap: true },
      { range: { row: HEADER_ROW, col: 0, rows: 1, cols }, font: HEAD, horizontal: 'center', vertical: 'center', wrap: true, borders: 'all-thin', fill: '#D9E1F2' },
      ...(body > 0
        ? [
            { range: { row: HEADER_ROW + 1, col: 0, rows: body, cols }, font: BODY, horizontal: 'center' as const, vertical: 'center' as const, wrap: true, borders: 'all-thin' as const, numberFormat: 'General' },
            { range: { row: HEADER_ROW + 1, col: 1, rows: body, cols: 1 }, horizontal: 'left' as const },
            { range: { row: HEADER_ROW + 1, col: 6, rows: body, cols: 1 }, horizontal: 'left' as const },
          ]
        : []),
    ],
    columnWidths: widths,
    rowHeights,
    print: tablePrintSetup('portrait', { first: HEADER_ROW, last: HEADER_ROW }),
  };
}
