/**
 * The command line on a 5,000-window workbook, run in-process through main() (no node start-up on either
 * side), against a plain ExcelJS read of the same file in the same process. Target: `rank --json` within
 * 1.5× of the read. `rank --out` (which also writes a copy of the workbook) is reported without a target.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import type { CliIo } from '../src/cli/command';
import { medianMs, ratioRow } from './timing';
import type { BenchRow } from './types';

const ROWS = 5_000;
const TARGET = 1.5;
const DIR = path.join('.tmp', 'bench');

/** A clerk-style sheet: merged title, header, windows with formulas =C−D+E holding their cached results. */
async function makeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = '2023年8月省政务服务大厅进驻部门（单位）窗口考核情况';
  ws.getRow(2).values = ['序号', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'];
  for (let i = 0; i < ROWS; i++) {
    const r = i + 3;
    const deduction = (i * 7) % 13 === 0 ? ((i * 3) % 20) / 2 : 0;
    const bonus = ((i * 11) % 37) / 2;
    ws.getRow(r).values = [i + 1, `窗口${i + 1}`, 100, deduction, bonus, { formula: `C${r}-D${r}+E${r}`, result: 100 - deduction + bonus }];
  }
  await wb.xlsx.writeFile(file);
}

const quiet: CliIo = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(2023, 8, 15) };

async function cli(args: string[]): Promise<void> {
  const errors: string[] = [];
  const code = await main(args, { ...quiet, stderr: (t) => errors.push(t) });
  if (code !== 0) throw new Error(`window-bulletin ${args.join(' ')} exited ${code}: ${errors.join('')}`);
}

export async function run(): Promise<BenchRow[]> {
  mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `cli-${ROWS}.xlsx`);
  const out = path.join(DIR, `cli-${ROWS}-out.xlsx`);
  await makeWorkbook(file);
  const opts = { warmup: 2, runs: 7 };
  const read = await medianMs(() => new ExcelJS.Workbook().xlsx.readFile(file), opts);
  const json = await medianMs(() => cli(['rank', file, '--json']), opts);
  const withOut = await medianMs(() => cli(['rank', file, '--out', out]), opts);
  rmSync(out, { force: true });
  const note = `in-process main(), ${ROWS.toLocaleString('en')} windows, median of ${opts.runs} after ${opts.warmup} warm-ups`;
  return [
    ratioRow(`cli rank --json ${ROWS.toLocaleString('en')} rows`, json.median, 'ExcelJS readFile', read.median, TARGET, note),
    ratioRow(`cli rank --out ${ROWS.toLocaleString('en')} rows`, withOut.median, 'ExcelJS readFile', read.median, undefined, `${note}; also writes the workbook copy`),
  ];
}
