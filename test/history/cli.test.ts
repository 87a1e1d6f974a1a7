/**
 * `window-bulletin history` on real files: import, the copy (「考核历史」 as an Excel table, the roll-up with two
 * charts), replaying (idempotent, never a second history), --record, the JSON contract, and the problems named by cell.
 * The copy is read back with ExcelJS and JSZip, not with our reader.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { runCli } from '../cli/runCli';
import { tempDir } from '../xlsx/workbookFixtures';
import { goldenWorkbook, M, resultSheet, septemberHistory, T } from './goldenYear';
import { gridsToXlsx } from './workbookFile';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('wb-history-')));
afterEach(() => cleanup());

async function book(name: string, sheets: SheetGrid[]): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await gridsToXlsx(sheets));
  return file;
}

async function sheetsOf(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('history --import --out', () => {
  test('writes 「考核历史」 as a table and the year roll-up with a line and a bar chart; the input is unchanged', async () => {
    const input = await book('year.xlsx', goldenWorkbook().sheets);
    const before = readFileSync(input);
    const out = path.join(dir, 'copy.xlsx');
    const run = await runCli(['history', input, '--import', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2023年度考核汇总');
    expect(readFileSync(input).equals(before)).toBe(true);

    const wb = await sheetsOf(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...Array.from({ length: 12 }, (_, i) => `${i + 1}月考核结果`), '考核历史', '2023年度考核汇总']);
    const history = wb.getWorksheet('考核历史')!;
    // 12 months: 5 windows in Jan–Mar, 6 in Apr–Sep, 5 in Oct–Dec.
    expect(history.rowCount).toBe(1 + 5 * 3 + 6 * 6 + 5 * 3);
    expect(history.getRow(1).values).toEqual([undefined, '月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决']);
    const vetoRow = history.getRows(2, history.rowCount - 1)!.find((r) => r.getCell(1).value === '2023-09' && r.getCell(2).value === M)!;
    expect(vetoRow.getCell(9).value).toBe('是');

    const zip = await JSZip.loadAsync(readFileSync(out));
    const table = await zip.file('xl/tables/table1.xml')!.async('string');
    expect(table).toMatch(/name="WindowHistory"[^>]*ref="A1:I67"/u);
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/u.test(p));
    expect(charts).toHaveLength(2);
    const line = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(line).toContain('<c:lineChart>');
    expect(line).toContain(`'2023年度考核汇总'!$B$5`); // series named by the window cell
    // No roster on the command line: 省国土资源厅 (Jan–Mar) and 自然资源厅 (Apr–Dec) are two lines.
    expect((line.match(/<c:ser>/gu) ?? []).length).toBe(7);
    expect(await zip.file('xl/charts/chart2.xml')!.async('string')).toContain('<c:barDir val="bar"/>');
  });

  test('running again on its own copy changes nothing: no month imported, one 「考核历史」, same rows', async () => {
    const input = await book('year.xlsx', goldenWorkbook().sheets);
    const first = path.join(dir, 'first.xlsx');
    const second = path.join(dir, 'second.xlsx');
    expect((await runCli(['history', input, '--import', '--out', first])).code).toBe(0);
    const again = await runCli(['history', first, '--import', '--json', '--out', second]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).imported).toEqual([]);
    const [a, b] = [await sheetsOf(first), await sheetsOf(second)];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    const rows = (wb: ExcelJS.Workbook) => wb.getWorksheet('考核历史')!.getSheetValues().map((r) => JSON.stringify(r));
    expect(rows(b)).toEqual(rows(a));
    const zip = await JSZip.loadAsync(readFileSync(second));
    expect(Object.keys(zip.files).filter((p) => /^xl\/tables\//u.test(p))).toEqual(['xl/tables/table1.xml']);
    expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/u.test(p))).toHaveLength(2);
  });

  test('--record puts this month in place of its earlier recording, never twice', async () => {
    const aug = resultSheet(8);
    // The score sheet as the clerk keeps it: August again, with 交通运输厅 corrected to 106.
    const sheet: CellValue[][] = [['2023年8月窗口考核情况'], ['部门窗口', '基础分值', '减分分值', '加分分值'], ...aug.values.slice(3).map((r) => [r[1], 100, r[3], r[1] === T ? 6 : r[4]])];
    const input = await book('aug.xlsx', [{ ...aug, name: '考核', values: sheet }, { ...septemberHistory(), values: [...septemberHistory().values] }]);
    const out = path.join(dir, 'rec.xlsx');
    const run = await runCli(['history', input, '--record', '--json', '--out', out]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.imported).toEqual(['2023-08']);
    const again = await runCli(['history', out, '--record', '--json']);
    const months = JSON.parse(again.stdout).months.map((m: { month: string }) => m.month);
    expect(months).toEqual(['2023-08', '2023-09']);
    const aug2 = JSON.parse(again.stdout).months[0].rows;
    expect(aug2[0]).toMatchObject({ window: T, score: 106, rank: 1 });
  });
});

describe('history --json', () => {
  test('per window per month, and the roll-up of the chosen quarter', async () => {
    const input = await book('year.xlsx', goldenWorkbook().sheets);
    const run = await runCli(['history', input, '--import', '--json', '--year', '2023', '--quarter', '3']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.months.map((m: { month: string }) => m.month)).toEqual(['2023-07', '2023-08', '2023-09']);
    expect(json.months[0].redFlags.edgeTie).toEqual({ rank: 3, windows: [M, '水利厅'] });
    expect(json.months[0].rows[0]).toEqual({
      window: '自然资源厅', base: 100, deduction: 0, bonus: 4, score: 104, rank: 1, rankStyle: 'competition', veto: false, previousRank: 6, change: '↑5',
    });
    expect(json.rollup).toMatchObject({ title: '2023年第3季度考核汇总', kind: 'quarter', year: 2023, quarter: 3, months: ['2023-07', '2023-08', '2023-09'], averageDecimals: 2 });
    expect(json.rollup.windows[1]).toMatchObject({ rank: 2, window: M, average: 103.17, averageText: '103.17', monthsCounted: 3, partial: false, vetoMonths: [9], honour: null });
  });
});

describe('problems named by cell', () => {
  test('the same month in two sheets with different figures: exit 1, both cells named, nothing written', async () => {
    const aug = resultSheet(8);
    const other = { ...aug, name: '八月（修订）', values: aug.values.map((r) => [...r]) };
    other.values[3][5] = 106; // 交通运输厅: 105 in one, 106 in the other
    other.values[3][4] = 6;
    const input = await book('two.xlsx', [aug, other]);
    const out = path.join(dir, 'no.xlsx');
    const run = await runCli(['history', input, '--import', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('2023年8月在「8月考核结果」和「八月（修订）」中记录了两次');
    expect(run.stderr).toContain('「8月考核结果」!B4 与 「八月（修订）」!B4');
    expect(existsSync(out)).toBe(false);
  });

  test('an imported month that differs from 「考核历史」 is a conflict naming the history row', async () => {
    const sep = resultSheet(9);
    sep.values[3][5] = 105; // 省市场监管局 104.5 in the history, 105 here
    sep.values[3][4] = 5;
    const run = await runCli(['history', await book('c.xlsx', [sep, septemberHistory()]), '--import']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/「9月考核结果」!B4 与 「考核历史」!B2/u);
  });

  test('a score sheet whose title names no month: a warning on its title cell, the others imported', async () => {
    const untitled: SheetGrid = { ...resultSheet(5), name: '考核表' };
    untitled.values = untitled.values.map((r, i) => (i === 1 ? ['窗口考核结果', ...r.slice(1)] : r));
    const run = await runCli(['history', await book('u.xlsx', [untitled, resultSheet(6)]), '--import', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.imported).toEqual(['2023-06']);
    expect(json.warnings).toContainEqual(expect.objectContaining({ code: 'HISTORY_NO_MONTH', sheet: '考核表', cells: ['A1'] }));
  });

  test('a rank in 「考核历史」 that its scores do not give (edited by hand): a warning on the 名次 cell', async () => {
    const h = septemberHistory();
    h.values[2][6] = 5; // 交通运输厅 is 2nd by its 104
    const run = await runCli(['history', await book('r.xlsx', [h]), '--json']);
    expect(run.code).toBe(0);
    const w = JSON.parse(run.stdout).warnings.find((x: { code: string }) => x.code === 'HISTORY_RANK_MISMATCH');
    expect(w).toMatchObject({ sheet: '考核历史', cells: ['G3'] });
    expect(w.message).toContain('按当月实得分值应为第 2 名');
    expect(JSON.parse(run.stdout).months[0].rows[1]).toMatchObject({ window: T, rank: 2 });
  });
});

test('rank never takes 「考核历史」 for the score sheet, even as the first tab, and does not call it a second score sheet', async () => {
  const aug = resultSheet(8);
  const input = await book('h-first.xlsx', [septemberHistory(), { ...aug, name: '考核' }]);
  const run = await runCli(['rank', input, '--json']);
  expect(run.code).toBe(0);
  const json = JSON.parse(run.stdout);
  expect(json.sheet).toBe('考核');
  expect(json.warnings.map((w: { code: string }) => w.code)).not.toContain('SEVERAL_SCORE_SHEETS');
});
