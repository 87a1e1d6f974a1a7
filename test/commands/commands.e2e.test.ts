/**
 * The ribbon command's pages in headless Chromium, under their own Content-Security-Policy: commands.html
 * registers generateRanking; a click runs it against the fake workbook (Excel.run stand-in); with data errors it
 * opens dialog.html, which shows the problems as text and whose 关闭 lets the command complete its event.
 * The scripts are bundled with esbuild from the same sources webpack builds (the webpack output itself is
 * checked by `npm run build`); the HTML is the committed templates, CSP included. Screenshot in test-output/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser';
import { serveDirectory, type RunningServer } from '../e2e/staticServer';

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(ROOT, '.tmp', `e2e-commands-${process.pid}`);
const SHOTS = path.join(ROOT, 'test-output');

let browser: Browser;
let server: RunningServer;

/** The committed template with the bundle's script tags added before </head>. */
function page(template: string, scripts: string[]): string {
  const html = readFileSync(path.join(ROOT, 'src/commands', template), 'utf8');
  // Deferred, in order, as HtmlWebpackPlugin injects them (scriptLoading: 'defer'): the harness runs first.
  const tags = scripts.map((s) => `<script defer src="${s}"></script>`).join('');
  return html.replace('</head>', `${tags}</head>`);
}

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(DIR, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  await build({
    entryPoints: {
      commands: path.join(ROOT, 'src/commands/commands.ts'),
      dialog: path.join(ROOT, 'src/commands/dialog.ts'),
      harness: path.join(ROOT, 'test/commands/browser/harness.ts'),
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    outdir: DIR,
    logLevel: 'warning',
  });
  writeFileSync(path.join(DIR, 'commands.html'), page('commands.html', ['harness.js', 'commands.js']));
  writeFileSync(path.join(DIR, 'dialog.html'), page('dialog.html', ['dialog.js']));
  server = await serveDirectory(DIR);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(DIR, { recursive: true, force: true });
});

const CSP_RECORDER = `window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });`;

/** A page that may only reach the local server (Office.js's CDN is blocked), with its errors collected. */
async function open(url: string, initScripts: string[] = []): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 480, height: 520 }, locale: 'zh-CN' });
  await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort('internetdisconnected')));
  await context.addInitScript(CSP_RECORDER);
  for (const s of initScripts) await context.addInitScript(s);
  const p = await context.newPage();
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error' && !/appsforoffice\.microsoft\.com/.test(m.location().url)) errors.push(`console: ${m.text()}`);
  });
  await p.goto(url);
  return { page: p, errors };
}

const csp = (p: Page) => p.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

interface Wb {
  registered(): string[];
  click(name: string): void;
  completed(): number;
  dialogs(): { url: string; closed: boolean }[];
  messageFromDialog(message: string): void;
  sheets(): string[];
  active(): string | null;
}
const wb = <T>(p: Page, f: (w: Wb) => T) => p.evaluate(`(${f.toString()})(window.__wb)`) as Promise<T>;

test('clean data: generateRanking writes and activates 「8月考核结果」, completes, opens no dialog', async () => {
  const { page: cmd, errors } = await open(`${server.url}/commands.html?scenario=clean`);
  await cmd.waitForFunction(() => (window as unknown as { __wb?: { registered(): string[] } }).__wb?.registered().includes('generateRanking'));
  await wb(cmd, (w) => w.click('generateRanking'));
  await cmd.waitForFunction(() => (window as unknown as { __wb: { completed(): number } }).__wb.completed() === 1);
  // The month is recorded in 「考核历史」 too (on by default), as the pane's generate does.
  expect(await wb(cmd, (w) => [w.sheets(), w.active(), w.dialogs().length])).toEqual([['考核', '8月考核结果', '考核历史'], '8月考核结果', 0]);
  expect(await csp(cmd)).toEqual([]);
  expect(errors).toEqual([]);
});

test('data errors: the dialog lists them as text under its CSP; 关闭 lets the command complete', async () => {
  const { page: cmd, errors } = await open(`${server.url}/commands.html?scenario=errors`);
  await cmd.waitForFunction(() => (window as unknown as { __wb?: { registered(): string[] } }).__wb?.registered().includes('generateRanking'));
  await wb(cmd, (w) => w.click('generateRanking'));
  await cmd.waitForFunction(() => (window as unknown as { __wb: { dialogs(): unknown[] } }).__wb.dialogs().length === 1);
  const [dialog] = await wb(cmd, (w) => w.dialogs());
  // The report is in the query, beside the _host_Info Office appends (the harness appends it as Office does).
  expect(dialog.url).toMatch(new RegExp(`^${server.url.replace(/[.]/g, '\\.')}/dialog\\.html\\?r=[\\w-]+&_host_Info=`));
  // The event stays open while the dialog is up: completing would unload the page and the dialog with it.
  expect(await wb(cmd, (w) => [w.completed(), w.sheets()])).toEqual([0, ['考核']]);

  const messages = `window.__sent = []; window.Office = { onReady: function (cb) { cb && cb(); return Promise.resolve({ host: 'Excel' }); },
    context: { ui: { messageParent: function (m) { window.__sent.push(m); } } } };`;
  const { page: dlg, errors: dialogErrors } = await open(dialog.url, [messages]);
  await dlg.waitForSelector('li');
  expect(await dlg.textContent('h1')).toBe('未生成排名');
  const items = await dlg.$$eval('li', (els) => els.map((e) => [e.className, e.textContent]));
  expect(items).toEqual([
    ['error', expect.stringContaining('「考核」!C4')],
    ['error', expect.stringContaining('「考核」!B7')],
  ]);
  expect(await dlg.$('b')).toBeNull(); // the workbook's "<b>满分</b>" is text, not markup
  // Styles arrive through the CSSOM: the error items really are styled (a red left border), with no CSP violation.
  expect(await dlg.$eval('li.error', (e) => getComputedStyle(e).borderLeftColor)).toBe('rgb(177, 14, 28)');
  expect(await csp(dlg)).toEqual([]);
  await dlg.screenshot({ path: path.join(SHOTS, 'ribbon-report-dialog.png') });
  await dlg.click('button');
  expect(await dlg.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual(['close']);

  await wb(cmd, (w) => w.messageFromDialog('close'));
  await cmd.waitForFunction(() => (window as unknown as { __wb: { completed(): number } }).__wb.completed() === 1);
  expect(await wb(cmd, (w) => w.dialogs()[0].closed)).toBe(true);
  expect(await csp(cmd)).toEqual([]);
  expect([...errors, ...dialogErrors]).toEqual([]);
});

test('a cell being edited: the dialog says to finish the edit first, and the workbook is as it was', async () => {
  const { page: cmd, errors } = await open(`${server.url}/commands.html?scenario=editing`);
  await cmd.waitForFunction(() => (window as unknown as { __wb?: { registered(): string[] } }).__wb?.registered().includes('generateRanking'));
  await wb(cmd, (w) => w.click('generateRanking'));
  await cmd.waitForFunction(() => (window as unknown as { __wb: { dialogs(): unknown[] } }).__wb.dialogs().length === 1);
  const [dialog] = await wb(cmd, (w) => w.dialogs());
  expect(await wb(cmd, (w) => w.sheets())).toEqual(['考核']);
  const { page: dlg, errors: dialogErrors } = await open(dialog.url);
  await dlg.waitForSelector('li');
  expect(await dlg.textContent('h1')).toBe('未生成排名');
  // Excel's refusal, not the data's: the summary does not send the clerk looking for a wrong cell.
  expect(await dlg.textContent('p')).toBe('Excel 没有执行这次生成，工作簿未作改动。请按下面的说明处理后再点“生成排名”。');
  expect(await dlg.textContent('li')).toMatch(/^请先结束单元格编辑，再生成排名。/);
  await dlg.screenshot({ path: path.join(SHOTS, 'ribbon-report-dialog-editing.png') });
  expect([...errors, ...dialogErrors]).toEqual([]);
});
