/**
 * The bad-input corpus through the installed command: every test/fixtures/*.xlsx is ranked by a real
 * `node bin/window-bulletin.js rank FILE --json --out TMP/out.xlsx` child process under a time limit, and must give
 * what test/fixtures/expectations.ts says (the right ranking, or every problem at its 「sheet」!cell and no file),
 * never a stack trace, and leave the input byte-identical. The committed files must equal a fresh `npm run fixtures`.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ProblemCode } from '../../src/core/problems';
import { type ExpectedProblem, FIXTURE_CASES, type FixtureCase } from '../fixtures/expectations';
import { loadWorkbookBytes } from '../../src/xlsx/loadWorkbookFile';
import { streamWorkbookFile } from '../../src/xlsx/streamWorkbook';
import { packageDiff, SHEET_LISTING_PARTS } from '../xlsx/packageDiff';
import { tempDir } from '../xlsx/workbookFixtures';
import { buildCli } from '../support/cliBuild';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** Per case: the slowest (the 1,048,576-row dimension) takes about a second; a hang is killed well before jest's limit. */
const CASE_LIMIT_MS = 15_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runBin(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const timer = setTimeout(() => child.kill('SIGKILL'), CASE_LIMIT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** What each code's message says, so a line naming the right cells for the wrong reason does not count. */
const ERROR_WORDING: Partial<Record<ProblemCode, RegExp>> = {
  NOT_A_NUMBER: /不是数字|不是分值|没有保存计算结果/,
  DUPLICATE_WINDOW: /重复出现/,
  EMPTY_WINDOW_NAME: /没有窗口名称/,
  NO_DATA: /没有窗口数据行/,
  NO_SCORE_SHEET: /找不到考核表/,
  UNREADABLE_FILE: /无法作为 \.xlsx 工作簿读取|不是 \.xlsx 工作簿|是空的|97-2003|不是 Excel 工作簿/,
};

/** Pairs each expected problem with a distinct line that names all its places and says the right thing. */
function unmatched(expected: ExpectedProblem[], lines: string[], wording: (p: ExpectedProblem) => RegExp | undefined): ExpectedProblem[] {
  const free = [...lines];
  const missing: ExpectedProblem[] = [];
  for (const p of expected) {
    const re = wording(p);
    const i = free.findIndex((l) => p.at.every((a) => l.includes(a)) && (re === undefined || re.test(l)));
    if (i < 0) missing.push(p);
    else free.splice(i, 1);
  }
  return missing;
}

const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  await buildCli();
  ({ dir, cleanup } = tempDir('corpus-'));
});
afterAll(() => cleanup());

describe('the corpus', () => {
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx'));

  it('has at least 30 workbooks, each with an expectation, well under 2 MB in all', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(FIXTURE_CASES.map((c) => c.file).sort()).toEqual([...files].sort());
    const total = files.reduce((n, f) => n + readFileSync(path.join(FIXTURES, f)).length, 0);
    expect(total).toBeLessThan(1024 * 1024);
  });

  it('is what `npm run fixtures` writes, byte for byte', async () => {
    const fresh = path.join(dir, 'fresh');
    await promisify(execFile)(process.execPath, ['scripts/run-ts.mjs', 'scripts/make-fixtures.ts', '--out', fresh], { cwd: ROOT });
    const differing = files.filter((f) => !readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(FIXTURES, f))));
    expect(differing).toEqual([]);
  }, 60_000);
});

describe.each(FIXTURE_CASES)('$file ($trouble)', (c: FixtureCase) => {
  it.concurrent(
    c.outcome.kind === 'ranked' ? 'ranks right' : 'names every problem and writes nothing',
    async () => {
      const input = path.join(FIXTURES, c.file);
      const before = sha256(input);
      const outDir = path.join(dir, c.file.replace(/\.xlsx$/, ''));
      const out = path.join(outDir, 'out.xlsx');
      const run = await runBin(['rank', path.relative(ROOT, input), '--json', '--out', out, '--period', '2023-08']);

      expect(run.signal).toBeNull(); // killed at the time limit: a hang
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(sha256(input)).toBe(before);

      if (c.outcome.kind === 'ranked') {
        expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
        const doc = JSON.parse(run.stdout) as { sheet: string; rows: unknown[]; warnings: { code: ProblemCode; message: string }[] };
        expect(doc.sheet).toBe(c.outcome.sheet);
        expect(doc.rows).toEqual(c.outcome.rows);
        const warned = doc.warnings.map((w) => `${w.code} ${w.message}`);
        expect(unmatched(c.outcome.warnings, warned, (p) => new RegExp(`^${p.code} `))).toEqual([]);
        expect(doc.warnings).toHaveLength(c.outcome.warnings.length);
        await expectOutputWorkbook(input, out, c);
      } else {
        expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 1, stdout: '' });
        const errors = run.stderr.split('\n').filter((l) => l.startsWith('错误：'));
        expect(unmatched(c.outcome.errors, errors, (p) => ERROR_WORDING[p.code])).toEqual([]);
        expect(errors).toHaveLength(c.outcome.errors.length);
        expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]); // no output, no temp file
      }
    },
    CASE_LIMIT_MS + 10_000,
  );
});

/**
 * The written copy: the input's parts carried over unchanged but for the four that list sheets and formats, every
 * input sheet read back exactly as before, the result sheet added last with the window names as plain text.
 */
async function expectOutputWorkbook(input: string, out: string, c: FixtureCase): Promise<void> {
  if (c.outcome.kind !== 'ranked') return;
  const diff = await packageDiff(readFileSync(input), readFileSync(out));
  expect(diff.removed).toEqual([]);
  expect(diff.changed.filter((p) => !SHEET_LISTING_PARTS.includes(p))).toEqual([]);
  // The sheet's part; and a styles part when the input had none (an export that formats nothing).
  expect(diff.added.filter((p) => p !== 'xl/styles.xml')).toHaveLength(1);
  const before = await streamWorkbookFile(input);
  const after = await streamWorkbookFile(out);
  if (!before.ok || !after.ok) throw new Error('unreadable');
  expect(after.workbook.sheets.slice(0, -1)).toEqual(before.workbook.sheets);
  const added = after.workbook.sheets[after.workbook.sheets.length - 1];
  expect(added.name).toBe('8月考核结果');
  const cells = added.values.flat();
  for (const r of c.outcome.rows) expect(cells).toContain(r.window);
  // Another reader takes the copy too (ExcelJS, with the cell references some exports leave out added back).
  const loaded = await loadWorkbookBytes(readFileSync(out), 'out.xlsx');
  expect(loaded.ok && loaded.excel.worksheets.map((ws) => ws.name).pop()).toBe('8月考核结果');
}
