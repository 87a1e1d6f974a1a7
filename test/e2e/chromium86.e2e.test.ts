/**
 * End-to-end on a real Chromium 86 (test/e2e/chromium86.ts), the core the web page is built for: the clerk's path on
 * dist/app.html from file:// and from a static host — the sample chosen, its 29 windows previewed, 生成排名 clicked,
 * the copy downloaded — then 生成通报 and 保存 .docx, and a workbook with errors; no console error, no page error.
 * app.e2e.test.ts checks the copies' content on the current Chromium through LibreOffice; here the point is that the
 * same page runs on the old core (a newer API without fallback shows up here as a page error, and only here), and that
 * what it hands back is the input plus the new sheet. Screenshots (desktop and 350 px) go to out/c86/.
 * Without the browser the test fails, unless WB_SKIP_CHROMIUM86=1 says to skip: a pass means it ran.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import type { Browser } from 'puppeteer-core/lib/cjs/puppeteer/common/Browser';
import type { Page } from 'puppeteer-core/lib/cjs/puppeteer/common/Page';
import { ROOT, buildAppPage } from './appPage';
import { CHROMIUM_86_VERSION, SKIP_ENV, launchChromium86 } from './chromium86';
import { serveDirectory } from './staticServer';

jest.setTimeout(300_000);

const WORK = path.join(ROOT, '.tmp', `e2e-c86-${process.pid}`);
const SHOTS = path.join(ROOT, 'out', 'c86');
const SAMPLE = path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx');
const TITLE = '2023年8月省政务服务大厅进驻部门（单位）窗口考核结果';
const COPY_NAME = 'weekly-bulletin-2023-38-8月考核结果.xlsx';
const SAMPLE_WINDOWS = 29;

/** A workbook's sheet names, in order, from its workbook part. */
async function sheetNames(file: string): Promise<string[]> {
  const workbook = (await (await JSZip.loadAsync(readFileSync(file))).file('xl/workbook.xml')?.async('string')) ?? '';
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
}

const run = process.env[SKIP_ENV] === '1' ? describe.skip : describe;

run('the web page on Chromium 86', () => {
  let browser: Browser;
  let html: string;

  beforeAll(async () => {
    mkdirSync(WORK, { recursive: true });
    mkdirSync(SHOTS, { recursive: true });
    html = buildAppPage(path.join(WORK, 'dist'));
    browser = await launchChromium86();
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(WORK, { recursive: true, force: true });
  });

  test('it is the old core: Chromium 86.0.4240', async () => {
    expect(await browser.version()).toMatch(CHROMIUM_86_VERSION);
  });

  /** A page whose console errors, uncaught errors and requests are recorded, downloading into its own folder. */
  async function openPage(url: string, width: number, downloads: string, dark = false) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e: Error) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => requests.push(r.url()));
    mkdirSync(downloads, { recursive: true });
    const cdp = await page.target().createCDPSession();
    await cdp.send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.goto(url);
    return { page, errors, requests };
  }

  /** Clicks the element of that role whose whole text is `name`, once it is shown (puppeteer 5 has no role queries). */
  async function click(page: Page, name: string, role: 'button' | 'tab' = 'button'): Promise<void> {
    const xpath = `${role === 'tab' ? '//*[@role="tab"]' : '//button[not(@role)]'}[normalize-space(.)=${JSON.stringify(name)}]`;
    const element = await page.waitForXPath(xpath, { visible: true, timeout: 30_000 });
    if (!element) throw new Error(`no ${role} 「${name}」`);
    await element.click();
  }

  /**
   * The file the browser finished writing. Chromium reserves the final name with an empty file at once and writes
   * into NAME.crdownload beside it, so a download is done when its file is there, not empty, and nothing is in flight.
   */
  async function downloaded(folder: string, name: string | RegExp): Promise<string> {
    const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
    for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
      const names = readdirSync(folder);
      const done = names.find(matches);
      if (done && statSync(path.join(folder, done)).size > 0 && !names.some((n) => n.endsWith('.crdownload'))) return path.join(folder, done);
    }
    throw new Error(`no download ${String(name)} in ${folder}: ${readdirSync(folder).join(', ')}`);
  }

  async function chooseSample(page: Page, file = SAMPLE): Promise<void> {
    const input = await page.$('[data-testid="file-input"]');
    if (!input) throw new Error('no file input');
    await input.uploadFile(file);
  }

  const waitForText = (page: Page, text: string) => page.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout: 120_000 }, text);

  async function clerkRun(url: string, width: number, label: string, dark = false): Promise<void> {
    const downloads = path.join(WORK, `downloads-${label}`);
    const { page, errors, requests } = await openPage(url, width, downloads, dark);
    await page.screenshot({ path: path.join(SHOTS, `${label}-opened.png`), fullPage: true });
    await chooseSample(page);
    await waitForText(page, TITLE);
    const rows = await page.$$eval('section[aria-labelledby="wb-preview"] tbody tr', (trs) => trs.length);
    expect(rows).toBe(SAMPLE_WINDOWS);
    await page.screenshot({ path: path.join(SHOTS, `${label}-preview.png`), fullPage: true });

    await click(page, '生成排名');
    const copy = await downloaded(downloads, COPY_NAME);
    await page.waitForFunction(() => (document.querySelector('[data-testid="generate-status"]')?.textContent ?? '').includes('已生成工作表「8月考核结果」。'));
    await page.screenshot({ path: path.join(SHOTS, `${label}-generated.png`), fullPage: true });

    // The copy: the input's sheets and one more, named for the month.
    expect(await sheetNames(copy)).toEqual([...(await sheetNames(SAMPLE)), '8月考核结果']);

    expect(errors).toEqual([]);
    expect(requests.filter((r) => r !== url && !r.startsWith('blob:'))).toEqual([]);
    await page.close();
  }

  test('from file://, desktop width: the sample previewed (29 windows), 生成排名, the copy downloaded, no error', async () => {
    await clerkRun(pathToFileURL(html).href, 1280, 'file-desktop');
  });

  test('from file://, 350 px wide: the same', async () => {
    await clerkRun(pathToFileURL(html).href, 350, 'file-350');
  });

  test('from file://, 350 px wide, dark: the same', async () => {
    await clerkRun(pathToFileURL(html).href, 350, 'file-350-dark', true);
  });

  test('from a static web host: the same', async () => {
    const server = await serveDirectory(path.dirname(html));
    try {
      await clerkRun(`${server.url}/app.html`, 1280, 'http-desktop');
    } finally {
      await server.close();
    }
  });

  test('生成通报, then 保存 .docx (laid out in the page\'s .docx worker) on the sample, no error', async () => {
    const downloads = path.join(WORK, 'downloads-bulletin');
    const { page, errors } = await openPage(pathToFileURL(html).href, 1280, downloads);
    await chooseSample(page);
    await waitForText(page, TITLE);
    await click(page, '通报', 'tab');
    await click(page, '生成通报');
    const copy = await downloaded(downloads, /^weekly-bulletin-2023-38-2023年第\d+期周报\.xlsx$/u);
    const sheets = await sheetNames(copy);
    expect(sheets.slice(0, -1)).toEqual(await sheetNames(SAMPLE));
    expect(sheets[sheets.length - 1]).toMatch(/^2023年第\d+期周报$/u);
    await click(page, '保存 .docx');
    const docx = await downloaded(downloads, /\.docx$/u);
    const body = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string');
    expect(body).toContain('交通运输厅');
    await page.screenshot({ path: path.join(SHOTS, 'bulletin-desktop.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a workbook with errors: its problems, the cell shown among its neighbours, no download, 350 px', async () => {
    const downloads = path.join(WORK, 'downloads-problems');
    const { page, errors } = await openPage(pathToFileURL(html).href, 350, downloads);
    await chooseSample(page, path.join(ROOT, 'test', 'fixtures', 'many-problems.xlsx'));
    await page.waitForSelector('section[aria-labelledby="wb-problems"] li[data-severity="error"] button', { timeout: 120_000 });
    await page.click('section[aria-labelledby="wb-problems"] li[data-severity="error"] button');
    await page.waitForSelector('section[aria-label*="附近"] td[aria-current="true"]');
    await page.screenshot({ path: path.join(SHOTS, 'problems-350.png') });
    await click(page, '生成排名');
    await page.waitForFunction(() => /未生成排名/u.test(document.querySelector('[data-testid="generate-status"]')?.textContent ?? ''));
    expect(readdirSync(downloads)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
