/**
 * The golden year's input: six windows over the twelve months of 2023, as the add-in's result sheets would hold them.
 * 交通运输厅, 省市场监管局 and 水利厅 are there all year; 自然资源厅 was 省国土资源厅 until March (a rename, joined by
 * the roster); 省医保局 joins in April; 省文旅厅 leaves after September. 省市场监管局 is vetoed in September (marked
 * in 「考核历史」). July has a tie at the 流动红旗 edge (3rd place, two windows). The expected results are in
 * golden.test.ts, worked out by hand there, not computed by the code under test.
 */
import type { CellValue, SheetGrid } from '../../src/core/cell';

export const T = '交通运输厅';
export const N = '自然资源厅';
export const N_OLD = '省国土资源厅';
export const M = '省市场监管局';
export const W = '水利厅';
export const Y = '省医保局';
export const L = '省文旅厅';

/** Scores by month (base 100): a score above 100 is a bonus, below a deduction. Absent: not assessed that month. */
export const SCORES: Record<string, (number | null)[]> = {
  [T]: [105, 104, 103, 102, 101, 104, 103, 105, 104, 103, 102, 104],
  [N]: [103, 104, 101, 103, 102, 100, 104, 103, 102, 102, 103, 101],
  [M]: [103, 102, 101, 101, 104, 103, 102, 103, 104.5, 104, 101, 102],
  [W]: [99, 97.5, 96, 100, 95.5, 101, 102, 98, 100, 99, 100, 103],
  [Y]: [null, null, null, 100, 99, 102, 100.5, 101, 103, 100, 102, 99],
  [L]: [98, 99, 100, 99, 100, 101, 99, 100, 97.25, null, null, null],
};

/** Source order of every month's sheet (the order the score sheet listed the windows). */
const ORDER = [T, N, M, W, Y, L];

export function nameIn(window: string, month: number): string {
  return window === N && month <= 3 ? N_OLD : window;
}

/** A result sheet like the add-in's 「8月考核结果」: 附件, the title, the header, windows by score (ties in source order). */
export function resultSheet(month: number): SheetGrid {
  const rows = ORDER.filter((w) => SCORES[w][month - 1] !== null).map((w) => ({ w, s: SCORES[w][month - 1] as number }));
  const sorted = [...rows].sort((a, b) => b.s - a.s);
  const values: CellValue[][] = [
    ['附件', null, null, null, null, null],
    [`2023年${month}月省政务服务大厅进驻部门（单位）窗口考核结果`, null, null, null, null, null],
    ['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'],
  ];
  sorted.forEach((r, k) => {
    const rank = sorted.findIndex((x) => x.s === r.s) + 1;
    const first = k === 0 || sorted[k - 1].s !== r.s;
    const ded = r.s < 100 ? -(100 - r.s) : 0;
    const bonus = r.s > 100 ? r.s - 100 : 0;
    values.push([first ? rank : null, nameIn(r.w, month), 100, ded, bonus, r.s]);
  });
  return { name: `${month}月考核结果`, originRow: 0, originCol: 0, values, merges: [], tables: [] };
}

/** 「考核历史」 holding September only, with 省市场监管局's veto marked by hand. */
export function septemberHistory(): SheetGrid {
  const sep = resultSheet(9).values.slice(3);
  let rank = 0;
  const values: CellValue[][] = [['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决']];
  for (const r of sep) {
    if (r[0] !== null) rank = r[0] as number;
    values.push(['2023-09', r[1], r[2], r[3], r[4], r[5], rank, '美式', r[1] === M ? '是' : null]);
  }
  return { name: '考核历史', originRow: 0, originCol: 0, values, merges: [], tables: [] };
}

export function goldenWorkbook(): { sheets: SheetGrid[] } {
  return { sheets: [...Array.from({ length: 12 }, (_, i) => resultSheet(i + 1)), septemberHistory()] };
}
