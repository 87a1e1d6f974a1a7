/** The installed command as a user runs it: `node bin/window-bulletin.js` on the built bundle, a real child process. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildCli } from '../support/cliBuild';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  await buildCli();
});

describe('bin/window-bulletin.js', () => {
  it('ranks the sample and prints exactly one JSON document on stdout', () => {
    const r = cli(['rank', 'samples/weekly-bulletin-2023-38.xlsx', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.rows).toHaveLength(29);
    expect(doc.rows[0]).toEqual({ rank: 1, window: '交通运输厅', base: 100, deduction: 0, bonus: 18, score: 118 });
  });

  it('exits 1 with a Chinese message and no stack trace for a missing file', () => {
    const r = cli(['rank', 'no-such-file.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('找不到文件');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a usage mistake and prints its version', () => {
    expect(cli(['rank', '--nope']).code).toBe(2);
    const v = cli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
