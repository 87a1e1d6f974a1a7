/**
 * The production task pane as the e2e files use it: headless Chromium, one production build of the run (shared by
 * every file through test/support/runCache.ts, rebuilt when a source changes), served over http on a random port.
 * The build is the deployable one, manifest included, rewritten to an example host (MANIFEST_BASE_URL): the manifest
 * schema test checks that manifest, and the pane files serve the same folder.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { buildPane, findRoot } from './paneBuild';
import { serveDirectory, type RunningServer } from './staticServer';
import { sharedBuild } from '../support/runCache';

/** The https address the build's manifest points at (a production build needs one). */
export const MANIFEST_BASE_URL = 'https://addins.example.org/window-bulletin/';

/** What the webpack build reads, besides node_modules (fixed for the run). */
const PANE_INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package.json', 'package-lock.json', 'scripts/manifest-url.cjs'];

/** The folder of this run's production build of the pane, built on first use. */
export function productionPane(): Promise<string> {
  return sharedBuild({ name: 'pane', root: findRoot(), inputs: PANE_INPUTS, build: (outDir) => buildPane(outDir, { manifestBaseUrl: MANIFEST_BASE_URL }) });
}

export interface ServedPane {
  browser: Browser;
  server: RunningServer;
  /** The build's folder: read it, never write into it (other files serve it too). */
  buildDir: string;
  close(): Promise<void>;
}

export async function serveProductionPane(): Promise<ServedPane> {
  // Chromium first: without it there is nothing to test, and its message says how to get it.
  const browser = await launchChromium();
  try {
    const buildDir = await productionPane();
    const server = await serveDirectory(buildDir);
    return {
      browser,
      server,
      buildDir,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}
