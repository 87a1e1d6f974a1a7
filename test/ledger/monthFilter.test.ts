/**
 * `tally --month` parses of the other months' ledger lines only the dates (monthFilter.ts, streamSheet's row
 * filter): the result is the one a full read gives — the same JSON, the same problems, a bad date in another
 * month still an error — whatever the order of the lines and wherever the date column is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/cell';
import { tallyWorkbook } from '../../src/core/ledger/month';
import { toTallyJson } from '../../src/core/ledger/json';
import { monthRowFilter } from '../../src/core/ledger/monthFilter';
import { daysInMonth } from '../../src/core/bulletin/civilDate';
import { streamWorkbookFile } from '../../src/xlsx/streamWorkbook';
import { runCli } from '../cli/runCli';
import { LEDGER_HEADER, ROSTER, ROSTER_HEADER, RULES, RULES_HEADER } from './support';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'month-filter-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utc = (m: number, d: number) => new Date(Date.UTC(2023, m - 1, d));

/** A year of lines, months interleaved, on a ledger whose header sits on row 4 with 日期 in column C. */
async function workbook(file: string, extra: CellValue[][] = []): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: CellValue[][], offset = 0, col = 0) => {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1 + offset, j + 1 + col).value = v as ExcelJS.CellValue)));
  };
  add('考核细则', [RULES_HEADER, ...RULES]);
  add('窗口名单', [ROSTER_HEADER, ...ROSTER]);
  const windows = ['甲厅', '乙局', '丙委', '省市场监管局'];
  const lines: CellValue[][] = [];
  for (let k = 0; k < 240; k++) {
    const month = 1 + ((k * 5) % 12);
    lines.push([utc(month, 1 + (k % 28)), windows[k % 4], ['D01', 'D02', 'B01', 'B02'][k % 4], 1 + (k % 3), null, k % 7 === 0 ? '张三' : '', `依据${k}`, k % 11 === 0 ? '撤销' : '', '']);
  }
  // 日期 in column C (two note columns before it), the header on row 4 under a note line.
  add('考核台账', [['本表记全年的考核事项。'], [], [], ...[LEDGER_HEADER, ...lines, ...extra].map((r, i) => (i === 0 ? ['序', '摘要', ...r] : [i, `第${i}件`, ...r]))]);
  await wb.xlsx.writeFile(file);
}

async function fullRead(file: string) {
  const read = await streamWorkbookFile(file);
  if (!read.ok) throw new Error('unreadable');
  return tallyWorkbook(read.workbook, { year: 2023, month: 8 });
}

test('the same JSON as a full read of the workbook', async () => {
  const file = path.join(dir, 'year.xlsx');
  await workbook(file);
  const r = await runCli(['tally', file, '--month', '2023-08', '--json']);
  expect(r.stderr).toBe('');
  const full = await fullRead(file);
  expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(toTallyJson(full.tally!, full.problems))));
  expect(JSON.parse(r.stdout).windows.some((w: { lines: number[] }) => w.lines.length > 0)).toBe(true);
});

test('a bad date in another month is still reported, with the problems of a full read', async () => {
  const file = path.join(dir, 'bad.xlsx');
  await workbook(file, [[utc(3, 3), '丁办', 'Z9'], ['三月某日', '甲厅', 'D01']]);
  const r = await runCli(['tally', file, '--month', '2023-08']);
  expect(r.code).toBe(1);
  const full = await fullRead(file);
  expect(full.problems.map((p) => p.message)).toEqual([expect.stringContaining('「考核台账」!C246 的日期“三月某日”不是日期')]);
  expect(r.stderr).toContain(full.problems[0].message);
});

test('the filter keeps the header rows and the month, and only the dates of other months', () => {
  const f = monthRowFilter('考核台账', { year: 2023, month: 8 });
  const header = ['日期', '部门窗口', '细则编号'];
  header.forEach((v, c) => expect(f.cell(0, c, v)).toBe(true));
  // Within the first 200 rows the header is not yet settled: every cell is kept.
  expect(f.cell(1, 0, utc(7, 1))).toBe(true);
  for (let r = 2; r < 201; r++) f.cell(r, 0, utc(8, 1));
  expect(f.cell(201, 0, utc(7, 1))).toBe(false);
  expect(f.cell(202, 0, utc(8, 1))).toBe(true);
  expect(f.cell(203, 0, '七月')).toBe(true);
  expect(f.header()).toEqual({ row: 0, dateCol: 0 });
  expect(f.dropped()).toBe(true);
});

test('daysInMonth, now arithmetic, agrees with the calendar of every year a date may have', () => {
  for (let year = 1900; year <= 9999; year++) {
    for (let month = 1; month <= 12; month++) {
      if (daysInMonth(year, month) !== new Date(Date.UTC(year, month, 0)).getUTCDate()) throw new Error(`${year}-${month}`);
    }
  }
  expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
});
