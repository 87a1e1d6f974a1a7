/**
 * The year roll-up at scale: a workbook with this month's score sheet (150 windows) and a 「考核历史」 of 150 windows
 * × 5 years of months (9,000 rows). `history --year --json` (read, check every history row, import nothing, roll up
 * the year, print) against `rank --json` on the same workbook, interleaved in-process. Target: at most 2×. The
 * workbook has a 「窗口名单」 of the 150 windows, each with an old name, so the roll-up joins by the roster.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import type { CliIo } from '../src/cli/command';
import { interleavedMedians, ratioRow } from './timing';
import type { BenchRow } from './types';

const WINDOWS = 150;
const YEARS = 5;
const TARGET = 2;
const DIR = path.join('.tmp', 'bench');

/** Scores in halves that move from month to month, so ranks change and ties occur. */
const scoreOf = (w: number, m: number) => 100 + (((w * 7 + m * 13) % 41) - 20) / 2;

async function makeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考核');
  ws.getCell('A1').value = '2023年12月省政务服务大厅进驻部门（单位）窗口考核情况';
  ws.getRow(2).values = ['部门窗口', '基础分值', '减分分值', '加分分值'];
  for (let w = 0; w < WINDOWS; w++) {
    const s = scoreOf(w, 60);
    ws.getRow(w + 3).values = [`窗口${w + 1}`, 100, s < 100 ? 100 - s : 0, s > 100 ? s - 100 : 0];
  }
  const hs = wb.addWorksheet('考核历史');
  hs.getRow(1).values = ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'];
  let row = 2;
  for (let m = 0; m < YEARS * 12; m++) {
    const month = `${2019 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const scores = Array.from({ length: WINDOWS }, (_, w) => ({ w, s: scoreOf(w, m) })).sort((a, b) => b.s - a.s || a.w - b.w);
    scores.forEach(({ w, s }) => {
      const rank = scores.findIndex((x) => x.s === s) + 1;
      hs.getRow(row++).values = [month, `窗口${w + 1}`, 100, s < 100 ? s - 100 : 0, s > 100 ? s - 100 : 0, s, rank, '美式', null];
    });
  }
  // The roster the history joins by (every window with an old name), as a hall using the ledger has it.
  const roster = wb.addWorksheet('窗口名单');
  roster.getRow(1).values = ['部门窗口', '简称', '进驻日期', '撤出日期'];
  for (let w = 0; w < WINDOWS; w++) roster.getRow(w + 2).values = [`窗口${w + 1}`, `旧窗口${w + 1}`];
  await wb.xlsx.writeFile(file);
}

const quiet: CliIo = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(2024, 0, 15) };

async function cli(args: string[]): Promise<void> {
  const errors: string[] = [];
  const code = await main(args, { ...quiet, stderr: (t) => errors.push(t) });
  if (code !== 0) throw new Error(`window-bulletin ${args.join(' ')} exited ${code}: ${errors.join('')}`);
}

export async function run(): Promise<BenchRow[]> {
  mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, `history-${WINDOWS}x${YEARS}y.xlsx`);
  await makeWorkbook(file);
  const opts = { warmup: 2, runs: 9 };
  const [rank, history] = await interleavedMedians([() => cli(['rank', file, '--json']), () => cli(['history', file, '--year', '2023', '--json'])], opts);
  const note = `in-process main(), ${WINDOWS} windows × ${YEARS * 12} months (${WINDOWS * YEARS * 12} history rows), interleaved medians of ${opts.runs}`;
  return [ratioRow(`cli history --year --json ${WINDOWS} windows × ${YEARS} years`, history.median, 'rank --json, same workbook', rank.median, TARGET, note)];
}
