/**
 * The CLI's output is written atomically (the whole workbook to a temporary file, then renamed over the target):
 * killing the process (SIGKILL: no handler runs) the moment its temporary file appears or a few milliseconds into
 * writing it, or halfway through a run, never leaves a truncated workbook at the target path. The target holds
 * either the previous complete output or the new complete one.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { addScoreTable, tempDir, writeXlsx } from '../xlsx/workbookFixtures';
import { buildCli } from '../support/cliBuild';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');
/** Enough windows that serialising and writing the copy takes a noticeable part of the run. */
const WINDOWS = 2000;

let dir: string;
let cleanup: () => void;
let input: string;

beforeAll(async () => {
  await buildCli();
  ({ dir, cleanup } = tempDir('atomic-'));
  input = await writeXlsx(path.join(dir, 'big.xlsx'), (wb) => {
    const rows = Array.from({ length: WINDOWS }, (_, i) => [`窗口${i + 1}`, 100, -(i % 7), (i % 40) / 2]);
    addScoreTable(wb.addWorksheet('考核'), 1, 1, rows);
  });
}, 60_000);
afterAll(() => cleanup());

interface Killed {
  /** True when the temporary output file existed at the moment of the kill: the kill landed mid-write. */
  midWrite: boolean;
  exited: 'killed' | 'finished';
}

/** Kill `delayMs` after the start, or `afterTempMs` after the temporary output file appears. */
type KillTime = { delayMs: number } | { afterTempMs: number };

function runAndKill(outDir: string, target: string, when: KillTime): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'rank', input, '--out', target, '--period', '2023-08'], { cwd: ROOT, stdio: 'ignore' });
    let midWrite = false;
    const kill = () => {
      midWrite = readdirSync(outDir).some((f) => f.endsWith('.tmp'));
      child.kill('SIGKILL');
    };
    let timer: NodeJS.Timeout | null = 'delayMs' in when ? setTimeout(kill, when.delayMs) : null;
    const watcher =
      'afterTempMs' in when
        ? watch(outDir, (_, name) => {
            if (timer || !name?.endsWith('.tmp')) return;
            if (when.afterTempMs === 0) kill();
            else timer = setTimeout(kill, when.afterTempMs);
          })
        : null;
    child.on('error', reject);
    child.on('exit', (_, signal) => {
      watcher?.close();
      if (timer) clearTimeout(timer);
      resolve({ midWrite, exited: signal === 'SIGKILL' ? 'killed' : 'finished' });
    });
  });
}

/** A complete workbook: a zip whose central directory reads and which holds the source and the result sheet. */
async function completeWorkbookSheets(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  return [...workbookXml.matchAll(/<sheet [^>]*name="([^"]*)"/gu)].map((m) => m[1]);
}

describe('killing `rank --out` mid-run', () => {
  it('never leaves a truncated workbook at the target, with or without a previous output there', async () => {
    const outDir = path.join(dir, 'out');
    const target = path.join(outDir, '结果.xlsx');

    // An uninterrupted run: how long it takes, and the complete output the kills are compared with.
    const started = Date.now();
    execFileSync(process.execPath, [BIN, 'rank', input, '--out', target, '--period', '2023-08'], { cwd: ROOT, stdio: 'ignore' });
    const fullRunMs = Date.now() - started;
    if (process.env.HARDENING_VERBOSE) console.log({ fullRunMs });
    const complete = readFileSync(target);
    expect(await completeWorkbookSheets(target)).toEqual(['考核', '8月考核结果']);

    const outcomes: Killed[] = [];
    // Mostly the moments that matter (the temporary file just created, being written, synced, renamed), and once
    // halfway through a run (reading and ranking).
    const KILL_TIMES: KillTime[] = [{ afterTempMs: 0 }, { afterTempMs: 0 }, { afterTempMs: 2 }, { afterTempMs: 5 }, { afterTempMs: 15 }, { delayMs: fullRunMs / 2 }];
    for (let attempt = 0; attempt < KILL_TIMES.length; attempt++) {
      // Half the attempts start from an empty folder, half over the previous output (a rerun).
      const previous = attempt % 2 === 1;
      rmSync(outDir, { recursive: true, force: true });
      execFileSync('mkdir', ['-p', outDir]);
      if (previous) writeFileSync(target, complete);
      const when = KILL_TIMES[attempt];
      const outcome = await runAndKill(outDir, target, when);
      outcomes.push(outcome);
      if (process.env.HARDENING_VERBOSE) console.log(attempt, when, outcome);

      if (existsSync(target)) {
        // Either untouched or the whole new workbook: never a prefix of one.
        expect(await completeWorkbookSheets(target)).toEqual(['考核', '8月考核结果']);
      } else {
        expect(previous).toBe(false); // an existing output is never removed by a failed run
      }
      // Nothing else under the target's name: only the hidden temporary file a kill can leave behind.
      expect(readdirSync(outDir).filter((f) => !f.endsWith('.tmp'))).toEqual(existsSync(target) ? ['结果.xlsx'] : []);
    }
    // The loop really killed runs, at least one of them while the temporary file was being written.
    expect(outcomes.filter((o) => o.exited === 'killed').length).toBeGreaterThan(KILL_TIMES.length / 2);
    expect(outcomes.some((o) => o.midWrite)).toBe(true);
  }, 80_000);
});
