/**
 * Helpers for the web page's e2e test: building dist/app.html into a folder, opening it from file:// in Chromium
 * with every request recorded, and reading workbooks through LibreOffice (../shared/tools/xlsx2csv.sh).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
const XLSX2CSV = path.resolve(ROOT, '../shared/tools/xlsx2csv.sh');

export function buildAppPage(outDir: string): string {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-app.mjs'), '--outDir', outDir], { cwd: ROOT, stdio: 'pipe' });
  return path.join(outDir, 'app.html');
}

export interface OpenApp {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, from the first load on. */
  requests: string[];
  errors: string[];
}

export async function openApp(browser: Browser, htmlFile: string, options: { width?: number; height?: number; dark?: boolean } = {}): Promise<OpenApp> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.dark ? 'dark' : 'light',
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(htmlFile).href);
  return { context, page, requests, errors };
}

/** Every sheet of a workbook as LibreOffice reads it, formulas recalculated: sheet name → CSV text. */
export function sheetsByLibreOffice(file: string): Map<string, string> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'wb-csv-'));
  try {
    const stem = path.basename(file, '.xlsx');
    execFileSync(XLSX2CSV, [file, out, 'all'], { stdio: 'pipe', timeout: 240_000 });
    const sheets = new Map<string, string>();
    for (const name of readdirSync(out)) sheets.set(name.slice(stem.length + 1, -'.csv'.length), readFileSync(path.join(out, name), 'utf8'));
    return sheets;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** A workbook saved by LibreOffice itself (as WPS and LibreOffice users' files are): `soffice --convert-to xlsx`. */
export function savedByLibreOffice(file: string, outDir: string): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'wb-lo-'));
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, file],
      { stdio: 'pipe', timeout: 240_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outDir, path.basename(file));
}

/** CSV text → rows of fields (quotes and doubled quotes as LibreOffice writes them). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
