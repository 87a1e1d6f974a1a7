/**
 * `window-bulletin tally` on a year's ledger: 150 windows × 12 months × 20 events = 36,000 lines, plus the month's
 * score sheet of 150 windows, the workbook a hall keeps. Target: tallying one month within 2× of `rank --json` on
 * the same workbook (both in-process through main(), timed in turns, median of 5 after a warm-up). The tally reads
 * the three input sheets in full (the ledger is most of the file); rank reads the sheets' heads and the score sheet.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import type { CliIo } from '../src/cli/command';
import { EXAMPLE_RULES, exampleSettings, type LineRow, type RosterRow } from '../src/core/ledger/examples';
import { ledgerInputContents } from '../src/core/ledger/inputContents';
import { HEADER_ROW, VALIDATED_ROWS } from '../src/core/bulletin/columnRules';
import { addLedgerInputSheets } from '../src/xlsx/ledgerTemplate';
import { interleavedMedians, ratioRow } from './timing';
import type { BenchRow } from './types';

const WINDOWS = 150;
const MONTHS = 12;
const EVENTS = 20;
const TARGET = 2;
const DIR = path.join('.tmp', 'bench');

function ledgerLines(): LineRow[] {
  const lines: LineRow[] = [];
  for (let m = 1; m <= MONTHS; m++) {
    for (let w = 0; w < WINDOWS; w++) {
      for (let e = 0; e < EVENTS; e++) {
        const k = (w * 31 + e * 7 + m) % EXAMPLE_RULES.length;
        const [code, , , points] = EXAMPLE_RULES[k];
        const range = points.includes('~') ? (points.startsWith('-') ? -4 : 2) : null;
        lines.push([{ year: 2023, month: m, day: 1 + ((e * 3 + w) % 28) }, `窗口${w + 1}`, code, 1 + (e % 2), range, e % 5 === 0 ? `人员${w}-${e}` : '', `依据${m}-${w}-${e}`, e % 17 === 0 ? '申诉成立' : '', '']);
      }
    }
  }
  return lines;
}

async function makeWorkbook(file: string, formatted: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核');
  ws.getCell('A1').value = '2023年8月省政务服务大厅进驻部门（单位）窗口考核情况';
  ws.getRow(2).values = ['序号', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'];
  for (let i = 0; i < WINDOWS; i++) ws.getRow(i + 3).values = [i + 1, `窗口${i + 1}`, 100, i % 3, (i % 7) / 2, 100 - (i % 3) + (i % 7) / 2];
  const roster: RosterRow[] = Array.from({ length: WINDOWS }, (_, i) => [`窗口${i + 1}`, '', null, null]);
  const lines = ledgerLines();
  addLedgerInputSheets(wb, ledgerInputContents({ rules: EXAMPLE_RULES, settings: exampleSettings(), roster, lines }));
  if (!formatted) unformatAddedRows(wb.getWorksheet('考核台账')!, lines.length);
  await wb.xlsx.writeFile(file);
}

/**
 * The template formats its first 500 rows (VALIDATED_ROWS); rows a clerk adds below them in Excel carry no cell
 * formats of their own, and their blank cells are not in the file at all. The template writer formats every row it
 * is given, so the rows past 500 are brought back to what Excel would save (dates keep their date format).
 */
function unformatAddedRows(ws: ExcelJS.Worksheet, rows: number): void {
  const first = HEADER_ROW + 1 + VALIDATED_ROWS;
  for (let r = first; r < HEADER_ROW + 1 + rows; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell, col) => {
      if (cell.value === null || cell.value === '') cell.style = {};
      else if (col !== 1) cell.style = {};
    });
  }
}

const quiet: CliIo = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(2023, 8, 15) };

async function cli(args: string[]): Promise<void> {
  const errors: string[] = [];
  const code = await main(args, { ...quiet, stderr: (t) => errors.push(t) });
  if (code !== 0) throw new Error(`window-bulletin ${args.join(' ')} exited ${code}: ${errors.join('')}`);
}

/** Both files, then each measured in turns: as Excel saves a sheet clerks typed into, and with every ledger cell styled. */
export async function run(): Promise<BenchRow[]> {
  mkdirSync(DIR, { recursive: true });
  const count = WINDOWS * MONTHS * EVENTS;
  const lines = count.toLocaleString('en');
  const rows: BenchRow[] = [];
  for (const formatted of [false, true]) {
    const file = path.join(DIR, `ledger-${count}${formatted ? '-formatted' : ''}.xlsx`);
    await makeWorkbook(file, formatted);
    const [tally, rank] = await interleavedMedians([() => cli(['tally', file, '--month', '2023-08', '--json']), () => cli(['rank', file, '--json'])], { warmup: 1, runs: 5 });
    rows.push(
      ratioRow(
        `cli tally --json, ${lines}-line ledger${formatted ? ', every cell styled' : ''}`,
        tally.median,
        'rank --json, same workbook',
        rank.median,
        TARGET,
        `in-process main(), ${WINDOWS} windows × ${MONTHS} months × ${EVENTS} events, one month tallied; ` +
          `${formatted ? 'every ledger cell, blank ones too, carries a style (as the template writer formats each row it is given)' : 'rows past the template\'s 500 carry only their typed cells'}; ` +
          `medians of 5 in turns after a warm-up (tally ${tally.runs.map((r) => r.toFixed(0)).join('/')} ms, rank ${rank.runs.map((r) => r.toFixed(0)).join('/')} ms)`,
      ),
    );
  }
  return rows;
}
