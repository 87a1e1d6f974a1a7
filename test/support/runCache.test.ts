/**
 * The run's shared builds (runCache.ts): one build for many callers, a new one when an input changes, a failure
 * reported to every caller. Another worker is played by a fresh copy of the module (its own in-process memo) over
 * the same run folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUN_CACHE_ENV, type SharedBuild } from './runCache';

type RunCache = typeof import('./runCache');

/** The module as a new worker process would load it. */
function anotherWorker(): RunCache {
  let fresh: RunCache | undefined;
  jest.isolateModules(() => {
    fresh = jest.requireActual<RunCache>('./runCache');
  });
  return fresh as RunCache;
}

let runFolder: string;
let source: string;
const savedEnv = process.env[RUN_CACHE_ENV];

beforeEach(() => {
  runFolder = mkdtempSync(path.join(os.tmpdir(), 'wb-run-cache-test-'));
  source = mkdtempSync(path.join(os.tmpdir(), 'wb-run-cache-src-'));
  mkdirSync(path.join(source, 'src'));
  writeFileSync(path.join(source, 'src', 'a.ts'), 'export const a = 1;');
  process.env[RUN_CACHE_ENV] = runFolder;
});

afterEach(() => {
  rmSync(runFolder, { recursive: true, force: true });
  rmSync(source, { recursive: true, force: true });
  if (savedEnv === undefined) delete process.env[RUN_CACHE_ENV];
  else process.env[RUN_CACHE_ENV] = savedEnv;
});

/** A build that copies src/a.ts into its output, slowly, counting its runs. */
function copyBuild(runs: string[]): SharedBuild {
  return {
    name: 'copy',
    root: source,
    inputs: ['src'],
    build: async (outDir) => {
      runs.push(outDir);
      await new Promise((resolve) => setTimeout(resolve, 300));
      writeFileSync(path.join(outDir, 'a.js'), readFileSync(path.join(source, 'src', 'a.ts')));
    },
  };
}

test('callers in two workers at once get one build, and its output', async () => {
  const runs: string[] = [];
  const [first, second, third] = await Promise.all([
    anotherWorker().sharedBuild(copyBuild(runs)),
    anotherWorker().sharedBuild(copyBuild(runs)),
    anotherWorker().sharedBuild(copyBuild(runs)),
  ]);
  expect(runs).toHaveLength(1);
  expect(second).toBe(first);
  expect(third).toBe(first);
  expect(readFileSync(path.join(first, 'a.js'), 'utf8')).toBe('export const a = 1;');
});

test('an edited input is built again, never served from before', async () => {
  const runs: string[] = [];
  const before = await anotherWorker().sharedBuild(copyBuild(runs));
  writeFileSync(path.join(source, 'src', 'a.ts'), 'export const a = 2;');
  const after = await anotherWorker().sharedBuild(copyBuild(runs));
  expect(runs).toHaveLength(2);
  expect(after).not.toBe(before);
  expect(readFileSync(path.join(after, 'a.js'), 'utf8')).toBe('export const a = 2;');
  // A new file counts as an edit too.
  writeFileSync(path.join(source, 'src', 'b.ts'), '');
  await anotherWorker().sharedBuild(copyBuild(runs));
  expect(runs).toHaveLength(3);
});

test('a failed build fails every caller with its message, without building again', async () => {
  let runs = 0;
  const failing: SharedBuild = {
    name: 'failing',
    root: source,
    inputs: ['src'],
    build: async () => {
      runs++;
      throw new Error('构建失败：语法错误');
    },
  };
  await expect(anotherWorker().sharedBuild(failing)).rejects.toThrow('构建失败：语法错误');
  await expect(anotherWorker().sharedBuild(failing)).rejects.toThrow('构建失败：语法错误');
  expect(runs).toBe(1);
});

test('a lock left by a worker that died is taken over', async () => {
  const runs: string[] = [];
  const worker = anotherWorker();
  const key = `copy-${worker.contentHash(source, ['src'])}`;
  mkdirSync(path.join(runFolder, `${key}.lock`));
  // No process has this id (above the kernel's pid_max), as after a worker was killed mid-build.
  writeFileSync(path.join(runFolder, `${key}.lock`, 'pid'), '4194305');
  const out = await worker.sharedBuild(copyBuild(runs));
  expect(runs).toHaveLength(1);
  expect(readFileSync(path.join(out, 'a.js'), 'utf8')).toBe('export const a = 1;');
});
