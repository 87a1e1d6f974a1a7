import { readStatistics, summarizeStatistics } from '../../src/core/bulletin/statistics';
import type { CellValue } from '../../src/core/cell';
import { grid } from './support';

const HEADER = ['周开始日期', '周结束日期', '咨询（人次）', '受理（件）', '颁发（件）', '流转（件）'];
const d = (y: number, m: number, day: number) => ({ year: y, month: m, day });
const utc = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

function sheet(rows: CellValue[][]) {
  return grid('办件统计', [['省本级综窗办件统计'], HEADER, ...rows]);
}

function summary(rows: CellValue[][], start: ReturnType<typeof d>, end: ReturnType<typeof d>) {
  const read = readStatistics(sheet(rows));
  expect(read.problems).toEqual([]);
  return summarizeStatistics(read, start, end, '办件统计', ['B5', 'B6'], '通报信息');
}

describe('办件统计: this week and the year to date', () => {
  test('sums every week of the same year up to this one, not later weeks', () => {
    const { summary: s, problems } = summary(
      [
        [utc(2023, 9, 11), utc(2023, 9, 15), 100, 10, 1000, 5],
        [utc(2023, 9, 18), utc(2023, 9, 22), 200, 20, 2000, 6],
        [utc(2023, 9, 25), utc(2023, 9, 28), 2039, 514, 2257, 8314],
        [utc(2023, 10, 9), utc(2023, 10, 13), 9999, 9999, 9999, 9999],
      ],
      d(2023, 9, 25),
      d(2023, 9, 28),
    );
    expect(problems).toEqual([]);
    expect(s!.week).toEqual({ consultations: 2039, acceptances: 514, certificates: 2257, transfers: 8314 });
    expect(s!.yearToDate).toEqual({ consultations: 2339, acceptances: 544, certificates: 5257, transfers: 8325 });
    expect(s!.weeksCounted).toBe(3);
  });

  test('the first week of a year starts the sums afresh', () => {
    const { summary: s } = summary(
      [
        [utc(2022, 12, 19), utc(2022, 12, 23), 500, 50, 5000, 50],
        [utc(2022, 12, 26), utc(2022, 12, 30), 400, 40, 4000, 40],
        [utc(2023, 1, 3), utc(2023, 1, 6), 300, 30, 3000, 30],
      ],
      d(2023, 1, 3),
      d(2023, 1, 6),
    );
    expect(s!.yearToDate).toEqual(s!.week);
    expect(s!.year).toBe(2023);
  });

  test('a week spanning New Year belongs to the year it ends in', () => {
    const rows: CellValue[][] = [
      [utc(2023, 12, 18), utc(2023, 12, 22), 500, 50, 5000, 50],
      [utc(2023, 12, 28), utc(2024, 1, 3), 400, 40, 4000, 40],
      [utc(2024, 1, 8), utc(2024, 1, 12), 300, 30, 3000, 30],
    ];
    const spanning = summary(rows, d(2023, 12, 28), d(2024, 1, 3)).summary!;
    expect(spanning.year).toBe(2024);
    expect(spanning.yearToDate.consultations).toBe(400); // 2023's weeks are not added
    const next = summary(rows, d(2024, 1, 8), d(2024, 1, 12)).summary!;
    expect(next.yearToDate.consultations).toBe(700); // the spanning week counts toward 2024
    const before = summary(rows, d(2023, 12, 18), d(2023, 12, 22)).summary!;
    expect(before.yearToDate.consultations).toBe(500);
  });

  test('a missing week is an error that names the facts cells', () => {
    const { summary: s, problems } = summary([[utc(2023, 9, 18), utc(2023, 9, 22), 1, 1, 1, 1]], d(2023, 9, 25), d(2023, 9, 28));
    expect(s).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0].severity).toBe('error');
    expect(problems[0].message).toContain('9月25日—9月28日');
    expect(problems[0].message).toContain('「通报信息」!B5');
  });

  test("this week's row with blank figures: only its empty cells are reported, not a missing week", () => {
    const read = readStatistics(sheet([[utc(2023, 9, 25), utc(2023, 9, 28), null, 514, null, 8314]]));
    expect(read.weeks).toEqual([]);
    const { summary: s, problems } = summarizeStatistics(read, d(2023, 9, 25), d(2023, 9, 28), '办件统计', ['B5', 'B6'], '通报信息');
    expect(s).toBeNull();
    expect(problems).toEqual([]);
    expect(read.problems.map((p) => p.message)).toEqual(['「办件统计」!C3 的咨询（人次）为空。', '「办件统计」!E3 的颁发（件）为空。']);
  });

  test('a week whose end date disagrees with the facts is an error naming its row', () => {
    const { summary: s, problems } = summary([[utc(2023, 9, 25), utc(2023, 9, 29), 1, 1, 1, 1]], d(2023, 9, 25), d(2023, 9, 28));
    expect(s).toBeNull();
    expect(problems[0].message).toContain('「办件统计」!A3');
  });

  test('every bad cell is reported at once, with its address', () => {
    const read = readStatistics(
      sheet([
        [utc(2023, 9, 18), utc(2023, 9, 22), 'abc', -5, 1.5, null],
        ['2023-13-01', '下周', 1, 1, 1, 1],
        [utc(2023, 9, 25), utc(2023, 9, 28), 1, 1, 1, 1],
        [utc(2023, 9, 25), utc(2023, 9, 28), 2, 2, 2, 2],
      ]),
    );
    const cells = read.problems.map((p) => p.cells?.join(','));
    expect(cells).toEqual(['C3', 'D3', 'E3', 'F3', 'A4', 'B4', 'A5,A6']);
    expect(read.problems.every((p) => p.severity === 'error')).toBe(true);
    expect(read.problems[0].message).toBe('「办件统计」!C3 的咨询（人次）“abc”不是数字。');
    expect(read.problems[1].message).toContain('负数');
    expect(read.problems[2].message).toContain('不是整数');
    expect(read.problems[3].message).toBe('「办件统计」!F3 的流转（件）为空。');
  });

  test('headers found anywhere, with full-width text, line breaks and spaces; numbers as text; a totals row skipped', () => {
    const g = grid(
      '办件统计',
      [
        [null, '周开始\n日期', '周结束 日期', '咨询\n（人次）', '受理(件)', '颁 发', '流转'],
        [null, '2023/9/25', '2023年9月28日', '２０３９', ' 514 ', 2257, '8,314'],
        [null, '合计', null, 2039, 514, 2257, 8314],
      ],
      4,
      2,
    );
    const read = readStatistics(g);
    expect(read.problems.map((p) => p.code)).toEqual(['SKIPPED_ROW']);
    expect(read.problems[0].cells).toEqual(['D7']);
    expect(read.weeks).toHaveLength(1);
    expect(read.weeks[0]).toMatchObject({ weekStart: d(2023, 9, 25), weekEnd: d(2023, 9, 28), consultations: 2039, acceptances: 514, transfers: 8314 });
  });

  test('Excel serial dates (as Office.js gives them) read as the same days', () => {
    const read = readStatistics(sheet([[45194, 45197, 1, 2, 3, 4]]));
    expect(read.weeks[0].weekStart).toEqual(d(2023, 9, 25));
    expect(read.weeks[0].weekEnd).toEqual(d(2023, 9, 28));
  });

  test('no header: says which words were looked for', () => {
    const read = readStatistics(grid('办件统计', [['日期', '数量']]));
    expect(read.problems[0].message).toContain('周开始日期、周结束日期、咨询（人次）');
  });
});

describe('办件统计 and 通报信息 must name the same week', () => {
  const rows: CellValue[][] = [
    [utc(2023, 9, 18), utc(2023, 9, 22), 200, 20, 2000, 6],
    [utc(2023, 9, 25), utc(2023, 9, 29), 2039, 514, 2257, 8314],
  ];

  test('a week ending on another day in the two sheets: one error naming both sheets\' cells', () => {
    const { summary: s, problems } = summary(rows, d(2023, 9, 25), d(2023, 9, 28));
    expect(s).toBeNull();
    expect(problems.map((p) => [p.sheet, p.cells, p.message])).toEqual([
      [
        '办件统计',
        ['A4', 'B4'],
        '本期的周在两处写得不一样：「通报信息」!B5、「通报信息」!B6 是9月25日—9月28日，「办件统计」!A4、「办件统计」!B4 是9月25日—9月29日。两处应相同，改正其中一处。',
      ],
    ]);
  });

  test('no row for the week: the error names the nearest week row', () => {
    const { problems } = summary(rows, d(2023, 10, 2), d(2023, 10, 6));
    expect(problems.map((p) => [p.cells, p.message])).toEqual([
      [['A4'], '「办件统计」中没有本期这一周（10月2日—10月6日，见 「通报信息」!B5、「通报信息」!B6）的一行；最近的一周是 「办件统计」!A4（9月25日—9月29日）：请改正那一行的日期，或添加这一周的办件数。'],
    ]);
  });
});
