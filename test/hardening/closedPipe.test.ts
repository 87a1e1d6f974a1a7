/**
 * The built command in a shell pipeline, as a clerk or a script runs it: `rank x.xlsx --json | head -1` takes one
 * line and closes the pipe; the command must end quietly with exit 0 (no "Error: write EPIPE" and its stack).
 * And messages that list a workbook's sheets stay readable for a workbook of 1,024 of them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { streamWorkbookBytes } from '../../src/xlsx/streamWorkbook';
import { addScoreTable, tempDir, writeXlsx } from '../xlsx/workbookFixtures';
import { buildCli } from '../support/cliBuild';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');
const { dir, cleanup } = tempDir('closed-pipe-');
let big = '';

beforeAll(async () => {
  await buildCli();
  // 3,000 windows: a JSON document of about 300 KB, far more than a pipe holds, so the write after head has gone fails.
  big = await writeXlsx(path.join(dir, '大表.xlsx'), (wb) => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`窗口${i + 1}`, 100, i % 7, i % 5]);
    addScoreTable(wb.addWorksheet('考核'), 1, 1, rows);
  });
}, 60_000);
afterAll(cleanup);

/** Runs `node BIN args | head -1` in bash: the command's exit code, its stderr, and what head printed. */
function piped(args: string[]) {
  const quoted = args.map((a) => `'${a}'`).join(' ');
  const script = `"${process.execPath}" "${BIN}" ${quoted} 2>"${dir}/stderr" | head -1 >"${dir}/head"; echo \${PIPESTATUS[0]}`;
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  return { code: Number(r.stdout.trim()), stderr: readFileSync(path.join(dir, 'stderr'), 'utf8'), head: readFileSync(path.join(dir, 'head'), 'utf8') };
}

describe('output to a closed pipe', () => {
  it('rank --json | head -1 ends with exit 0 and nothing on stderr, every time', () => {
    for (let run = 0; run < 3; run++) {
      const r = piped(['rank', big, '--json', '--period', '2023-08']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.head.startsWith('{')).toBe(true);
    }
  });

  it('rank (table) | head -1 ends quietly too', () => {
    const r = piped(['rank', big, '--period', '2023-08']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('rank --out … --json | head -1 still writes the whole copy', async () => {
    const out = path.join(dir, '副本.xlsx');
    const r = piped(['rank', big, '--json', '--period', '2023-08', '--out', out]);
    expect(r.stderr).toBe(`已写出“${out}”，新增工作表「8月考核结果」。\n`);
    expect(r.code).toBe(0);
    const copy = await streamWorkbookBytes(readFileSync(out), out);
    expect(copy.ok && copy.workbook.sheets.map((s) => s.name)).toEqual(['考核', expect.stringContaining('考核结果')]);
  }, 30_000);
});

describe('long lists in messages are capped', () => {
  let many = '';
  beforeAll(async () => {
    many = await writeXlsx(path.join(dir, '1024.xlsx'), (wb) => {
      for (let i = 1; i <= 1024; i++) wb.addWorksheet(`第${i}张表`).getCell('A1').value = '说明';
    });
  }, 60_000);

  it.each([
    ['no score table on any of 1,024 sheets', [] as string[]],
    ['--sheet naming none of them', ['--sheet', '没有这张表']],
  ])('%s: one short line, the first sheets named, then 「…等 1024 个工作表」', (_, extra) => {
    const r = spawnSync(process.execPath, [BIN, 'rank', many, ...extra], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.some((l) => l.includes('「第1张表」、「第2张表」') && l.includes('…等 1024 个工作表'))).toBe(true);
    expect(r.stderr).not.toContain('「第11张表」');
    for (const l of lines) expect(l.length).toBeLessThan(400);
  }, 30_000);
});
