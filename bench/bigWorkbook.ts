/**
 * The command line on large workbooks, each run as its own process (the installed bin, as a clerk runs it):
 * wall time and peak RSS of `rank FILE --json` (and of the terminal table) on a 100,000-window workbook (3.7 MB),
 * and of `rank FILE --json` (all sheets, and with --sheet 考核) on a ~50 MB workbook (the same score sheet plus a
 * year of case records on a detail sheet, as a real workbook carries).
 *
 * Baseline, same run: the peak RSS of a node process that only reads the same file's bytes — the least any
 * reader of the file needs (node itself, about 40 MB, plus the file). Target: rank within 8× of it. Measured
 * 3.3–5.8× (2026-11-29); the same command's peak varies by up to 60 MB between runs (when V8 collects garbage),
 * hence the headroom. What rank holds beyond the file is the score sheet's values, the shared strings and the
 * output; sheets without a score table are skipped below their heads (see src/cli/workbookInput.ts). The in-memory
 * ExcelJS read this replaced needed 13× on the 100,000-window workbook and 41× (3.7 GB) on the 51 MB one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bigWorkbookFile, type BigWorkbookSpec } from './bigWorkbookFile';
import { round } from './timing';
import type { BenchRow } from './types';

const BIN = path.resolve('bin', 'window-bulletin.js');
const PRELOAD = path.resolve('bench', 'peakRss.cjs');
const WINDOWS = 100_000;
/** Case records that bring the workbook to about 50 MB (51 MB with generator version 1). */
const RECORDS = 670_000;
const RSS_TARGET = 8;

interface ChildRun {
  ms: number;
  peakMb: number;
}

/** Runs node with the peak-RSS preload; stdout is read and dropped (a 100,000-line JSON document). */
export function measure(args: string[]): Promise<ChildRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wb-rss-'));
  const rssFile = path.join(dir, 'peak');
  return new Promise<ChildRun>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-r', PRELOAD, ...args], {
      env: { ...process.env, WB_PEAK_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.resume();
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      try {
        if (code !== 0) throw new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(0, 2000)}`);
        resolve({ ms, peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024 });
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

function rows(label: string, output: Output, file: string, rank: ChildRun, bytesOnly: ChildRun): BenchRow[] {
  const sizeMb = round(statSync(file).size / 1e6);
  const command = COMMAND[output];
  const note = `${label}, ${sizeMb} MB: node bin/window-bulletin.js ${command} FILE in a child process, one run; peak RSS from the child's process.resourceUsage().maxRSS`;
  return [
    {
      name: `cli ${command} ${label} peak RSS`,
      value: round(rank.peakMb),
      unit: 'MB',
      baseline: { name: `node reading the ${sizeMb} MB file`, value: round(bytesOnly.peakMb) },
      ratio: round(rank.peakMb / bytesOnly.peakMb),
      // A copy's peak is that of writing the new sheet (ExcelJS, about 9 KB per window), not of the workbook.
      target: output === 'json, --out' ? undefined : RSS_TARGET,
      note,
    },
    { name: `cli ${command} ${label} time`, value: round(rank.ms), unit: 'ms', note: `${note}; wall time including node start-up` },
  ];
}

/**
 * What is run: `rank --json`, the terminal table (title, every window, the count line), `--json --sheet 考核`, or
 * `--json --out COPY.xlsx` (the copy with the result sheet added, written to a temporary folder and removed).
 */
type Output = 'json' | 'table' | 'json, --sheet' | 'json, --out';

const OUTPUT_ARGS: Record<Output, (dir: string) => string[]> = {
  json: () => ['--json'],
  table: () => [],
  'json, --sheet': () => ['--json', '--sheet', '考核'],
  'json, --out': (dir) => ['--json', '--out', path.join(dir, 'copy.xlsx')],
};
const COMMAND: Record<Output, string> = {
  json: 'rank --json',
  table: 'rank (table)',
  'json, --sheet': 'rank --json --sheet 考核',
  'json, --out': 'rank --json --out',
};

async function measureFile(label: string, spec: BigWorkbookSpec, output: Output): Promise<BenchRow[]> {
  const file = await bigWorkbookFile(spec);
  const bytesOnly = await measure(['-e', 'require("node:fs").readFileSync(process.argv[1])', file]);
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'wb-out-'));
  try {
    const rank = await measure([BIN, 'rank', file, ...OUTPUT_ARGS[output](outDir)]);
    return rows(label, output, file, rank, bytesOnly);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchRow[]> {
  const scoresOnly = { windows: WINDOWS, records: 0 };
  const withRecords = { windows: WINDOWS, records: RECORDS };
  const bigLabel = `${WINDOWS.toLocaleString('en')} windows + ${RECORDS.toLocaleString('en')} records`;
  return [
    ...(await measureFile(`${WINDOWS.toLocaleString('en')} windows`, scoresOnly, 'json')),
    ...(await measureFile(`${WINDOWS.toLocaleString('en')} windows`, scoresOnly, 'table')),
    ...(await measureFile(`${WINDOWS.toLocaleString('en')} windows`, scoresOnly, 'json, --out')),
    ...(await measureFile(bigLabel, withRecords, 'json')),
    ...(await measureFile(bigLabel, withRecords, 'json, --sheet')),
    ...(await measureFile(bigLabel, withRecords, 'json, --out')),
  ];
}
