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

async function workbook(file: string, lines: LineRow[], veto = '仅标注'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  addLedgerInputSheets(
    wb,
    ledgerInputContents({
      rules: EXAMPLE_RULES,
      settings: exampleSettings().map((s) => (s[0] === '一票否决处理' ? [s[0], veto, s[2]] : s)),
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

describe('window-bulletin tally, then rank the score sheet it wrote', () => {
  it('一票否决处理 排在最后: `rank` places the vetoed window last, as the tally does', async () => {
    const file = path.join(dir, 'veto.xlsx');
    await workbook(
      file,
      [
        // Vetoed at 100 − 20 + 10 (通报表扬, its cap) + 5 (群众表扬, its cap) = 95, above 教育厅's 90.
        [d(1), '省市场监管局', 'D07', null, null, '', '督查', '', ''],
        [d(2), '省市场监管局', 'B03', 2, null, '', '通报', '', ''],
        [d(2), '省市场监管局', 'B01', 10, null, '', '表扬信', '', ''],
        [d(3), '教育厅', 'D01', 5, null, '', '考勤', '', ''], // 100 − 10 = 90
      ],
      '排在最后',
    );
    const out = path.join(dir, 'veto-out.xlsx');
    const tally = cli(['tally', file, '--month', '2023-08', '--json', '--out', out]);
    expect(tally.code).toBe(0);
    const own = JSON.parse(tally.stdout).windows.map((w: { window: string; rank: number; score: number }) => [w.window, w.score, w.rank]);
    expect(own).toEqual([
      ['省市场监管局', 95, 2],
      ['教育厅', 90, 1],
    ]);
    const ranked = cli(['rank', out, '--sheet', '2023年8月考核', '--json']);
    expect(ranked.code).toBe(0);
    expect(JSON.parse(ranked.stdout).rows.map((r: { window: string; rank: number }) => [r.window, r.rank])).toEqual([
      ['教育厅', 1],
      ['省市场监管局', 2],
    ]);
  });
});

describe('window-bulletin template --from carries the ledger', () => {
  it('next month\'s workbook has the rules with their settings, the roster and every ledger line, and tallies the same', async () => {
    const from = path.join(dir, 'this-month.xlsx');
    // A year's ledger in short: lines in July and August, a setting changed from the template's default.
    await workbook(
      from,
      [
        [{ year: 2023, month: 7, day: 3 }, '教育厅', 'D01', null, null, '张三', '考勤', '', ''],
        [d(1), '省市场监管局', 'D07', null, null, '', '督查', '', ''],
        [d(3), '教育厅', 'D05', null, -4, '', '好差评', '申诉成立', '已核实'],
      ],
      '排在最后',
    );
    const next = path.join(dir, 'next-month.xlsx');
    // The bulletin's own sheets come from the sample week; the ledger's from `from`: put them together first.
    const both = path.join(dir, 'with-bulletin.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx'));
    for (const name of ['考核细则', '考核台账', '窗口名单']) wb.removeWorksheet(wb.getWorksheet(name)!.id);
    const ledger = new ExcelJS.Workbook();
    await ledger.xlsx.readFile(from);
    for (const ws of ledger.worksheets) {
      const copy = wb.addWorksheet(ws.name);
      ws.eachRow({ includeEmpty: true }, (row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
      (copy as unknown as { dataValidations: { model: object } }).dataValidations.model = { ...(ws as unknown as { dataValidations: { model: object } }).dataValidations.model };
    }
    await wb.xlsx.writeFile(both);

    const made = cli(['template', next, '--from', both]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/「考核细则」、「考核台账」、「窗口名单」/);
    const theirs = cli(['tally', both, '--month', '2023-08', '--json']);
    const ours = cli(['tally', next, '--month', '2023-08', '--json']);
    expect(ours.code).toBe(0);
    expect(JSON.parse(ours.stdout)).toEqual(JSON.parse(theirs.stdout));
    expect(JSON.parse(ours.stdout).settings.veto).toBe('last');
    // July's line came too (row 4 of 「考核台账」): the ledger is carried whole, not cut to the month.
    const july = JSON.parse(cli(['tally', next, '--month', '2023-07', '--json']).stdout);
    expect(july.windows.find((w: { window: string }) => w.window === '教育厅').lines).toEqual([4]);
    // The drop-down lists come along (the clerk keeps picking 状态 and 是/否 from a list).
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(next);
    expect(out.getWorksheet('考核台账')!.getCell('H4').dataValidation).toMatchObject({ type: 'list', formulae: ['"有效,申诉成立,撤销"'] });
  });
});
