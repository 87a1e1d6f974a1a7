/**
 * End-to-end: the production build of the task pane, served over http and run in headless Chromium.
 * Office.js's CDN is blocked (it is unreachable here anyway), so the pane must cope without it; where a
 * scenario needs a workbook, the page gets a memory host over a fixture workbook (window.__WB_TEST_HOST__).
 * Screenshots go to test-output/ for a person to look at.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, openPane } from './browser';
import { FORBIDDEN_IN_INITIAL, INITIAL_JS_BUDGET_GZ, buildPane, kb, measureBundle } from './paneBuild';
import { serveDirectory, type RunningServer } from './staticServer';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const BUILD_DIR = path.join(ROOT, '.tmp', `e2e-pane-${process.pid}`);
const SHOTS = path.join(ROOT, 'test-output');

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  // Chromium first: without it there is nothing to test, and the message says how to get it.
  browser = await launchChromium();
  await buildPane(BUILD_DIR);
  server = await serveDirectory(BUILD_DIR);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(BUILD_DIR, { recursive: true, force: true });
});

test('outside Office (Office.js unreachable): the pane says to open it in Excel, and nothing fails', async () => {
  const pane = await openPane(browser, server.url);
  await pane.page.getByRole('heading', { name: '请在 Excel 中打开此加载项' }).waitFor();
  await pane.page.screenshot({ path: path.join(SHOTS, 'pane-outside.png'), fullPage: true });
  expect(await pane.page.getByRole('button').count()).toBe(0);
  expect(pane.blocked).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  expect(pane.errors).toEqual([]);
  expect(await pane.cspViolations()).toEqual([]);
  expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  await pane.context.close();
});

test('Office.js loaded in a plain browser (onReady with host null), dark Office theme: outside state, dark', async () => {
  const pane = await openPane(browser, server.url, { office: { host: null, displayLanguage: 'zh-CN', bodyBackgroundColor: '#262626' } });
  await pane.page.getByRole('heading', { name: '请在 Excel 中打开此加载项' }).waitFor();
  await pane.page.screenshot({ path: path.join(SHOTS, 'pane-outside-dark.png'), fullPage: true });
  expect(await pane.page.locator('[data-reason]').getAttribute('data-reason')).toBe('not-excel');
  expect(await pane.page.locator('[data-theme]').getAttribute('data-theme')).toBe('dark');
  expect(pane.errors).toEqual([]);
  expect(await pane.cspViolations()).toEqual([]);
  await pane.context.close();
});

test(`the initial task-pane JavaScript is within ${INITIAL_JS_BUDGET_GZ / 1024} KB gzipped, without ExcelJS, docx or polyfills`, () => {
  const report = measureBundle(BUILD_DIR);
  const initialPackages = new Set(report.initial.flatMap((s) => s.packages));
  expect(FORBIDDEN_IN_INITIAL.filter((p) => initialPackages.has(p))).toEqual([]);
  // React must be the production build: its development build alone would blow the budget.
  expect(report.initial.map((s) => s.file).join(' ')).not.toMatch(/development/);
  expect(report.initialGzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZ);
  console.log(`task pane initial JS: ${kb(report.initialGzipBytes)} KB gzipped; on demand: ${kb(report.lazyGzipBytes)} KB`);
});
