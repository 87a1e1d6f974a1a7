/**
 * `rank --out` on a workbook whose styles part is bloated the way Excel bloats them: tens of thousands of copies of
 * the same cell styles ("Normal 2 3", with their cellStyleXfs), which copy-pasting between workbooks multiplies.
 * A real 2 MB workbook with a 13.7 MB styles part and 60,804 cell styles took 100 MB to rank and 628 MB to copy
 * when the styles were merged as a DOM. The copy's peak RSS must stay within 2× the ranking's.
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { measure } from './bigWorkbook';
import { round } from './timing';
import type { BenchRow } from './types';

const SAMPLE = path.resolve('samples', 'weekly-bulletin-2023-38.xlsx');
const BIN = path.resolve('bin', 'window-bulletin.js');
/** As many cell styles as the real workbook had: its styles part comes to about 13.7 MB. */
export const REAL_BLOAT = 60_804;
const RSS_TARGET = 2;

/**
 * The sample workbook with `copies` extra cell styles, each with its own cellStyleXfs entry, written to `file`;
 * returns the styles part's size in bytes.
 */
export async function writeBloatedStylesWorkbook(file: string, copies: number): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const xfs: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < copies; i++) {
    xfs.push(`<xf numFmtId="${i % 3 === 0 ? 14 : 0}" fontId="${i % 6}" fillId="0" borderId="0" applyNumberFormat="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"><alignment vertical="center"/></xf>`);
    names.push(`<cellStyle name="常规 ${2 + (i % 9)} ${i} 2" xfId="${i + 1}"/>`);
  }
  const bloated = styles
    .replace(/<cellStyleXfs count="(\d+)">([\s\S]*?)<\/cellStyleXfs>/u, (_, n: string, body: string) => `<cellStyleXfs count="${Number(n) + copies}">${body}${xfs.join('')}</cellStyleXfs>`)
    .replace(/<cellStyles count="(\d+)">([\s\S]*?)<\/cellStyles>/u, (_, n: string, body: string) => `<cellStyles count="${Number(n) + copies}">${body}${names.join('')}</cellStyles>`);
  zip.file('xl/styles.xml', bloated);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return Buffer.byteLength(bloated);
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wb-bloat-'));
  try {
    const file = path.join(dir, 'bloated.xlsx');
    const stylesBytes = await writeBloatedStylesWorkbook(file, REAL_BLOAT);
    const args = [BIN, 'rank', file, '--json', '--period', '2023-08'];
    const rank = await measure(args);
    const copy = await measure([...args, '--out', path.join(dir, 'copy.xlsx')]);
    const note = `sample + ${REAL_BLOAT.toLocaleString('en')} cell styles: ${round(statSync(file).size / 1e6)} MB file, ${round(stylesBytes / 1e6)} MB styles part; child process, one run; peak RSS from process.resourceUsage().maxRSS`;
    return [
      {
        name: 'cli rank --json --out, bloated styles peak RSS',
        value: round(copy.peakMb),
        unit: 'MB',
        baseline: { name: 'rank --json without --out', value: round(rank.peakMb) },
        ratio: round(copy.peakMb / rank.peakMb),
        target: RSS_TARGET,
        note,
      },
      { name: 'cli rank --json --out, bloated styles time', value: round(copy.ms), unit: 'ms', baseline: { name: 'rank --json without --out', value: round(rank.ms) }, note },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
