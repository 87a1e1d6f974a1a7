/**
 * The CLI bundle the bin tests run (bin/window-bulletin.js loads dist/cli/window-bulletin.cjs): built with
 * `npm run build:cli`'s script once per test run and per source state, instead of once per test file (nine files
 * used to run it, and in parallel workers they wrote the same file at once).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sharedBuild } from './runCache';

const ROOT = path.resolve(__dirname, '../..');
/** What scripts/build-cli.mjs reads, besides node_modules (fixed for the run). */
const CLI_INPUTS = ['src', 'scripts/build-cli.mjs', 'package.json', 'tsconfig.json'];

/** Builds dist/cli for the current sources, unless this run already did. */
export async function buildCli(): Promise<void> {
  await sharedBuild({
    name: 'cli',
    root: ROOT,
    inputs: CLI_INPUTS,
    // The bundle goes where the bin script looks for it; the cache folder only records that it is current.
    build: async () => {
      try {
        await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
      } catch (error) {
        const e = error as { stderr?: string; message: string };
        throw new Error(`命令行程序构建失败：${e.message}\n${e.stderr ?? ''}`);
      }
    },
  });
}
