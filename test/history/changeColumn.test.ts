/**
 * The optional 较上月 column: `rank --out --change-column` adds it to the result sheet from 「考核历史」 (inside the
 * table's borders and title); without the flag the result sheet is the published attachment, six columns.
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { runCli } from '../cli/runCli';
import { tempDir } from '../xlsx/workbookFixtures';
import { gridsToXlsx } from './workbookFile';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('wb-change-')));
afterEach(() => cleanup());

const sheet = (name: string, values: CellValue[][]): SheetGrid => ({ name, originRow: 0, originCol: 0, values, merges: [], tables: [] });

async function input(): Promise<string> {
  const file = path.join(dir, 'aug.xlsx');
  writeFileSync(
    file,
    await gridsToXlsx([
      sheet('考核', [['2023年8月窗口考核情况'], ['部门窗口', '基础分值', '减分分值', '加分分值'], ['甲厅', 100, 0, 5], ['乙厅', 100, 0, 3], ['丙局', 100, 2, 0], ['丁办', 100, 0, 0]]),
      sheet('考核历史', [
        ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'],
        ['2023-07', '乙厅', 100, 0, 4, 104, 1, '美式', null],
        ['2023-07', '丙局', 100, 0, 1, 101, 2, '美式', null],
        ['2023-07', '甲厅', 100, 0, 0, 100, 3, '美式', null],
      ]),
    ]),
  );
  return file;
}

async function resultSheet(file: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet('8月考核结果')!;
}

test('--change-column: 较上月 after 实得分值, ↑/↓/持平/新进驻 per window, bordered like the table', async () => {
  const out = path.join(dir, 'with.xlsx');
  const run = await runCli(['rank', await input(), '--sheet', '考核', '--out', out, '--change-column']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const ws = await resultSheet(out);
  expect(ws.getRow(3).values).toEqual([undefined, '排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '较上月']);
  expect([4, 5, 6, 7].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 7).value])).toEqual([
    ['甲厅', '↑2'],
    ['乙厅', '↓1'],
    ['丁办', '新进驻'],
    ['丙局', '↓2'],
  ]);
  expect(ws.getCell(7, 7).border?.right?.style).toBe('thin');
  expect(ws.model.merges).toContain('A2:G2');
});

test('without the flag the result sheet has the six published columns', async () => {
  const out = path.join(dir, 'without.xlsx');
  expect((await runCli(['rank', await input(), '--sheet', '考核', '--out', out])).code).toBe(0);
  const ws = await resultSheet(out);
  expect(ws.getRow(3).values).toEqual([undefined, '排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值']);
});
