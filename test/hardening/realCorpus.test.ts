/**
 * Real files, not ours: test files of public spreadsheet libraries (Apache POI, PhpSpreadsheet, SheetJS, calamine,
 * excelize) and files LibreOffice wrote, kept under test/fixtures/real with their origin and licence (SOURCES.md,
 * manifest.json). The built command runs `rank FILE --json --out COPY` on each, as a clerk would, and each outcome
 * is the one the manifest records: the workbook is read (no score table in it, so nothing is written), or ranked
 * and copied, or refused naming what the file is. The input never changes, no stack trace is printed.
 *
 * The real workbooks hold no score table, so a copy is only made of each with a score sheet grafted in by this
 * test (graftScoreSheet.ts, string edits, every other part's bytes kept): every XML part of each copy must then be
 * well-formed for libxml2 (xmllint-wasm), and the copy must read back with the new sheet.
 *
 * And the parser decision's correctness half: every XML part of every package here gives the same elements
 * (namespace URI and local name, in order) and the same verdict from our XmlScanner as from saxes.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { PartDecoder } from '../../src/xlsx/partDecoder';
import { streamWorkbookBytes } from '../../src/xlsx/streamWorkbook';
import { XmlScanner } from '../../src/xlsx/xmlScanner';
import { xmlErrors } from '../xlsx/partChecks';
import { tempDir } from '../xlsx/workbookFixtures';
import { graftScoreSheet } from './graftScoreSheet';
import { buildCli } from '../support/cliBuild';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');
const REAL = path.join(ROOT, 'test', 'fixtures', 'real');

interface Entry {
  file: string;
  covers: string[];
  /** reads | ranks | refused:KIND */
  expect: string;
  graft?: boolean;
  /** What rank --out does with the grafted file when it makes no copy: refused:KIND. */
  graftExpect?: string;
}

const MANIFEST: Entry[] = JSON.parse(readFileSync(path.join(REAL, 'manifest.json'), 'utf8'));

/** How each refusal is said: the message class a clerk sees. */
const REFUSED: Record<string, RegExp> = {
  ods: /是 OpenDocument 电子表格（\.ods），本程序只读取 \.xlsx 工作簿，不读取 \.ods。请在 WPS \/ LibreOffice \/ Excel 中另存为 \.xlsx/u,
  numbers: /是 Apple Numbers 表格（\.numbers），本程序只读取 \.xlsx 工作簿.*另存为 \.xlsx/u,
  xlsb: /是 Excel 二进制工作簿（\.xlsb），本程序只读取 \.xlsx 工作簿，不读取 \.xlsb。请在 WPS \/ LibreOffice \/ Excel 中另存为 \.xlsx/u,
  et: /是 WPS 表格文件（\.et.*本程序只读取 \.xlsx 工作簿.*请在 WPS \/ LibreOffice \/ Excel 中另存为 \.xlsx/u,
  xls: /是旧版 Excel 97-2003 工作簿（\.xls），本程序只读取 \.xlsx 工作簿，不读取 \.xls。请在 WPS \/ LibreOffice \/ Excel 中另存为 \.xlsx/u,
  encrypted: /是设置了打开密码的工作簿，本程序无法读取加密的文件/u,
  word: /是 Word 文档，不是 Excel 工作簿/u,
  damaged: /无法作为 \.xlsx 工作簿读取/u,
  strict: /是“Strict Open XML 电子表格”格式，无法在其中添加工作表/u,
  notWorkbook: /不是 Excel 工作簿（里面没有工作表/u,
};
const READ_NO_TABLE = /中都找不到考核表/u;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the jobs two at a time: the machine's cores are shared. */
async function pooled<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const { dir, cleanup } = tempDir('real-corpus-');

interface Outcome {
  entry: Entry;
  run: Run;
  out: string;
  unchanged: boolean;
  grafted?: { run: Run; out: string; unchanged: boolean };
}
let outcomes: Outcome[] = [];

beforeAll(async () => {
  await buildCli();
  outcomes = await pooled(
    MANIFEST.map((entry, i) => async () => {
      const input = path.join(REAL, entry.file);
      const before = sha(input);
      const out = path.join(dir, `copy-${i}.xlsx`);
      const run = await cli(['rank', input, '--json', '--period', '2023-08', '--out', out]);
      const outcome: Outcome = { entry, run, out, unchanged: sha(input) === before };
      if (entry.graft) {
        const graftedFile = path.join(dir, `grafted-${i}.xlsx`);
        writeFileSync(graftedFile, await graftScoreSheet(readFileSync(input)));
        const graftedBefore = sha(graftedFile);
        const graftedOut = path.join(dir, `grafted-copy-${i}.xlsx`);
        const graftedRun = await cli(['rank', graftedFile, '--period', '2023-08', '--out', graftedOut]);
        outcome.grafted = { run: graftedRun, out: graftedOut, unchanged: sha(graftedFile) === graftedBefore };
      }
      return outcome;
    }),
  );
}, 400_000);
afterAll(cleanup);

/** Every XML part of a package (by name: .xml, .rels, .vml). */
async function xmlParts(bytes: Buffer): Promise<[string, Buffer][]> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: [string, Buffer][] = [];
  for (const f of Object.values(zip.files)) if (!f.dir && /\.(xml|rels|vml)$/iu.test(f.name)) parts.push([f.name, await f.async('nodebuffer')]);
  return parts;
}

function expectQuiet(run: Run): void {
  expect(run.stderr).not.toMatch(/内部错误|\n\s+at |EPIPE/u);
}

describe('the real-file corpus', () => {
  it('covers every class of issue 12', () => {
    const covered = new Set(MANIFEST.flatMap((e) => e.covers));
    for (const c of ['bom', 'controls', 'relPrefix', 'moved', 'strict', 'utf16', 'bigStyles', 'wps', 'libreoffice', 'ods', 'xlsb', 'numbers', 'et', 'xls', 'encrypted', 'docx']) {
      expect([c, covered.has(c)]).toEqual([c, true]);
    }
  });

  it.each(MANIFEST.map((e, i) => [e.file, e.expect, i] as const))('%s: %s, input unchanged', async (_file, expected, i) => {
    const { run, out, unchanged } = outcomes[i];
    expect(unchanged).toBe(true);
    expectQuiet(run);
    if (expected === 'ranks') {
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).rows.length).toBeGreaterThan(0);
      await expectGoodCopy(out);
    } else {
      expect(run.code).toBe(1);
      expect(existsSync(out)).toBe(false);
      const refused = /^refused:(\w+)$/u.exec(expected)?.[1];
      expect(run.stderr).toMatch(refused ? REFUSED[refused] : READ_NO_TABLE);
    }
  });

  const grafted = MANIFEST.map((e, i) => [e.file, e.graftExpect ?? 'copies', i] as const).filter(([, , i]) => MANIFEST[i].graft);
  it.each(grafted)('%s with a score sheet grafted in: rank --out %s', async (_file, expected, i) => {
    const g = outcomes[i].grafted as NonNullable<Outcome['grafted']>;
    expect(g.unchanged).toBe(true);
    expectQuiet(g.run);
    if (expected === 'copies') {
      expect([g.run.code, g.run.stdout + g.run.stderr]).toEqual([0, expect.stringContaining('已写出')]);
      await expectGoodCopy(g.out);
    } else {
      expect(g.run.code).toBe(1);
      expect(existsSync(g.out)).toBe(false);
      expect(g.run.stderr).toMatch(REFUSED[expected.replace('refused:', '')]);
    }
  });
});

/** Every XML part of the copy well-formed for libxml2, and the copy read back with the new sheet in it. */
async function expectGoodCopy(file: string): Promise<void> {
  const bytes = readFileSync(file);
  for (const [name, part] of await xmlParts(bytes)) expect([name, await xmlErrors(part, name)]).toEqual([name, []]);
  const read = await streamWorkbookBytes(bytes, file);
  expect(read.ok && read.workbook.sheets.some((s) => s.name === '8月考核结果')).toBe(true);
}

/** The elements of a part as "uri local" in document order, and whether the parser accepted the part. */
function withScanner(bytes: Buffer): { elements: string[]; ok: boolean } {
  const elements: string[] = [];
  try {
    const decoder = new PartDecoder();
    const scanner = new XmlScanner({ open: (name, _, ns) => void elements.push(`${ns} ${name}`) });
    scanner.write(decoder.write(bytes));
    scanner.write(decoder.end());
    scanner.close();
    return { elements, ok: true };
  } catch {
    return { elements, ok: false };
  }
}

function withSaxes(bytes: Buffer): { elements: string[]; ok: boolean } {
  const elements: string[] = [];
  try {
    const decoder = new PartDecoder();
    const parser = new SaxesParser({ xmlns: true });
    parser.on('opentag', (t) => void elements.push(`${t.uri} ${t.local}`));
    parser.on('error', (e) => {
      throw e;
    });
    parser.write(decoder.write(bytes));
    parser.write(decoder.end());
    parser.close();
    return { elements, ok: true };
  } catch {
    return { elements, ok: false };
  }
}

describe('XmlScanner agrees with saxes on every XML part of the corpus', () => {
  const zips = MANIFEST.filter((e) => readFileSync(path.join(REAL, e.file)).subarray(0, 2).toString('latin1') === 'PK');
  it.each(zips.map((e) => [e.file]))('%s', async (file) => {
    for (const [name, bytes] of await xmlParts(readFileSync(path.join(REAL, file)))) {
      const ours = withScanner(bytes);
      const theirs = withSaxes(bytes);
      expect([name, ours.ok]).toEqual([name, theirs.ok]);
      if (ours.ok) expect([name, ours.elements]).toEqual([name, theirs.elements]);
    }
  });
});
