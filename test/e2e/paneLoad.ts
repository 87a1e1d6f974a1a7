/**
 * What the pane costs to open, measured in Chromium rather than read from script tags: the production build is
 * opened as Excel would open it, with the pane's own Excel host over the fake Excel holding the reference month
 * (29 windows), until the workspace is interactive — the preview's 29 rows are shown and 生成排名 can be pressed.
 * Every script the page requested before that moment counts (the entry, and the chunks the first screen pulled
 * in), gzipped at level 9 as a web server would send them; so does the stylesheet.
 *
 * Office.js's own load is excluded: the page gets a stand-in Office object (host Excel) before its scripts run, and
 * the CDN request for office.js is aborted at once, so neither its download nor its handshake with Office is in
 * the time. What remains is the pane's part: its scripts, first render, the host's reads and the first preview.
 * Shared by the e2e test and `npm run bench` (paneLoad section).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { openPane } from './browser';
import { fakeExcelReferenceScript } from './fixtureBundle';

/**
 * Issue 11's budget, and the e2e guard: 120 KB gz. The first screen loads the entry, Fluent's Table and Badge and the
 * 排名 tab's views; the generate path, the other tabs, the footer's after-run controls and the message bars load
 * after it (src/taskpane/lazyViews.ts, src/excel/excelHost.ts).
 */
export const PANE_INITIAL_JS_BUDGET_GZ = 120 * 1024;

/** The reference month's windows: the preview rows the workspace waits for. */
export const REFERENCE_WINDOWS = 29;

export interface LoadedFile {
  file: string;
  gzipBytes: number;
  /** When the request started, ms after navigation began. */
  startMs: number;
}

export interface PaneLoadMeasure {
  /** Navigation start to the first preview shown with 生成排名 enabled, ms (Office.js's load excluded). */
  interactiveMs: number;
  /** Local scripts requested before that moment. */
  scripts: LoadedFile[];
  /** Local scripts requested after it (on demand). */
  laterScripts: string[];
  stylesheets: LoadedFile[];
  initialJsGzipBytes: number;
  cssGzipBytes: number;
}

/**
 * Marks the moment the workspace is interactive in window.__WB_INTERACTIVE_AT__ (performance.now()): the preview
 * has its rows and the primary button is enabled. Checked on every DOM change from the first one on.
 */
function interactiveRecorder(rows: number): string {
  return `(function () {
    function ready() {
      var button = Array.prototype.find.call(document.querySelectorAll('button'), function (b) { return (b.textContent || '').trim() === '生成排名'; });
      return !!button && !button.disabled && document.querySelectorAll('table tbody tr').length >= ${rows};
    }
    new MutationObserver(function (_, observer) {
      if (window.__WB_INTERACTIVE_AT__ === undefined && ready()) { window.__WB_INTERACTIVE_AT__ = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  })();`;
}

function gzipSize(buildDir: string, file: string): number {
  return gzipSync(readFileSync(path.join(buildDir, file)), { level: 9 }).length;
}

export async function measurePaneLoad(browser: Browser, baseUrl: string, buildDir: string): Promise<PaneLoadMeasure> {
  const pane = await openPane(browser, baseUrl, {
    office: { host: 'Excel', displayLanguage: 'zh-CN', bodyBackgroundColor: '#ffffff' },
    initScripts: [interactiveRecorder(REFERENCE_WINDOWS), await fakeExcelReferenceScript()],
  });
  try {
    const { page } = pane;
    await page.waitForFunction(() => (window as unknown as { __WB_INTERACTIVE_AT__?: number }).__WB_INTERACTIVE_AT__ !== undefined, null, { timeout: 60_000 });
    // Whatever the first screen preloads right after that instant is not counted; give it a moment to show up as "later".
    await page.waitForTimeout(300);
    const { at, entries } = await page.evaluate(() => ({
      at: (window as unknown as { __WB_INTERACTIVE_AT__: number }).__WB_INTERACTIVE_AT__,
      entries: performance.getEntriesByType('resource').map((e) => ({ name: e.name, startTime: e.startTime })),
    }));
    if (pane.errors.length > 0) throw new Error(`the pane reported errors while loading:\n${pane.errors.join('\n')}`);
    const local = entries
      .filter((e) => e.name.startsWith(baseUrl))
      .map((e) => ({ file: new URL(e.name).pathname.slice(1), startMs: e.startTime }));
    const scripts = local.filter((e) => e.file.endsWith('.js'));
    const before = scripts.filter((e) => e.startMs <= at).map((e) => ({ ...e, gzipBytes: gzipSize(buildDir, e.file) }));
    const stylesheets = local.filter((e) => e.file.endsWith('.css')).map((e) => ({ ...e, gzipBytes: gzipSize(buildDir, e.file) }));
    const sum = (files: LoadedFile[]): number => files.reduce((n, f) => n + f.gzipBytes, 0);
    return {
      interactiveMs: at,
      scripts: before,
      laterScripts: scripts.filter((e) => e.startMs > at).map((e) => e.file),
      stylesheets,
      initialJsGzipBytes: sum(before),
      cssGzipBytes: sum(stylesheets),
    };
  } finally {
    await pane.context.close();
  }
}
