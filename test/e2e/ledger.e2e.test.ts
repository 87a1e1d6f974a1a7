/**
 * End-to-end, 台账: the production build of the pane in headless Chromium over a memory host holding the reference
 * score sheet and the sample's ledger. August (the last month with lines) is previewed with its totals, written
 * as the two sheets, then 生成排名 ranks the new score sheet; the 台账 tab at 350×800 and 1280×800, light and dark.
 * Screenshots go to out/ledger/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { openPane } from './browser';
import { ledgerFixtureScript } from './fixtureBundle';
import { serveProductionPane, type ServedPane } from './servedPane';
import type { RunningServer } from './staticServer';

jest.setTimeout(240_000);

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'out', 'ledger');

let served: ServedPane;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  served = await serveProductionPane();
  ({ browser, server } = served);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(() => served?.close());

test('台账: August previewed, both sheets written, then ranked', async () => {
  const pane = await openPane(browser, server.url, { initScripts: [await ledgerFixtureScript()], width: 350 });
  const { page } = pane;
  // The ledger has a tab of its own in the pane (排名 | 通报 | 台账 | 设置).
  await page.getByRole('tab', { name: '台账' }).click();
  const section = page.locator('section', { has: page.getByRole('heading', { name: '台账', exact: true }) });
  const table = section.getByRole('table', { name: '台账' });
  await table.waitFor();
  expect(await section.getByRole('combobox').inputValue()).toBe('2023-8');
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (c) => (c.firstChild?.textContent ?? '').trim())));
  expect(rows).toHaveLength(29);
  expect(rows[2]).toEqual(['3', '省市场监管局', '0', '13.5', '113.5']);
  expect(rows.slice(25).map((r) => r[2])).toEqual(['-2', '-8', '-12', '-13']);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'pane-ledger-350.png'), fullPage: true });

  await section.getByRole('button', { name: '写入考核表和明细' }).click();
  await section.getByText('已写入「2023年8月考核」和「2023年8月考核明细」。').waitFor();
  // Which sheet 生成排名 ranks: recorded by wrapping the test host's generate (the pane's only way to rank).
  await page.evaluate(() => {
    const host = window.__WB_TEST_HOST__ as unknown as { generate: (s: { sourceSheet: string | null }, ...rest: unknown[]) => Promise<unknown>; rankedFrom?: (string | null)[] };
    const generate = host.generate.bind(host);
    host.rankedFrom = [];
    host.generate = (s, ...rest) => {
      host.rankedFrom?.push(s.sourceSheet);
      return generate(s, ...rest);
    };
  });
  await section.getByRole('button', { name: '用「2023年8月考核」生成排名' }).click();
  await section.getByText('已生成「8月考核结果」。').waitFor();
  const log = await page.evaluate(() => {
    const host = window.__WB_TEST_HOST__ as unknown as { log: { generated: string[] }; rankedFrom: (string | null)[] };
    return { generated: host.log.generated, rankedFrom: host.rankedFrom };
  });
  expect(log).toEqual({ generated: ['8月考核结果'], rankedFrom: ['2023年8月考核'] });
  await section.getByText('已生成「8月考核结果」。').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'pane-ledger-written.png') });
  expect(pane.errors).toEqual([]);
  expect(await pane.cspViolations()).toEqual([]);
  await pane.context.close();
});

describe.each([
  [350, 'light', '#FFFFFF'],
  [350, 'dark', '#1F1F1F'],
  [1280, 'light', '#FFFFFF'],
  [1280, 'dark', '#1F1F1F'],
] as const)('the 台账 tab at %i×800, %s', (width, theme, background) => {
  test('previewed, with the month picked and the write offered', async () => {
    const pane = await openPane(browser, server.url, {
      initScripts: [await ledgerFixtureScript()],
      width,
      height: 800,
      office: { host: 'Excel', displayLanguage: 'zh-CN', bodyBackgroundColor: background },
    });
    const { page } = pane;
    await page.getByRole('tab', { name: '台账' }).click();
    const section = page.locator('section', { has: page.getByRole('heading', { name: '台账', exact: true }) });
    await section.getByRole('table', { name: '台账' }).waitFor();
    expect(await section.getByRole('combobox').inputValue()).toBe('2023-8');
    expect(await section.getByRole('button', { name: '写入考核表和明细' }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, `ledger-${width}x800-${theme}.png`) });
    await page.screenshot({ path: path.join(SHOTS, `ledger-${width}x800-${theme}-full.png`), fullPage: true });
    expect(pane.errors).toEqual([]);
    await pane.context.close();
  });
});
