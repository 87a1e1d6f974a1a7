/**
 * The bulletin's input sheets of the sample workbook: the reference week (2023 issue 38, 9月25日—9月28日) and
 * a made-up history before it. The history is invented, but it is made to add up to the published figures:
 * the 2023 weeks sum to 56148 / 14748 / 130232 / 231433 with this week's 2039 / 514 / 2257 / 8314, and the
 * handbook rows to 1004 of 1663 items with 15 for 省市场监管局 this week.
 */
import type ExcelJS from 'exceljs';
import { addDays, type CivilDate } from '../src/core/bulletin/civilDate';
import { exampleInputData } from '../src/core/bulletin/exampleInputs';
import { inputSheetContents, type BulletinInputData, type WeekFiguresRow } from '../src/core/bulletin/inputWorkbook';
import { addInputSheets } from '../src/xlsx/template';

/** Year-to-date totals of the reference, this week included. */
const YEAR_TO_DATE = { consultations: 56148, acceptances: 14748, certificates: 130232, transfers: 231433 };
const FIGURES = ['consultations', 'acceptances', 'certificates', 'transfers'] as const;

/** A fixed pseudo-random sequence, so regenerating the sample gives the same file. */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/**
 * The 37 earlier weeks of 2023 (1月3日—1月6日, then Monday to Friday, none in the Spring Festival week of
 * 1月23日), their figures spread around the average so that with this week they reach the year-to-date
 * totals; plus the last week of 2022, which must not count.
 */
function history(thisWeek: WeekFiguresRow): WeekFiguresRow[] {
  const starts: CivilDate[] = [{ year: 2023, month: 1, day: 3 }];
  for (let d: CivilDate = { year: 2023, month: 1, day: 9 }; d.month < 9 || d.day < 25; d = addDays(d, 7)) {
    if (!(d.month === 1 && d.day === 23)) starts.push(d);
  }
  const random = sequence(38);
  const weeks: WeekFiguresRow[] = starts.map((start, i) => ({ weekStart: start, weekEnd: i === 0 ? { year: 2023, month: 1, day: 6 } : addDays(start, 4) }));
  for (const key of FIGURES) {
    // Random weights scaled to the total, rounded down, the few units left over added to the first weeks.
    const remaining = YEAR_TO_DATE[key] - (thisWeek[key] ?? 0);
    const weights = weeks.map(() => 0.8 + 0.4 * random());
    const total = weights.reduce((a, b) => a + b, 0);
    const figures = weights.map((w) => Math.floor((remaining * w) / total));
    let left = remaining - figures.reduce((a, b) => a + b, 0);
    for (let i = 0; left > 0; i++, left--) figures[i]++;
    weeks.forEach((w, i) => (w[key] = figures[i]));
  }
  const lastOf2022: WeekFiguresRow = { weekStart: { year: 2022, month: 12, day: 26 }, weekEnd: { year: 2022, month: 12, day: 30 }, consultations: 1388, acceptances: 402, certificates: 3120, transfers: 5530 };
  return [lastOf2022, ...weeks];
}

/** Handbook rows before this week: 989 items, so that with this week's 15 the cumulative figure is 1004. */
const HANDBOOK_HISTORY: [string, string, number][] = [
  ['2023-03-06', '公安厅', 96],
  ['2023-03-20', '自然资源厅', 88],
  ['2023-04-03', '交通运输厅', 74],
  ['2023-04-17', '生态环境厅', 65],
  ['2023-05-08', '住房城乡建设厅', 81],
  ['2023-05-22', '水利厅', 47],
  ['2023-06-05', '农业农村厅', 92],
  ['2023-06-19', '商务厅', 38],
  ['2023-07-03', '省卫生健康委', 103],
  ['2023-07-17', '应急管理厅', 56],
  ['2023-07-31', '省林草局', 44],
  ['2023-08-14', '文化和旅游厅', 61],
  ['2023-08-28', '省药监局', 52],
  ['2023-09-11', '民政厅', 39],
  ['2023-09-18', '经济和信息化厅', 53],
];

function day(iso: string): CivilDate {
  const [year, month, d] = iso.split('-').map(Number);
  return { year, month, day: d };
}

export function sampleBulletinInputs(): BulletinInputData {
  const data = exampleInputData();
  data.statistics = [...history(data.statistics[0]), ...data.statistics];
  data.handbook = [...HANDBOOK_HISTORY.map(([date, department, items]) => ({ date: day(date), department, items })), ...data.handbook];
  return data;
}

/** Adds 「通报信息」「办件统计」「手册编制」「厅局长进大厅」「通报正文」「通报模板」 to the sample workbook. */
export function addBulletinInputSheets(wb: ExcelJS.Workbook): void {
  addInputSheets(wb, inputSheetContents(sampleBulletinInputs()));
}
