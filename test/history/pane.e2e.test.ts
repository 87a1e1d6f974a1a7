/**
 * The history section in the production pane, headless Chromium, at the pane's width (350×800) and on a desktop,
 * light and dark: this month's 流动红旗, the last place's two-month run, each window's change against July, and
 * the roll-up button writing 「2023年度考核汇总」. Screenshots go to out/history/ for a person to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { openPane } from '../e2e/browser';
import { serveProductionPane, type ServedPane } from '../e2e/servedPane';
import type { RunningServer } from '../e2e/staticServer';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'out', 'history');

let served: ServedPane;
let browser: Browser;
let server: RunningServer;
let fixture: string;

beforeAll(async () => {
  served = await serveProductionPane();
  ({ browser, server } = served);
  mkdirSync(SHOTS, { recursive: true });
  const bundled = await build({ entryPoints: [path.join(__dirname, 'historyFixture.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', logLevel: 'silent' });
  fixture = bundled.outputFiles[0].text;
});

afterAll(() => served?.close());

const office = (dark: boolean) => ({ host: 'Excel' as const, displayLanguage: 'zh-CN', bodyBackgroundColor: dark ? '#1f1f1f' : '#ffffff' });

test.each([
  ['light', false, 350],
  ['dark', true, 350],
  ['desktop', false, 1280],
  ['desktop-dark', true, 1280],
])('history section (%s): red flags, last place, rank changes, roll-up', async (name, dark, width) => {
  const pane = await openPane(browser, server.url, { initScripts: [fixture], office: office(dark), width, height: 800 });
  const { page } = pane;
  // The history has a tab of its own in the pane.
  await page.getByRole('tab', { name: '历史' }).click();
  const section = page.locator('section[aria-labelledby="wb-history"]');
  await section.locator('tbody tr').first().waitFor();
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, `pane-history-${name}.png`), fullPage: true });
  await section.screenshot({ path: path.join(SHOTS, `pane-history-${name}-section.png`) });
  const text = await section.innerText();
  writeFileSync(path.join(SHOTS, `pane-history-${name}.txt`), text);
  expect(text).toContain('流动红旗：8月流动红旗窗口：交通运输厅、自然资源厅、省市场监管局。');
  // The fixture's last place in August was last in July too: a two-month run, an internal notice.
  expect(text).toMatch(/四川测绘局\s*连续2个月末位，年内第2次末位\s*内部提醒/u);
  const changes = await section.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(changes).toHaveLength(29);
  expect(changes.every((c) => /^(↑\d+|↓\d+|持平|新进驻)$/u.test(c))).toBe(true);
  // Every window was there in July: the one recorded under its old name too, joined by 「窗口名单」.
  expect(changes.filter((c) => c === '新进驻')).toEqual([]);
  if (name === 'light') {
    await section.getByRole('button', { name: '写出2023年度汇总' }).click();
    await section.getByText('已写出「2023年度考核汇总」（带图表）。').waitFor();
  }
  expect(pane.errors).toEqual([]);
});
