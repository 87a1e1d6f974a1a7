/**
 * The history copy's parts read by a parser that is not ours (libxml2, through xmllint-wasm): every part the copy
 * adds or rewrites — the history's table, the roll-up's drawing and charts, the sheets' relationships, and the
 * workbook, its relationships and [Content_Types].xml, edited in place — is well-formed, on the first write and on
 * the second (which replaces the sheets the first made), also when the clerk's workbook is written with the .NET
 * SDK's "x:" prefix in UTF-16. The parts it has no reason to touch keep their bytes.
 */
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../cli/runCli';
import { xmlErrors } from '../xlsx/partChecks';
import { MAIN_NS, utf16, withParts, withPrefix } from '../xlsx/packageVariants';
import { tempDir } from '../xlsx/workbookFixtures';
import { goldenWorkbook } from './goldenYear';
import { gridsToXlsx } from './workbookFile';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('wb-history-parts-')));
afterEach(() => cleanup());

async function parts(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [p, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(p, await entry.async('nodebuffer'));
  return out;
}

/** Runs `history --import --out` and returns the copy, after checking every part it added or changed. */
async function historyCopy(input: Buffer, name: string): Promise<Buffer> {
  const inFile = path.join(dir, `${name}.xlsx`);
  const outFile = path.join(dir, `${name}-out.xlsx`);
  writeFileSync(inFile, input);
  const run = await runCli(['history', inFile, '--import', '--out', outFile]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const copy = readFileSync(outFile);
  const before = await parts(input);
  const after = await parts(copy);
  const written = [...after].filter(([p, b]) => !before.get(p)?.equals(b));
  expect(written.length).toBeGreaterThan(0);
  for (const [p, b] of written) expect([p, await xmlErrors(b, p)]).toEqual([p, []]);
  return copy;
}

test('first and second history copy: every written part well-formed; untouched parts byte for byte', async () => {
  const input = await gridsToXlsx(goldenWorkbook().sheets);
  const first = await historyCopy(input, 'first');
  const second = await historyCopy(first, 'second');
  const [a, b] = [await parts(first), await parts(second)];
  // The second run replaced 「考核历史」 and the roll-up: still one table and two charts, and the month sheets unchanged.
  expect([...b.keys()].filter((p) => /^xl\/tables\//u.test(p))).toEqual(['xl/tables/table1.xml']);
  expect([...b.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/u.test(p))).toHaveLength(2);
  const monthSheets = [...a.keys()].filter((p) => /^xl\/worksheets\/sheet([1-9]|1[0-2])\.xml$/u.test(p));
  expect(monthSheets).toHaveLength(12);
  for (const p of monthSheets) expect([p, b.get(p)!.equals(a.get(p)!)]).toEqual([p, true]);
  // Replacing takes away exactly what adding put in: the workbook lists the same tabs, in the same bytes.
  for (const p of ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels']) expect([p, b.get(p)!.toString('utf8')]).toEqual([p, a.get(p)!.toString('utf8')]);
});

test('a workbook written with "x:" elements in UTF-16: edited in its encoding and prefix, every part well-formed', async () => {
  const toUtf16 = utf16(false);
  const prefixed = withPrefix('x', MAIN_NS);
  const input = await withParts(await gridsToXlsx(goldenWorkbook().sheets), ['xl/workbook.xml'], (xml, p) => toUtf16(prefixed(xml, p).toString('utf8'), p));
  const first = await historyCopy(input, 'utf16');
  const second = await historyCopy(first, 'utf16-again');
  for (const copy of [first, second]) {
    const workbook = (await parts(copy)).get('xl/workbook.xml')!;
    expect([...workbook.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const text = new TextDecoder('utf-16le').decode(workbook.subarray(2));
    expect(text.match(/<x:sheet [^>]*name="[^"]*"/gu)!.map((s) => /name="([^"]*)"/u.exec(s)![1]).slice(-2)).toEqual(['考核历史', '2023年度考核汇总']);
    expect(text).not.toMatch(/<sheet[\s>]/u);
  }
  expect((await parts(second)).get('xl/workbook.xml')!.equals((await parts(first)).get('xl/workbook.xml')!)).toBe(true);
});
