/**
 * The copies `rank --out` and `bulletin --out` write, made by the built command from packages whose parts other
 * writers encode differently (a UTF-8 byte-order mark, UTF-16, other prefixes), are checked by readers that are not
 * ours: libxml2 for every rewritten part, and LibreOffice, which must open the copy and show the new sheet. Copies
 * with a duplicated declaration were refused by LibreOffice while the CLI reported success and our own reader
 * still read them. LibreOffice is a large system package, not an npm one: where `soffice` is not installed the
 * LibreOffice checks are skipped (the libxml2 checks still run); CI installs it (shared/tools/setup-render.sh).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { EDITED_PARTS, MAIN_NS, utf16, utf8WithBom, withParts, withPrefix } from '../xlsx/packageVariants';
import { xmlErrors } from '../xlsx/partChecks';
import { tempDir } from '../xlsx/workbookFixtures';
import { buildCli } from '../support/cliBuild';
import { failWithoutTools } from '../support/requiredTools';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');
const SAMPLE = readFileSync(path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx'));
const XLSX2CSV = path.join(ROOT, '..', 'shared', 'tools', 'xlsx2csv.sh');
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
const withLibreOffice = hasSoffice ? it : it.skip;
failWithoutTools(hasSoffice ? null : 'soffice not found', 'Opening the copies in LibreOffice');

beforeAll(async () => {
  await buildCli();
});

async function expectWellFormedParts(copy: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(copy));
  for (const part of EDITED_PARTS) {
    const bytes = await zip.file(part)!.async('nodebuffer');
    expect({ part, errors: await xmlErrors(bytes, part) }).toEqual({ part, errors: [] });
  }
}

/** Every sheet of the copy as CSV text by LibreOffice, by sheet name. */
function libreOfficeSheets(copy: string, dir: string): Map<string, string> {
  const outDir = path.join(dir, 'csv');
  execFileSync('bash', [XLSX2CSV, copy, outDir, 'all'], { encoding: 'utf8', timeout: 120_000 });
  const base = path.basename(copy, '.xlsx');
  return new Map(readdirSync(outDir).map((f) => [f.slice(base.length + 1, -'.csv'.length), readFileSync(path.join(outDir, f), 'utf8')]));
}

function cli(args: string[]): void {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).not.toMatch(/错误|\n\s+at /u);
  expect(run.status).toBe(0);
}

describe.each([
  ['a UTF-8 byte-order mark', (b: Buffer) => withParts(b, EDITED_PARTS, utf8WithBom)],
  ['the x: prefix for the main namespace', (b: Buffer) => withParts(b, ['xl/workbook.xml', 'xl/styles.xml'], withPrefix('x', MAIN_NS))],
])('parts with %s', (_, variant) => {
  it('rank --out and bulletin --out write copies whose rewritten parts libxml2 reads', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const input = path.join(dir, 'in.xlsx');
      writeFileSync(input, await variant(SAMPLE));
      cli(['rank', input, '--period', '2023-08', '--out', path.join(dir, 'rank.xlsx')]);
      cli(['bulletin', input, '--out', path.join(dir, 'bulletin.xlsx')]);
      await expectWellFormedParts(path.join(dir, 'rank.xlsx'));
      await expectWellFormedParts(path.join(dir, 'bulletin.xlsx'));
    } finally {
      cleanup();
    }
  }, 120_000);
});

describe('LibreOffice opens the copies', () => {
  withLibreOffice.each([
    ['a UTF-8 byte-order mark (rank --out)', (b: Buffer) => withParts(b, EDITED_PARTS, utf8WithBom)],
    ['UTF-16 LE (the copy made in-process: the reader of this branch reads UTF-8 only)', (b: Buffer) => withParts(b, EDITED_PARTS, utf16(false))],
    ['UTF-16 BE', (b: Buffer) => withParts(b, EDITED_PARTS, utf16(true))],
  ])('with parts in %s', async (name, variant) => {
    const { dir, cleanup } = tempDir();
    try {
      const input = path.join(dir, 'in.xlsx');
      writeFileSync(input, await variant(SAMPLE));
      const copy = path.join(dir, 'copy.xlsx');
      if (name.includes('rank --out')) cli(['rank', input, '--period', '2023-08', '--out', copy]);
      else writeFileSync(copy, await inProcessCopy(readFileSync(input)));
      await expectWellFormedParts(copy);
      const sheets = libreOfficeSheets(copy, dir);
      expect([...sheets.keys()]).toContain('8月考核结果');
      expect(sheets.get('8月考核结果')).toContain('省政务服务大厅');
      expect(sheets.get('考核')).toContain('生态环境厅');
    } finally {
      cleanup();
    }
  }, 180_000);
});

/** The copy made by addSheetToPackage itself, for packages this branch's reader cannot rank. */
async function inProcessCopy(input: Buffer): Promise<Buffer> {
  const { addSheetToPackage } = await import('../../src/xlsx/addSheet/addSheetToPackage');
  const { planAttachmentSheet } = await import('../../src/core/attachmentPlan');
  const { buildBulletinTable } = await import('../../src/core/bulletinTable');
  const { rankWorkbook } = await import('../../src/core/engine');
  const { streamWorkbookBytes } = await import('../../src/xlsx/streamWorkbook');
  const read = await streamWorkbookBytes(SAMPLE, 'sample.xlsx');
  if (!read.ok) throw new Error(read.problem.message);
  const outcome = rankWorkbook(read.workbook);
  const table = buildBulletinTable(outcome.table!, outcome.ranking!, { period: { year: 2023, month: 8 }, hallName: '省政务服务大厅' }, 'blank');
  const added = await addSheetToPackage(input, planAttachmentSheet(table, '8月考核结果'), 'in.xlsx');
  if (!added.ok) throw new Error(added.problem.message);
  return added.bytes;
}
