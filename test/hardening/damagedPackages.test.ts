/**
 * Fuzz (issue 5): the bundled sample workbook, or a workbook of the bad-input corpus, damaged at random — cut
 * short, bytes of the zip overwritten, or the XML of one of its parts edited with fragments that matter to a reader
 * (stray markup, entities, huge or impossible cell references, merges over the whole sheet, numbers out of range) —
 * and given to `rank --out`, `bulletin --out --docx --html` and `template --from`. Whatever the damage, each command
 * must end quickly with either its outputs (the copy no more damaged than the input) or a Chinese message and no
 * output at all; never an internal error or a stack trace; and the input must stay byte-identical.
 * The hand-picked corpus (corpus.test.ts) covers the troubles clerks make; this covers what no one thought of.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { runCli, type CliRun } from '../cli/runCli';
import { streamWorkbookBytes } from '../../src/xlsx/streamWorkbook';
import { packageDiff, SHEET_LISTING_PARTS } from '../xlsx/packageDiff';
import { tempDir } from '../xlsx/workbookFixtures';

const SAMPLE = readFileSync(path.join(__dirname, '..', '..', 'samples', 'weekly-bulletin-2023-38.xlsx'));
const FIXTURES = path.join(__dirname, '..', 'fixtures');
/** What gets damaged: the sample, or any sound zip of the bad-input corpus (each odd in its own way to begin with). */
async function damageableBases(): Promise<Buffer[]> {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')).map((f) => readFileSync(path.join(FIXTURES, f)));
  const sound = await Promise.all(files.map((bytes) => JSZip.loadAsync(bytes).then(() => true, () => false)));
  return [SAMPLE, ...files.filter((_, i) => sound[i])];
}
/** The sample's commands take 0.1–0.5 s in-process here; a damaged part must not make them crawl. */
const CASE_LIMIT_MS = 10_000;
const STACK_FRAME = /\n\s+at .+:\d+:\d+/u;

/** Text that means something to an .xlsx reader, spliced into a part's XML. */
const FRAGMENTS = [
  '<', '>', '&', '&amp;', '&#0;', '&#x110000;', '&bogus;', '"', "'", ']]>', '<![CDATA[x', '<!-- ', '<?pi x?>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>',
  '<c r="A1" t="s"><v>999999</v></c>', '<c r="A1" t="s"><v>-1</v></c>', '<c r="B2"><v>1e309</v></c>', '<c r="C3"><v>NaN</v></c>',
  '<c r="XFD1048576"><v>1</v></c>', '<c r="XFE1048577"><v>1</v></c>', '<c r="A0"><v>1</v></c>', '<c r="ZZZZZZ1"><v>1</v></c>',
  '<row r="0">', '<row r="1048577">', '<row r="99999999999"/>', '</row>', '</sheetData>', '<sheetData>',
  '<mergeCell ref="A1:XFD1048576"/>', '<mergeCell ref="B3:A1"/>', '<mergeCells count="1"><mergeCell ref="A1:C3"/></mergeCells>',
  '<dimension ref="A1:XFD1048576"/>', '<f t="shared" si="0" ref="A1:XFD1048576">A1</f>', '<f t="shared" si="999"/>',
  '<c r="D9" t="e"><v>#DIV/0!</v></c>', '<c r="D9" t="b"><v>7</v></c>', '<c r="D9" t="d"><v>not a date</v></c>',
  '<c r="D9" t="inlineStr"><is><t>十</t></is></c>', '<si><t>x</t></si>', '<sheet name="考核" sheetId="1" r:id="rId999"/>',
  '<definedName name="_xlnm.Print_Titles" localSheetId="99">x!$1:$1</definedName>', '<numFmt numFmtId="999" formatCode="@@@"/>',
  '\u0000', '\uFFFF', '\uD800', '\u200B', 'xmlns:x="urn:x"', 'r="A1"', 's="9999"', 't="x"',
];

type Damage =
  | { kind: 'cut'; at: number }
  | { kind: 'bytes'; writes: [number, number][] }
  | { kind: 'xml'; part: number; at: number; atTag: boolean; remove: number; insert: string; repeat: number };

/** Positions are fractions of the file or part, so one damage applies to any base. */
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant<'cut'>('cut'), at: fraction }),
  fc.record({ kind: fc.constant<'bytes'>('bytes'), writes: fc.array(fc.tuple(fraction, fc.nat(255)), { minLength: 1, maxLength: 8 }) }),
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant<'xml'>('xml'),
      part: fc.nat(),
      at: fraction,
      // Spliced between two tags, the XML often stays well-formed, and the damage reaches the reader's logic.
      atTag: fc.boolean(),
      remove: fc.oneof(fc.constant(0), fc.nat(40), fc.nat(5000)),
      insert: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, fc.string({ maxLength: 20 }), fc.constant('')),
      repeat: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, fc.integer({ min: 2, max: 2000 })),
    }),
  },
);

async function damaged(base: Buffer, d: Damage): Promise<Buffer> {
  if (d.kind === 'cut') return base.subarray(0, Math.floor(d.at * base.length));
  if (d.kind === 'bytes') {
    const bytes = Buffer.from(base);
    for (const [at, value] of d.writes) bytes[Math.floor(at * bytes.length)] = value;
    return bytes;
  }
  const zip = await JSZip.loadAsync(base);
  const parts = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const part = parts[d.part % parts.length];
  const xml = await zip.file(part)!.async('string');
  const near = Math.floor(d.at * xml.length);
  const at = d.atTag ? Math.max(0, xml.indexOf('<', near)) : near;
  zip.file(part, xml.slice(0, at) + d.insert.repeat(d.repeat) + xml.slice(at + d.remove));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function timed(args: string[]): Promise<CliRun & { ms: number }> {
  const started = Date.now();
  const run = await runCli(args);
  return { ...run, ms: Date.now() - started };
}

/**
 * A command's ending: a message and nothing written; or every output written, the workbook copy holding the input's
 * parts unchanged except those that list sheets and formats. A copy of a fully readable input reads in full, with
 * the added sheet; damage the command had no need to read (a sheet's rows below its head, when ranking) is carried
 * over as it is, never made worse.
 */
async function expectCleanEnding(run: CliRun & { ms: number }, input: Buffer | null, outputs: string[]): Promise<void> {
  expect(run.ms).toBeLessThan(CASE_LIMIT_MS);
  expect(run.stderr).not.toMatch(/内部错误/u);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  if (run.code !== 0) {
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/错误：/u);
    for (const out of outputs) expect(existsSync(out)).toBe(false);
    return;
  }
  for (const out of outputs) expect(existsSync(out)).toBe(true);
  const copy = readFileSync(outputs[0]);
  if (input === null) {
    // A new workbook made from the input's values (template --from): it reads in full.
    expect((await streamWorkbookBytes(copy, 'out.xlsx')).ok).toBe(true);
    return;
  }
  const diff = await packageDiff(input, copy);
  expect(diff.removed).toEqual([]);
  expect(diff.changed.filter((part) => !SHEET_LISTING_PARTS.includes(part))).toEqual([]);
  const before = await streamWorkbookBytes(input, 'in.xlsx');
  if (before.ok) {
    const after = await streamWorkbookBytes(copy, 'out.xlsx');
    expect(after.ok && after.workbook.sheets.length).toBe(before.workbook.sheets.length + 1);
  }
}

describe('a damaged workbook', () => {
  it('ends every command cleanly: outputs or a message, never a crash, the input unchanged', async () => {
    const bases = await damageableBases();
    expect(bases.length).toBeGreaterThan(40);
    const { dir, cleanup } = tempDir();
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.nat(), damage, async (which, d) => {
          // Half the cases damage the sample, whose every command succeeds undamaged; the rest a corpus file.
          const base = which % 2 === 0 ? SAMPLE : bases[(which >> 1) % bases.length];
          const bytes = await damaged(base, d);
          const input = path.join(dir, `in-${n}.xlsx`);
          const rankOut = path.join(dir, `rank-${n}.xlsx`);
          const bulletin = path.join(dir, `bulletin-${n}`);
          n++;
          writeFileSync(input, bytes);

          await expectCleanEnding(await timed(['rank', input, '--json', '--out', rankOut, '--period', '2023-08']), bytes, [rankOut]);
          const outputs = ['xlsx', 'docx', 'html'].map((ext) => `${bulletin}.${ext}`);
          await expectCleanEnding(await timed(['bulletin', input, '--out', outputs[0], '--docx', outputs[1], '--html', outputs[2]]), bytes, outputs);
          const next = path.join(dir, `next-${n}.xlsx`);
          await expectCleanEnding(await timed(['template', next, '--from', input]), null, [next]);
          expect(readFileSync(input).equals(bytes)).toBe(true);
        }),
        { numRuns: 100 },
      );
    } finally {
      cleanup();
    }
  }, 300_000);

  it('is still read whole when nothing is damaged (the property above is not vacuous)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const input = path.join(dir, 'in.xlsx');
      writeFileSync(input, await damaged(SAMPLE, { kind: 'xml', part: 0, at: 0, atTag: false, remove: 0, insert: '', repeat: 1 }));
      const out = path.join(dir, 'out.xlsx');
      const run = await timed(['rank', input, '--json', '--out', out, '--period', '2023-08']);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).rows).toHaveLength(29);
    } finally {
      cleanup();
    }
  });
});
