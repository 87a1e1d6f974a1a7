/**
 * A roll-up as a sheet: title, the rule for the average in words, a two-row header (each month's score, then each
 * month's rank, so every window's months are one contiguous range a chart can plot), one row per window in the
 * order of the average's rank, and two charts below: the monthly ranks as lines, the averages as bars.
 */
import { FONTS } from '../bulletin/bulletinFonts';
import { unitsToNumber } from '../decimal';
import type { PlanValue, SheetPlan } from '../plan';
import { tablePrintSetup } from '../attachmentPlan';
import { safeSheetName } from '../sheetNames';
import type { ChartSpec } from './chartSpec';
import { RANK_STYLE_WORDS } from './model';
import { AVERAGE_DECIMALS, type Rollup, type RollupWindow } from './rollup';

export interface RollupSheetPlan {
  plan: SheetPlan;
  charts: ChartSpec[];
}

const TITLE_ROW = 0;
const NOTE_ROW = 1;
const HEAD_ROW = 2;
const SUBHEAD_ROW = 3;
const FIRST_BODY_ROW = 4;
/** More lines than this are unreadable: the line chart then shows the first 10 and the last 5. */
const MAX_LINES = 20;
const CHART_ROWS = 22;

export function rollupNote(r: Rollup): string {
  const style = r.rankStyle === 'dense' ? '1、2、2、3' : '1、2、2、4';
  return (
    `平均分 = 参评月份实得分值之和 ÷ 参评月数，按四舍五入保留${AVERAGE_DECIMALS}位小数（与 Excel 的 ROUND 相同）；` +
    `按平均分排名（${RANK_STYLE_WORDS[r.rankStyle]}，${style}），并列的按首次参评月份的名次先后列出。` +
    '只参评了部分月份的窗口按其参评月份平均，在“说明”中注明。'
  );
}

/** 1、2、3、5 → 「1—3、5月」: runs of months joined by the 一字线, as dates are written in the bulletin. */
export function monthList(months: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < months.length; ) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === months[j] + 1) j++;
    runs.push(j - i >= 2 ? `${months[i]}—${months[j]}` : months.slice(i, j + 1).join('、'));
    i = j + 1;
  }
  return `${runs.join('、')}月`;
}

export function partialNote(w: RollupWindow, r: Rollup): string {
  if (!w.partial) return '';
  return `只参评${monthList(w.cells.flatMap((c, i) => (c ? [r.months[i].month] : [])))}，按${w.monthsCounted}个月平均`;
}

export function planRollupSheet(r: Rollup): RollupSheetPlan {
  const m = r.months.length;
  const year = r.span.kind === 'year';
  const tail = ['参评月数', '平均分', '末位次数', '否决月份', ...(year ? ['红旗窗口资格'] : []), '说明'];
  const scoreCol = 2;
  const rankCol = 2 + m;
  const tailCol = 2 + 2 * m;
  const cols = tailCol + tail.length;
  const blank = (): PlanValue[] => new Array<PlanValue>(cols).fill(null);

  const title = blank();
  title[0] = r.title;
  const note = blank();
  note[0] = rollupNote(r);
  const head = blank();
  head[0] = '名次';
  head[1] = '部门窗口';
  if (m > 0) {
    head[scoreCol] = '实得分值';
    head[rankCol] = '月度名次';
  }
  tail.forEach((t, i) => (head[tailCol + i] = t));
  const sub = blank();
  r.months.forEach((p, i) => {
    sub[scoreCol + i] = `${p.month}月`;
    sub[rankCol + i] = `${p.month}月`;
  });
  const values: PlanValue[][] = [title, note, head, sub];
  for (const w of r.windows) {
    const row = blank();
    row[0] = w.rank;
    row[1] = w.window;
    w.cells.forEach((c, i) => {
      row[scoreCol + i] = c ? unitsToNumber(c.score) : null;
      row[rankCol + i] = c ? c.rank : null;
    });
    const t = [w.monthsCounted, unitsToNumber(w.average), w.timesLast, w.vetoMonths.map((x) => `${x}月`).join('、') || null];
    if (year) t.push(w.honour?.eligible ? '可评' : `不可评：${w.honour?.reason ?? ''}`);
    t.push(partialNote(w, r) || null);
    t.forEach((v, i) => (row[tailCol + i] = v));
    values.push(row);
  }
  const n = r.windows.length;
  const bodyEnd = FIRST_BODY_ROW + n;
  const merges = [
    { row: TITLE_ROW, col: 0, rows: 1, cols },
    { row: NOTE_ROW, col: 0, rows: 1, cols },
    { row: HEAD_ROW, col: 0, rows: 2, cols: 1 },
    { row: HEAD_ROW, col: 1, rows: 2, cols: 1 },
    ...(m > 1 ? [{ row: HEAD_ROW, col: scoreCol, rows: 1, cols: m }, { row: HEAD_ROW, col: rankCol, rows: 1, cols: m }] : []),
    ...tail.map((_, i) => ({ row: HEAD_ROW, col: tailCol + i, rows: 2, cols: 1 })),
  ];
  const longest = Math.max(8, ...r.windows.map((w) => [...w.window].length));
  const plan: SheetPlan = {
    sheetName: safeSheetName(r.title),
    values,
    merges,
    formats: [
      { range: { row: TITLE_ROW, col: 0, rows: 1, cols }, font: FONTS.attachmentTitle, horizontal: 'center', vertical: 'center' },
      { range: { row: NOTE_ROW, col: 0, rows: 1, cols }, font: { ...FONTS.tableBody, size: 10 }, horizontal: 'left', vertical: 'center', wrap: true },
      { range: { row: HEAD_ROW, col: 0, rows: 2, cols }, font: FONTS.tableHeader, horizontal: 'center', vertical: 'center', wrap: true, borders: 'all-thin', fill: '#F2F2F2' },
      ...(n > 0
        ? [
            { range: { row: FIRST_BODY_ROW, col: 0, rows: n, cols }, font: FONTS.tableBody, horizontal: 'center' as const, vertical: 'center' as const, borders: 'all-thin' as const, wrap: true },
            { range: { row: FIRST_BODY_ROW, col: tailCol + 1, rows: n, cols: 1 }, numberFormat: `0.${'0'.repeat(AVERAGE_DECIMALS)}` },
            { range: { row: FIRST_BODY_ROW, col: cols - 1, rows: n, cols: 1 }, horizontal: 'left' as const },
          ]
        : []),
    ],
    columnWidths: [6, Math.min(30, longest * 1.6 + 2), ...new Array<number>(2 * m).fill(7), 8, 9, 8, 10, ...(year ? [18] : []), 24],
    rowHeights: [
      { row: TITLE_ROW, height: 36 },
      { row: NOTE_ROW, height: 42 },
    ],
    print: {
      ...tablePrintSetup('landscape', { first: HEAD_ROW, last: SUBHEAD_ROW }),
      pageBreaksBefore: n > 0 ? [bodyEnd + 1] : [],
    },
  };
  return { plan, charts: n > 0 && m > 0 ? rollupCharts(r, { scoreCol, rankCol, tailCol, bodyEnd }) : [] };
}

function rollupCharts(r: Rollup, at: { scoreCol: number; rankCol: number; tailCol: number; bodyEnd: number }): ChartSpec[] {
  const m = r.months.length;
  const n = r.windows.length;
  const picked = n <= MAX_LINES ? r.windows.map((_, k) => k) : [...Array.from({ length: 10 }, (_, k) => k), ...Array.from({ length: 5 }, (_, k) => n - 5 + k)];
  const which = n <= MAX_LINES ? '' : '（平均分前10名与后5名）';
  const top = at.bodyEnd + 1;
  const width = Math.max(10, 2 + 2 * m);
  const lines: ChartSpec = {
    kind: 'line',
    title: `${r.title}：各月名次${which}`,
    categories: { row: SUBHEAD_ROW, col: at.rankCol, rows: 1, cols: m },
    categoryLabels: r.months.map((p) => `${p.month}月`),
    series: picked.map((k) => ({
      name: r.windows[k].window,
      nameCell: { row: FIRST_BODY_ROW + k, col: 1 },
      values: { row: FIRST_BODY_ROW + k, col: at.rankCol, rows: 1, cols: m },
      cached: r.windows[k].cells.map((c) => (c ? c.rank : null)),
    })),
    anchor: { row: top, col: 0, rows: CHART_ROWS, cols: width },
    reverseValues: true,
    valueTitle: '名次',
    min: 1,
    max: Math.max(...r.windows.flatMap((w) => w.cells.map((c) => c?.rank ?? 1))),
  };
  const bars: ChartSpec = {
    kind: 'bar',
    title: `${r.title}：平均分`,
    categories: { row: FIRST_BODY_ROW, col: 1, rows: n, cols: 1 },
    categoryLabels: r.windows.map((w) => w.window),
    series: [
      {
        name: '平均分',
        nameCell: { row: 2, col: at.tailCol + 1 },
        values: { row: FIRST_BODY_ROW, col: at.tailCol + 1, rows: n, cols: 1 },
        cached: r.windows.map((w) => unitsToNumber(w.average)),
      },
    ],
    anchor: { row: top + CHART_ROWS + 1, col: 0, rows: Math.max(CHART_ROWS, Math.ceil(n * 1.1) + 4), cols: width },
    reverseCategories: true,
    valueTitle: '平均分',
  };
  return [lines, bars];
}
