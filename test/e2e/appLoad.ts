/**
 * What the web page (dist/app.html, one file) costs to open, measured in Chromium as the pane's is
 * (paneLoad.ts): every script the page's thread parsed before the first screen is usable — the drop zone's
 * 「选择工作簿文件」 is there and enabled — gzipped at level 9. Parsed scripts are taken from Chromium's debugger
 * (Debugger.scriptParsed), so a script carried as text and run later, or code inside a string, is seen for what it is:
 * the workspace's script (src/app/loadWorkspace.ts) counts only if it ran before that moment. The workers' scripts
 * are parsed on their own threads (the host worker starts at load, off the page's thread) and are reported apart.
 * Shared by the e2e test (app.e2e.test.ts) and `npm run bench` (paneLoad section).
 */
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { PANE_INITIAL_JS_BUDGET_GZ } from './paneLoad';

/** The same budget as the pane's (issue 15: "under the same budget as the pane"). */
export const PAGE_INITIAL_JS_BUDGET_GZ = PANE_INITIAL_JS_BUDGET_GZ;

export interface ParsedScript {
  bytes: number;
  gzipBytes: number;
}

export interface PageLoadMeasure {
  /** Navigation start to the drop zone's button present and enabled, ms. */
  usableMs: number;
  /** The page's own scripts parsed before that moment (inline scripts of the document). */
  scripts: ParsedScript[];
  initialJsGzipBytes: number;
  /** The page's scripts parsed after it (the workspace, once a file is chosen). */
  laterScripts: ParsedScript[];
}

const USABLE = `(function () {
  new MutationObserver(function (_, observer) {
    var button = Array.prototype.find.call(document.querySelectorAll('button'), function (b) { return (b.textContent || '').trim() === '选择工作簿文件'; });
    if (window.__WB_USABLE_AT__ === undefined && button && !button.disabled) { window.__WB_USABLE_AT__ = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Opens the page, measures its first screen, then (with `afterFile`) chooses that file and reports what was parsed for it. */
export async function measurePageLoad(browser: Browser, htmlFile: string, afterFile?: string): Promise<PageLoadMeasure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.addInitScript(USABLE);
    const cdp = await context.newCDPSession(page);
    const url = pathToFileURL(htmlFile).href;
    const parsed: { scriptId: string; url: string }[] = [];
    cdp.on('Debugger.scriptParsed', (e) => parsed.push({ scriptId: e.scriptId, url: e.url }));
    await cdp.send('Debugger.enable');
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __WB_USABLE_AT__?: number }).__WB_USABLE_AT__ !== undefined, null, { timeout: 60_000 });
    // Whatever runs right after that instant is not the first screen's; give it a moment to show as "later".
    await page.waitForTimeout(300);
    const usableMs = await page.evaluate(() => (window as unknown as { __WB_USABLE_AT__: number }).__WB_USABLE_AT__);
    const sizes = async (from: number): Promise<ParsedScript[]> => {
      // The document's inline scripts carry its URL; a script the page inserts later is named by its sourceURL
      // comment (scripts/build-app.mjs names both the page's scripts wb-*.js). Playwright's own evaluations have none.
      const own = parsed.slice(from).filter((s) => s.url === url || /^wb-[\w-]+\.js$/.test(s.url));
      return Promise.all(
        own.map(async (s) => {
          const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId: s.scriptId });
          return { bytes: Buffer.byteLength(scriptSource), gzipBytes: gzipSync(scriptSource, { level: 9 }).length };
        }),
      );
    };
    const atUsable = parsed.length;
    const scripts = await sizes(0);
    let laterScripts: ParsedScript[] = [];
    if (afterFile) {
      await page.getByTestId('file-input').setInputFiles(afterFile);
      await page.getByRole('button', { name: '生成排名' }).waitFor({ timeout: 120_000 });
      laterScripts = await sizes(atUsable);
    }
    return { usableMs, scripts, initialJsGzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0), laterScripts };
  } finally {
    await context.close();
  }
}
