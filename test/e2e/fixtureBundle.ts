/**
 * Bundles the e2e fixtures into script text for page.addInitScript: fixtureEntry.ts (memory host + reference
 * workbook) and fakeExcelEntry.ts (the fake Excel object model under the pane's own Excel host).
 */
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { findRoot } from './paneBuild';

export type FixtureName = 'reference' | 'problems' | 'bulletin';

/**
 * The fake Excel's workbook builder takes the bench's score sheet (bench/engine.ts), whose timing helper imports
 * node:perf_hooks; in the page, the browser's own performance object stands in for it.
 */
const browserPerfHooks: Plugin = {
  name: 'browser-perf-hooks',
  setup(b) {
    b.onResolve({ filter: /^node:perf_hooks$/ }, () => ({ path: 'perf_hooks', namespace: 'browser-perf-hooks' }));
    b.onLoad({ filter: /.*/, namespace: 'browser-perf-hooks' }, () => ({ contents: 'export const performance = globalThis.performance;', loader: 'js' }));
  },
};

const bundled = new Map<string, Promise<string>>();

export function bundle(entry: string): Promise<string> {
  let text = bundled.get(entry);
  if (!text) {
    text = build({
      // From the repository root: the bench runs this module from a bundle in .tmp/run/.
      entryPoints: [path.join(findRoot(), 'test/e2e', entry)],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      logLevel: 'silent',
      plugins: [browserPerfHooks],
    }).then((result) => result.outputFiles[0].text);
    bundled.set(entry, text);
  }
  return text;
}

/** The init script for a scenario: the fixture's name, then the bundle that reads it. */
export async function fixtureScript(name: FixtureName): Promise<string> {
  return `window.__WB_FIXTURE__ = ${JSON.stringify(name)};\n${await bundle('fixtureEntry.ts')}`;
}

/** The init script for the fake Excel with a score sheet of `windows` windows (needs the scenario's Office, host Excel). */
export async function fakeExcelScript(windows: number): Promise<string> {
  return `window.__WB_WINDOWS__ = ${JSON.stringify(windows)};\n${await bundle('fakeExcelEntry.ts')}`;
}

/** The init script for the fake Excel holding the reference month's score sheet (29 windows; needs the scenario's Office, host Excel). */
export async function fakeExcelReferenceScript(): Promise<string> {
  return `window.__WB_FAKE_WORKBOOK__ = "reference";\n${await bundle('fakeExcelEntry.ts')}`;
}

/** The init script of the 台账 scenario: the reference score sheet and the sample's ledger sheets. */
export async function ledgerFixtureScript(): Promise<string> {
  return bundle('ledgerFixtureEntry.ts');
}
