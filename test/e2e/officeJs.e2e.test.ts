/**
 * End-to-end with the real office.js: @microsoft/office-js (the npm copy of what Microsoft's CDN serves) answers
 * the pane's https://appsforoffice.microsoft.com/lib/1/hosted/office.js request, so the production build of
 * taskpane.html runs it under its own Content-Security-Policy in headless Chromium. Outside Office, Office.onReady
 * resolves with no host and the pane shows its outside-Office state, with no CSP violation and no console error.
 * Nothing else leaves the local server: the telemetry frame office.js opens is admitted by the CSP and then
 * aborted by the network stub (recorded in `blocked`).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { openPane, type OpenPane } from './browser';
import { fixtureScript } from './fixtureBundle';
import { serveProductionPane, type ServedPane } from './servedPane';
import type { RunningServer } from './staticServer';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-output');
const OFFICE_JS_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';

let served: ServedPane;
let browser: Browser;
let server: RunningServer;
/** The run's production build (shared with the other e2e files: read only). */
let BUILD_DIR: string;

beforeAll(async () => {
  served = await serveProductionPane();
  ({ browser, server, buildDir: BUILD_DIR } = served);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(() => served?.close());

/** Answers the CDN from node_modules/@microsoft/office-js/dist, recording each file office.js asked for. */
function realOfficeJs(served: string[]): (context: BrowserContext) => Promise<void> {
  return async (context) => {
    await context.route(`${CDN}**`, (route) => {
      const file = new URL(route.request().url()).pathname.slice(new URL(CDN).pathname.length);
      served.push(file);
      const onDisk = path.join(OFFICE_JS_DIST, file);
      if (!onDisk.startsWith(OFFICE_JS_DIST + path.sep) || !existsSync(onDisk)) return route.fulfill({ status: 404 });
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(onDisk) });
    });
  };
}

async function openWithOfficeJs(initScripts: string[] = []): Promise<{ pane: OpenPane; served: string[] }> {
  const served: string[] = [];
  const pane = await openPane(browser, server.url, { routes: realOfficeJs(served), initScripts });
  return { pane, served };
}

test('the npm package is the office.js the pane names: same CDN path, a real Office.js', () => {
  const html = readFileSync(path.join(BUILD_DIR, 'taskpane.html'), 'utf8');
  expect(html).toContain(`src=${CDN}office.js`);
  const officeJs = readFileSync(path.join(OFFICE_JS_DIST, 'office.js'), 'utf8');
  expect(officeJs.length).toBeGreaterThan(50_000);
  expect(officeJs).toContain('Office.onReady');
});

test('outside Office with the real office.js: onReady resolves without a host, the outside state shows, no CSP violation', async () => {
  const { pane, served } = await openWithOfficeJs();
  const { page } = pane;
  await page.getByRole('heading', { name: '请在 Excel 中打开此加载项' }).waitFor();
  // office.js itself said "no host" (not the 10 s timeout, not a missing Office object).
  expect(await page.locator('[data-reason]').getAttribute('data-reason')).toBe('not-excel');
  expect(await page.evaluate(() => Office.onReady().then((info) => info.host))).toBeNull();
  expect(served).toEqual(expect.arrayContaining(['office.js', 'o15apptofilemappingtable.js']));
  // Its telemetry frame (style="display:none") gets past the CSP, then the offline network stub aborts it.
  await page.waitForFunction((src) => document.querySelector(`iframe[src="${src}"]`) !== null, TELEMETRY_FRAME);
  // Its style attribute is admitted by its hash ('unsafe-hashes'), so it stays hidden instead of a blank box in the pane.
  expect(await page.locator('iframe').evaluate((f) => getComputedStyle(f).display)).toBe('none');
  await page.waitForTimeout(500);
  expect(pane.blocked).toEqual([TELEMETRY_FRAME]);
  expect(pane.errors).toEqual([]);
  expect(await pane.cspViolations()).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, 'pane-outside-real-officejs.png'), fullPage: true });
  await pane.context.close();
});

test('office.js told it runs in Excel on the web loads excel-web-16.00.js under the CSP without a violation', async () => {
  const { pane, served } = await openWithOfficeJs();
  const { page } = pane;
  served.length = 0;
  // How Excel on the web hands the host to office.js (office.js reads `_host_Info` from the query string).
  await page.goto(`${server.url}/taskpane.html?_host_Info=Excel$Web$16.00$zh-CN$$$$0`);
  await page.waitForFunction(() => typeof (window as unknown as { Excel?: unknown }).Excel !== 'undefined');
  expect(served).toEqual(expect.arrayContaining(['office.js', 'excel-web-16.00.js', 'zh-cn/office_strings.js']));
  // No Excel frame answers here, so onReady never settles: the pane falls back to its outside state after its timeout.
  await page.locator('[data-reason="timeout"]').waitFor({ timeout: 20_000 });
  expect(await pane.cspViolations()).toEqual([]);
  expect(pane.errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
  await pane.context.close();
});

test('复制为网页格式 puts the styled bulletin on the clipboard and logs no CSP error', async () => {
  const { pane } = await openWithOfficeJs([await fixtureScript('bulletin')]);
  const { page } = pane;
  await pane.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.getByRole('tab', { name: '通报' }).click();
  await page.getByRole('button', { name: '生成通报' }).click();
  await page.getByRole('tabpanel', { name: '通报' }).getByText('已生成通报工作表「2023年第38期周报」。').waitFor();
  await page.waitForFunction(() => !Array.from(document.querySelectorAll('button')).find((b) => b.textContent === '复制为网页格式')?.disabled);
  await page.getByRole('button', { name: '复制为网页格式' }).click();
  await page.getByRole('tabpanel', { name: '通报' }).getByText(/^已复制。/).waitFor();
  const html = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    return (await items[0].getType('text/html')).text();
  });
  expect(html).toContain('窗口工作周报');
  // The inline styles are what Word and WPS keep: they reach the clipboard although the page's CSP forbids them in the page.
  // Chromium serialises the copied styles itself (font-family: 方正小标宋简体, …): they reach the clipboard.
  expect(html).toMatch(/<p style="[^"]*font-family: ?'?方正小标宋简体/);
  expect((html.match(/style="/g) ?? []).length).toBeGreaterThan(100);
  expect(pane.errors).toEqual([]);
  expect(await pane.cspViolations()).toEqual([]);
  await pane.context.close();
});

test('the task pane, the ribbon command page and its dialog share one policy, without unsafe-inline or unsafe-eval', () => {
  const policyOf = (page: string): string => {
    const html = readFileSync(path.join(BUILD_DIR, page), 'utf8');
    const m = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    if (!m) throw new Error(`${page} has no Content-Security-Policy`);
    return m[1];
  };
  const pane = policyOf('taskpane.html');
  expect(policyOf('commands.html')).toBe(pane);
  expect(policyOf('dialog.html')).toBe(pane);
  expect(pane).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(pane).toContain("frame-src https://telemetryservice.firstpartyapps.oaspapps.com;");
});
