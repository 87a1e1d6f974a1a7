/**
 * End-to-end: the web page (dist/app.html, one self-contained file) opened from file:// in headless Chromium.
 * A clerk picks the real sample, generates, and receives a copy; LibreOffice reads the copy: every original sheet
 * as it was, the new sheet as the reference attachment. A workbook with errors shows them with the cell in its
 * context and gives no copy. A workbook saved by LibreOffice reads the same. No request leaves the page.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { PAGE_INITIAL_JS_BUDGET_GZ, measurePageLoad } from './appLoad';
import { ROOT, buildAppPage, openApp, parseCsv, savedByLibreOffice, sheetsByLibreOffice } from './appPage';
import { serveDirectory } from './staticServer';

jest.setTimeout(600_000);

const WORK = path.join(ROOT, '.tmp', `e2e-app-${process.pid}`);
const SAMPLE = path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx');
const TITLE = '2023年8月省政务服务大厅进驻部门（单位）窗口考核结果';
const golden = JSON.parse(readFileSync(path.join(ROOT, 'test', 'cli', 'golden', 'reference-attachment.json'), 'utf8')) as {
  title: string;
  rows: { rankLabel: string; window: string; base: number; deductionShown: number; bonus: number; score: number }[];
};

let browser: Browser;
let html: string;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(WORK, { recursive: true });
  html = buildAppPage(path.join(WORK, 'dist'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(WORK, { recursive: true, force: true });
});

/** Only the page itself and blob: URLs it made (its worker, its downloads): nothing over any network. */
function offMachine(requests: string[]): string[] {
  return requests.filter((url) => !url.startsWith('file://') && !url.startsWith('blob:'));
}

async function choose(page: Page, file: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
}

async function previewRows(page: Page): Promise<string> {
  await page.getByText(TITLE).waitFor({ timeout: 120_000 });
  return page.locator('section[aria-labelledby="wb-preview"]').innerText();
}

test(`the script the page parses before its first screen is usable is within ${PAGE_INITIAL_JS_BUDGET_GZ / 1024} KB gzipped; the rest runs once a file is chosen`, async () => {
  const measure = await measurePageLoad(browser, html, SAMPLE);
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`page initial JS: ${kb(measure.initialJsGzipBytes)} KB gz; usable after ${Math.round(measure.usableMs)} ms; after choosing a file: ${measure.laterScripts.map((s) => `${kb(s.gzipBytes)} KB gz`).join(', ')}`);
  expect(measure.scripts).toHaveLength(1);
  expect(measure.initialJsGzipBytes).toBeLessThanOrEqual(PAGE_INITIAL_JS_BUDGET_GZ);
  // The workspace's script was carried as text, not parsed at load: it ran when the file was chosen.
  expect(measure.laterScripts).toHaveLength(1);
});

test('the sample: chosen, previewed, generated; the download is the input plus the attachment sheet, read by LibreOffice', async () => {
  const app = await openApp(browser, html);
  const { page } = app;
  // The policy is in the page itself, so it holds wherever the file is opened from.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("connect-src 'none'");
  await choose(page, SAMPLE);
  const preview = await previewRows(page);
  expect(preview).toContain('交通运输厅');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成排名' }).click();
  const download: Download = await downloading;
  expect(download.suggestedFilename()).toBe('weekly-bulletin-2023-38-8月考核结果.xlsx');
  const copy = path.join(WORK, download.suggestedFilename());
  await download.saveAs(copy);
  // The footer's status line (the live region announces the same words).
  await page.getByTestId('generate-status').getByText('已生成工作表「8月考核结果」。').waitFor();
  // The copy stays offered on the page.
  expect(await page.getByTestId('output-link').getAttribute('download')).toBe('weekly-bulletin-2023-38-8月考核结果.xlsx');

  // A request the page tries itself is refused by its policy.
  const fetched = await page.evaluate(() =>
    fetch('http://127.0.0.1:9/').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(fetched).toBe('refused');
  expect(offMachine(app.requests)).toEqual([]);
  expect(app.errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
  await app.context.close();

  const original = sheetsByLibreOffice(SAMPLE);
  const copied = sheetsByLibreOffice(copy);
  expect([...copied.keys()].sort()).toEqual([...original.keys(), '8月考核结果'].sort());
  for (const [name, csv] of original) expect({ name, csv: copied.get(name) }).toEqual({ name, csv });

  const rows = parseCsv(copied.get('8月考核结果') ?? '');
  const titleAt = rows.findIndex((r) => r[0] === golden.title);
  expect(titleAt).toBeGreaterThan(0);
  expect(rows[titleAt + 1].map((h) => h.replace(/\s/g, ''))).toEqual(['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值']);
  const body = rows.slice(titleAt + 2).filter((r) => r.some((f) => f !== ''));
  expect(body).toEqual(golden.rows.map((r) => [r.rankLabel, r.window, String(r.base), String(r.deductionShown), String(r.bonus), String(r.score)]));
});

test('生成通报 on the sample: a copy with the bulletin sheet, then .docx saved and the bulletin copied as HTML, as in the pane', async () => {
  const app = await openApp(browser, html);
  const { page } = app;
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await choose(page, SAMPLE);
  await previewRows(page);
  // The bulletin has a tab of its own in the pane.
  await page.getByRole('tab', { name: '通报' }).click();
  const copying = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成通报' }).click();
  const copy = await copying;
  expect(copy.suggestedFilename()).toMatch(/^weekly-bulletin-2023-38-2023年第\d+期周报\.xlsx$/u);
  const copyPath = path.join(WORK, copy.suggestedFilename());
  await copy.saveAs(copyPath);
  await page.locator('#wb-panel-bulletin').getByText(/已生成通报工作表「.+」。/u).waitFor();

  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存 .docx' }).click();
  const docx = await saving;
  expect(docx.suggestedFilename()).toMatch(/\.docx$/u);
  const docxPath = path.join(WORK, docx.suggestedFilename());
  await docx.saveAs(docxPath);
  // Laid out in the page's .docx worker: a Word package whose body holds the bulletin (the attachment's windows too).
  const body = await (await JSZip.loadAsync(readFileSync(docxPath))).file('word/document.xml')?.async('string');
  expect(body).toContain('交通运输厅');
  expect(body).toContain(golden.title);

  await page.getByRole('button', { name: '复制为网页格式' }).click();
  await page.locator('#wb-panel-bulletin').getByText('已复制。', { exact: false }).waitFor();
  const copiedHtml = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const item = items.find((i) => i.types.includes('text/html'));
    return item ? (await item.getType('text/html')).text() : '';
  });
  expect(copiedHtml).toContain('交通运输厅');
  expect(offMachine(app.requests)).toEqual([]);
  await app.context.close();

  // LibreOffice reads the bulletin copy: the sample's sheets plus one more.
  const sheets = sheetsByLibreOffice(copyPath);
  expect(sheets.size).toBe(sheetsByLibreOffice(SAMPLE).size + 1);
});

test('新建模板 hands over the template workbook, which LibreOffice opens with the input sheets and their example rows', async () => {
  const app = await openApp(browser, html);
  const { page } = app;
  await choose(page, SAMPLE);
  await previewRows(page);
  await page.getByRole('tab', { name: '通报' }).click();
  // The hint says what the page's 新建模板 does: a workbook to download, not sheets added to this one.
  await page.locator('#wb-panel-bulletin').getByText('「新建模板」下载一个模板工作簿', { exact: false }).waitFor();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '新建模板' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('周报输入模板.xlsx');
  const file = path.join(WORK, download.suggestedFilename());
  await download.saveAs(file);
  await page.locator('#wb-panel-bulletin').getByText('已下载模板工作簿「周报输入模板.xlsx」', { exact: false }).waitFor();
  expect(offMachine(app.requests)).toEqual([]);
  await app.context.close();

  const sheets = sheetsByLibreOffice(file);
  expect([...sheets.keys()]).toEqual(expect.arrayContaining(['通报信息', '办件统计', '手册编制', '厅局长进大厅', '通报正文', '通报模板', '考核细则', '考核台账', '窗口名单']));
  // Each input sheet: its note, then its table's header and the reference week's example rows.
  const facts = parseCsv(sheets.get('通报信息') ?? '');
  expect(facts.some((r) => r.some((f) => f.includes('年度期号')))).toBe(true);
  expect(parseCsv(sheets.get('办件统计') ?? '').filter((r) => r.some((f) => f !== '')).length).toBeGreaterThan(2);
});

test('a workbook with errors: its problems with the cell shown among its neighbours, and no download', async () => {
  const app = await openApp(browser, html);
  const { page } = app;
  await choose(page, path.join(ROOT, 'test', 'fixtures', 'many-problems.xlsx'));
  const problems = page.locator('section[aria-labelledby="wb-problems"]');
  await problems.waitFor({ timeout: 120_000 });
  const first = problems.locator('li[data-severity="error"] button').first();
  const message = await first.innerText();
  expect(message).toMatch(/「.+」!?[A-Z]+\d+|「.+」第 ?\d+ ?行/u);
  await first.click();
  const view = page.locator('section[aria-label*="附近"]');
  await view.waitFor();
  // The cell the problem names is marked, inside a grid with Excel's row numbers and column letters.
  const focused = view.locator('td[aria-current="true"]');
  expect(await focused.count()).toBe(1);
  const [, column, row] = /!([A-Z]+)(\d+) 附近$/u.exec((await view.getAttribute('aria-label')) ?? '') ?? [];
  const at = await focused.evaluate((td) => ({ col: (td as HTMLTableCellElement).cellIndex, row: (td.parentElement as HTMLTableRowElement).rowIndex }));
  expect(await view.locator('thead th').nth(at.col).innerText()).toBe(column);
  expect(await view.locator('tr').nth(at.row).locator('th').innerText()).toBe(row);
  expect(message).toContain(`${column}${row}`);

  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: '生成排名' }).click();
  await page.getByTestId('generate-status').getByText(/未生成排名|no ranking/u).waitFor();
  expect(downloads).toBe(0);
  expect(await page.getByTestId('output-link').count()).toBe(0);
  expect(offMachine(app.requests)).toEqual([]);
  await app.context.close();
});

test('the settings stay with the page: a hall name typed in is there when the page is opened again', async () => {
  const app = await openApp(browser, html);
  await choose(app.page, SAMPLE);
  await previewRows(app.page);
  // Settings have a tab of their own; the title they change shows in the 排名 tab's preview.
  await app.page.getByRole('tab', { name: '设置' }).click();
  await app.page.getByLabel('大厅名称').fill('市政务服务中心');
  await app.page.getByRole('tab', { name: '排名' }).click();
  await app.page.getByText('2023年8月市政务服务中心进驻部门（单位）窗口考核结果').waitFor();
  await app.page.waitForFunction(() => (localStorage.getItem('window-bulletin.settings') ?? '').includes('市政务服务中心'));
  await app.page.reload();
  await choose(app.page, SAMPLE);
  await app.page.getByText('2023年8月市政务服务中心进驻部门（单位）窗口考核结果').waitFor({ timeout: 120_000 });
  await app.page.getByRole('tab', { name: '设置' }).click();
  expect(await app.page.getByLabel('大厅名称').inputValue()).toBe('市政务服务中心');
  await app.context.close();
});

test('from a static web host as well: the same page over http, and only the page itself is requested', async () => {
  const server = await serveDirectory(path.dirname(html));
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/app.html`);
    await choose(page, SAMPLE);
    await previewRows(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '生成排名' }).click();
    expect((await downloading).suggestedFilename()).toBe('weekly-bulletin-2023-38-8月考核结果.xlsx');
    expect(requests.filter((url) => !url.startsWith('blob:'))).toEqual([`${server.url}/app.html`]);
    await context.close();
  } finally {
    await server.close();
  }
});

test('a workbook dropped on the page opens as one chosen', async () => {
  const app = await openApp(browser, html);
  const transfer = await app.page.evaluateHandle(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name));
      return data;
    },
    { base64: readFileSync(SAMPLE).toString('base64'), name: 'weekly-bulletin-2023-38.xlsx' },
  );
  const zone = app.page.getByRole('region', { name: '把 .xlsx 工作簿拖到这里' });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  expect(await previewRows(app.page)).toContain('交通运输厅');
  expect(offMachine(app.requests)).toEqual([]);
  await app.context.close();
});

test('a file that is no workbook is refused in words, with the drop zone still there', async () => {
  const app = await openApp(browser, html);
  const notBook = path.join(WORK, 'not-a-workbook.xlsx');
  copyFileSync(path.join(ROOT, 'test', 'fixtures', 'not-a-workbook.xlsx'), notBook);
  await choose(app.page, notBook);
  await app.page.getByText('无法打开这个文件').waitFor({ timeout: 60_000 });
  expect(await app.page.getByText(/不是 .xlsx 工作簿|不是 Excel 工作簿/u).count()).toBeGreaterThan(0);
  expect(await app.page.getByTestId('file-input').count()).toBe(1);
  await app.context.close();
});

test('the sample as LibreOffice saves it reads the same, and its copy is generated', async () => {
  const lo = path.join(WORK, 'lo');
  mkdirSync(lo, { recursive: true });
  const saved = savedByLibreOffice(SAMPLE, lo);
  const fromExcel = await openApp(browser, html);
  await choose(fromExcel.page, SAMPLE);
  const expected = await previewRows(fromExcel.page);
  await fromExcel.context.close();

  const app = await openApp(browser, html);
  await choose(app.page, saved);
  expect(await previewRows(app.page)).toBe(expected);
  const downloading = app.page.waitForEvent('download');
  await app.page.getByRole('button', { name: '生成排名' }).click();
  expect((await downloading).suggestedFilename()).toBe('weekly-bulletin-2023-38-8月考核结果.xlsx');
  expect(offMachine(app.requests)).toEqual([]);
  await app.context.close();
});
