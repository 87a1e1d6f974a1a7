/**
 * 「考核历史」 as a sheet plan: the table from A1 (the hosts make it an Excel table named WindowHistory), one row
 * per window per month, months in calendar order and each month in rank order. 月份 is text (2023-08) so Excel
 * does not turn it into a date; deductions are shown negative as in the bulletin.
 */
import { FONTS } from '../bulletin/bulletinFonts';
import { unitsToNumber } from '../decimal';
import type { PlanValue, SheetPlan } from '../plan';
import { tablePrintSetup } from '../attachmentPlan';
import { HISTORY_COLUMNS, HISTORY_SHEET, periodKey, RANK_STYLE_WORDS, type History, type HistoryRow } from './model';

export function historyRowValues(r: HistoryRow): PlanValue[] {
  return [
    periodKey(r.period),
    r.window,
    unitsToNumber(r.base),
    unitsToNumber(r.deduction === 0 ? 0 : -r.deduction),
    unitsToNumber(r.bonus),
    unitsToNumber(r.score),
    r.rank,
    RANK_STYLE_WORDS[r.rankStyle],
    r.veto ? '是' : null,
  ];
}

export function historyValues(history: History): PlanValue[][] {
  const rows: PlanValue[][] = [[...HISTORY_COLUMNS]];
  for (const m of history.months) for (const r of m.rows) rows.push(historyRowValues(r));
  return rows;
}

export function planHistorySheet(history: History): SheetPlan {
  const values = historyValues(history);
  const cols = HISTORY_COLUMNS.length;
  const longest = Math.max(8, ...values.slice(1).map((v) => [...String(v[1] ?? '')].length));
  return {
    sheetName: HISTORY_SHEET,
    values,
    merges: [],
    formats: [
      { range: { row: 0, col: 0, rows: 1, cols }, font: FONTS.tableHeader, horizontal: 'center', vertical: 'center' },
      ...(values.length > 1
        ? [
            { range: { row: 1, col: 0, rows: values.length - 1, cols }, font: FONTS.tableBody, vertical: 'center' as const },
            { range: { row: 1, col: 0, rows: values.length - 1, cols: 1 }, numberFormat: '@' },
          ]
        : []),
    ],
    columnWidths: [10, Math.min(44, longest * 2 + 2), 9, 9, 9, 9, 7, 9, 7],
    rowHeights: [],
    print: tablePrintSetup('portrait', { first: 0, last: 0 }),
  };
}
