/**
 * Bad ledgers through the built command (`node bin/window-bulletin.js tally`, a real child process): exit 1, every
 * problem on stderr naming its cell, nothing written; usage mistakes exit 2.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EXAMPLE_RULES, exampleSettings, type LineRow } from '../../src/core/ledger/examples';
import { ledgerInputContents } from '../../src/core/ledger/inputContents';
import { addLedgerInputSheets } from '../../src/xlsx/ledgerTemplate';
import { buildCli } from '../support/cliBuild';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');
const d = (day: number) => ({ year: 2023, month: 8, day });

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function workbook(file: string, lines: LineRow[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  addLedgerInputSheets(
    wb,
    ledgerInputContents({
      rules: EXAMPLE_RULES,
      settings: exampleSettings(),
      roster: [
        ['省市场监管局', '', null, null],
        ['教育厅', '', null, null],
      ],
      lines,
    }),
  );
  await wb.xlsx.writeFile(file);
}

let dir: string;
beforeAll(async () => {
  await buildCli();
  dir = mkdtempSync(path.join(tmpdir(), 'tally-bin-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('window-bulletin tally, bad input', () => {
  it('lists every kind of problem at once, naming cells, and writes nothing', async () => {
    const file = path.join(dir, 'bad.xlsx');
    // Rows 4.. of 「考核台账」 (note, blank, header above).
    await workbook(file, [
      [d(1), '教育厅', 'Z99', null, null, '', '', '', ''], // A4.. unknown rule: C4
      [d(2), '教育厅', 'D05', null, null, '', '', '', ''], // range without points: E5
      [d(3), '教育厅', 'D05', null, -6, '', '', '', ''], // outside the range: E6
      [d(4), '教育厅', 'B02', null, -2, '', '', '', ''], // sign: E7
      [d(5), '市场监管局', 'D01', null, null, '', '', '', ''], // unknown window: B8
      [d(6), '教育厅', 'D01', null, null, '', '', '待定', ''], // status: H8+1
      [d(7), '教育厅', 'D01', null, null, '', '考勤', '', ''], // duplicate of the next: a warning
      [d(7), '教育厅', 'D01', null, null, '', '考勤', '', ''],
    ]);
    const out = path.join(dir, 'out.xlsx');
    const r = cli(['tally', file, '--month', '2023-08', '--out', out]);
    expect(r.code).toBe(1);
    for (const cell of ['C4', 'E5', 'E6', 'E7', 'B8', 'H9']) expect(r.stderr).toContain(`「考核台账」!${cell}`);
    expect(r.stderr).toContain('是不是“省市场监管局”？');
    expect(r.stderr).toContain('第 10 行和第 11 行');
    expect(r.stderr).toContain('共 6 个错误');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it('says a date is not a date', async () => {
    const file = path.join(dir, 'date.xlsx');
    await workbook(file, [[d(1), '教育厅', 'D01', null, null, '', '', '', '']]);
    // Overwrite the date with text that is no date.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('考核台账')!.getCell('A4').value = '8月某日';
    await wb.xlsx.writeFile(file);
    const r = cli(['tally', file, '--month', '2023-08', '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('「考核台账」!A4 的日期“8月某日”不是日期');
  });

  it('exits 2 on a bad --month and names the sheet a workbook lacks', () => {
    expect(cli(['tally', 'samples/weekly-bulletin-2023-38.xlsx', '--month', '2023-13']).code).toBe(2);
    const r = cli(['tally', 'test/fixtures/decimal-ties.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('没有「考核细则」工作表');
    expect(r.stderr).toContain('没有「考核台账」工作表');
    expect(r.stderr).toContain('没有「窗口名单」工作表');
  });
});
