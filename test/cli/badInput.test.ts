/** Every kind of bad input: exit 1, every problem on stderr naming 「sheet」!cell, nothing written, no stack trace. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { runCli } from './runCli';
import { addScoreTable, tempDir, writeXlsx, xlsxBytes } from '../xlsx/workbookFixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** Runs rank with --out on a workbook and checks the common promises of a rejected run. */
async function rejected(file: string, extra: string[] = []) {
  const out = path.join(dir, 'out.xlsx');
  const run = await runCli(['rank', file, '--out', out, ...extra]);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
  expect(readdirSync(dir).filter((f) => f.includes('out.xlsx'))).toEqual([]); // no temp file either
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return run;
}

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('错误：'));
}

async function workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  return writeXlsx(path.join(dir, name), build);
}

describe('bad workbooks', () => {
  it('names every non-numeric score cell, all in one run', async () => {
    const file = await workbook('text-scores.xlsx', (wb) => {
      addScoreTable(wb.addWorksheet('考核'), 1, 1, [
        ['水利厅', 100, '十', 2],
        ['商务厅', 100, 0, 6],
        ['民政厅', 100, 0, '七分'],
        ['公安厅', 'abc', 0, 1],
      ]);
    });
    const run = await rejected(file);
    const errors = errorLines(run.stderr);
    expect(errors).toHaveLength(3);
    expect(run.stderr).toContain('「考核」!C2');
    expect(run.stderr).toContain('「考核」!D4');
    expect(run.stderr).toContain('「考核」!B5');
  });

  it('names both cells of a duplicate window name', async () => {
    const file = await workbook('dup.xlsx', (wb) => {
      addScoreTable(wb.addWorksheet('考核'), 3, 2, [
        ['水利厅', 100, 0, 2],
        ['商务厅', 100, 0, 6],
        ['水利厅', 100, 1, 0],
      ]);
    });
    const run = await rejected(file);
    const dup = errorLines(run.stderr).find((l) => l.includes('水利厅'));
    expect(dup).toBeDefined();
    expect(dup).toContain('B4');
    expect(dup).toContain('B6');
  });

  it('says what header words were looked for when there is no header', async () => {
    const file = await workbook('no-header.xlsx', (wb) => {
      const ws = wb.addWorksheet('考核');
      ws.getRow(1).values = ['名称', '数值'];
      ws.getRow(2).values = ['水利厅', 10];
    });
    const run = await rejected(file);
    expect(errorLines(run.stderr).length).toBeGreaterThan(0);
    expect(run.stderr).toContain('部门窗口');
  });

  it('rejects a header with no window rows under it', async () => {
    const file = await workbook('no-data.xlsx', (wb) => addScoreTable(wb.addWorksheet('考核'), 1, 1, []));
    const run = await rejected(file, ['--sheet', '考核']);
    expect(errorLines(run.stderr).length).toBeGreaterThan(0);
    expect(run.stderr).toContain('「考核」');
  });

  it('rejects a --sheet that does not exist, naming the sheets there are', async () => {
    const file = await workbook('sheets.xlsx', (wb) => addScoreTable(wb.addWorksheet('考核'), 1, 1, [['水利厅', 100, 0, 1]]));
    const run = await rejected(file, ['--sheet', '八月']);
    expect(run.stderr).toContain('八月');
  });
});

describe('files that are not workbooks', () => {
  const cases: [string, (file: string) => Promise<void> | void, RegExp][] = [
    ['a missing file', () => undefined, /找不到文件/],
    ['a folder', (f) => mkdirSync(f), /文件夹/],
    ['an empty file', (f) => writeFileSync(f, ''), /空的/],
    ['a CSV renamed .xlsx', (f) => writeFileSync(f, '部门窗口,加分分值\n水利厅,10\n'), /不是 \.xlsx 工作簿/],
    ['an old .xls', (f) => writeFileSync(f, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), /97-2003/],
    ['a damaged zip', async (f) => writeFileSync(f, (await xlsxBytes((wb) => wb.addWorksheet('x'))).subarray(0, 200)), /无法作为 \.xlsx 工作簿读取/],
  ];
  it.each(cases)('%s: a clear Chinese message, exit 1', async (_, make, message) => {
    const file = path.join(dir, 'input.xlsx');
    await make(file);
    const run = await rejected(file);
    expect(run.stderr).toMatch(message);
    expect(errorLines(run.stderr)).toHaveLength(1);
  });
});
