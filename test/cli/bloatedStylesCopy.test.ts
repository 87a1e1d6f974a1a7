/**
 * `rank --out` on workbooks whose styles part Excel has bloated (tens of thousands of copies of the same cell
 * styles): the styles are merged by counting and splicing, never as a DOM. A real 13.7 MB styles part took 628 MB
 * to copy against 100 MB to rank; another bloat exhausted a 2 GB heap with a V8 abort. The built command runs in a
 * child process with Node's default heap, and its peak RSS is its own (process.resourceUsage().maxRSS).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { measure } from '../../bench/bigWorkbook';
import { REAL_BLOAT, writeBloatedStylesWorkbook } from '../../bench/bloatedStyles';
import { xmlErrors } from '../xlsx/partChecks';
import { tempDir } from '../xlsx/workbookFixtures';
import { packageCounts } from '../xlsx/sheetCounts';
import { buildCli } from '../support/cliBuild';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');

beforeAll(async () => {
  await buildCli();
});

async function stylesOf(file: string): Promise<Buffer> {
  return (await JSZip.loadAsync(readFileSync(file))).file('xl/styles.xml')!.async('nodebuffer');
}

it('copies a workbook with 60,804 bloated cell styles within 2x the peak memory of ranking it', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = path.join(dir, 'bloated.xlsx');
    expect(await writeBloatedStylesWorkbook(input, REAL_BLOAT)).toBeGreaterThan(13_000_000);
    const args = [BIN, 'rank', input, '--json', '--period', '2023-08'];
    const rank = await measure(args);
    const out = path.join(dir, 'copy.xlsx');
    const copy = await measure([...args, '--out', out]);
    expect(copy.peakMb / rank.peakMb).toBeLessThanOrEqual(2);

    const styles = await stylesOf(out);
    expect(await xmlErrors(styles, 'styles.xml')).toEqual([]);
    const original = await stylesOf(input);
    // The workbook's own styles come first, byte for byte, up to the first count changed (numFmts, fonts); the
    // bloated cell styles after the new formats are the original's too.
    const firstList = original.indexOf('<numFmts');
    expect(styles.subarray(0, firstList).equals(original.subarray(0, firstList))).toBe(true);
    expect(styles.subarray(styles.length - 2_000_000).equals(original.subarray(original.length - 2_000_000))).toBe(true);
  } finally {
    cleanup();
  }
}, 180_000);

it('copies a workbook whose styles part is bloated to 97 MB on the default heap, without a V8 abort', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = path.join(dir, 'bloated.xlsx');
    expect(await writeBloatedStylesWorkbook(input, 425_000)).toBeGreaterThan(95_000_000);
    const out = path.join(dir, 'copy.xlsx');
    const run = spawnSync(process.execPath, [BIN, 'rank', input, '--json', '--period', '2023-08', '--out', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(run.stderr).not.toMatch(/heap out of memory|FATAL ERROR|内部错误|\n\s+at /u);
    expect(run.stderr).toContain('已写出');
    expect(run.status).toBe(0);
    const copy = await JSZip.loadAsync(readFileSync(out));
    const n = (await packageCounts(readFileSync(input))).sheets + 1;
    expect(await copy.file('xl/workbook.xml')!.async('string')).toContain(`<sheet name="8月考核结果" sheetId="${n}"`);
  } finally {
    cleanup();
  }
}, 300_000);
