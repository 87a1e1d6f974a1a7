/**
 * Builds shared by the test files of one jest run. The production pane, the CLI bundle and the like were built
 * again by every file that needed them (six webpack builds of the same pane, nine esbuild runs of the CLI in one
 * `npm test`); now the first file to ask builds, the others (in this process or in another worker) wait for it
 * and use the same output.
 *
 * A build is never older than the run: the cache lives in the run's own folder (made by test/support/globalSetup.ts,
 * removed by globalTeardown.ts), and its key also holds a hash of the build's input files, so a source edited while
 * the suite runs is built again rather than served from before. A failed build is recorded, so every file that
 * needs it fails with the builder's message instead of building it again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Set by the global setup for the workers; a process started without it (no global setup) keeps a folder of its own. */
export const RUN_CACHE_ENV = 'WB_TEST_RUN_CACHE';

let ownFolder: string | undefined;

function runFolder(): string {
  const shared = process.env[RUN_CACHE_ENV];
  if (shared) return shared;
  if (!ownFolder) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'wb-test-run-'));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    ownFolder = folder;
  }
  return ownFolder;
}

function addFiles(hash: ReturnType<typeof createHash>, root: string, entry: string): void {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const child of readdirSync(full).sort()) addFiles(hash, root, path.join(entry, child));
    return;
  }
  hash.update(`${entry}\0`);
  hash.update(readFileSync(full));
  hash.update('\0');
}

/** A hash of the files and folders (relative to root, walked in a fixed order) a build reads. */
export function contentHash(root: string, inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) addFiles(hash, root, input);
  return hash.digest('hex').slice(0, 16);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds made or awaited by this process, so concurrent callers in one file share one promise. */
const pending = new Map<string, Promise<string>>();

export interface SharedBuild {
  /** Names the build in the cache folder ("pane", "cli"). */
  name: string;
  root: string;
  /** Files and folders (relative to root) whose content the output depends on. */
  inputs: readonly string[];
  /** Writes the build into outDir (a fresh folder); throws when the build fails. */
  build(outDir: string): Promise<void>;
}

/** The folder holding the build's output for the current inputs: built by the first caller of the run, reused after. */
export function sharedBuild(spec: SharedBuild): Promise<string> {
  const key = `${spec.name}-${contentHash(spec.root, spec.inputs)}`;
  let result = pending.get(key);
  if (!result) {
    result = buildUnderLock(key, spec.build);
    pending.set(key, result);
  }
  return result;
}

async function buildUnderLock(key: string, build: (outDir: string) => Promise<void>): Promise<string> {
  const folder = runFolder();
  const done = path.join(folder, key);
  const failed = `${done}.failed`;
  const lock = `${done}.lock`;
  for (;;) {
    if (existsSync(done)) return done;
    if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
    try {
      // mkdir is atomic: exactly one process gets to build.
      mkdirSync(lock);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // Another process is building; if it died mid-build, its lock is taken over.
      const owner = Number(readOwner(lock));
      if (owner && !isRunning(owner)) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    writeFileSync(path.join(lock, 'pid'), String(process.pid));
    const partial = `${done}.partial-${process.pid}`;
    try {
      rmSync(partial, { recursive: true, force: true });
      mkdirSync(partial, { recursive: true });
      await build(partial);
      renameSync(partial, done);
      return done;
    } catch (e) {
      writeFileSync(failed, e instanceof Error ? e.message : String(e));
      rmSync(partial, { recursive: true, force: true });
      throw e;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

function readOwner(lock: string): string {
  try {
    return readFileSync(path.join(lock, 'pid'), 'utf8');
  } catch {
    // The lock was just made and its pid not written yet: not stale.
    return '';
  }
}
