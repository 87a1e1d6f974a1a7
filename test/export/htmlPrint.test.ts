/**
 * The --html page printed by headless Chromium (what a clerk gets from the browser's 打印): A4 pages, the text
 * block where GB/T 9704 puts it, and 「— N —」 at the foot of every page from the @page margin boxes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { renderBulletinHtml } from '../../src/export/html';
import { MARGIN_MM, PAGE_MM } from '../../src/export/gbt9704';
import { CHROMIUM_PATH, launchChromium } from '../e2e/browser';
import { PT_PER_MM } from './libreOfficePages';
import { referenceDocument } from './referenceDocument';
import { failWithoutTools } from '../support/requiredTools';

const missing = !existsSync(CHROMIUM_PATH)
  ? `no Chromium at ${CHROMIUM_PATH}`
  : spawnSync('sh', ['-c', 'command -v pdftotext'], { stdio: 'ignore' }).status !== 0
    ? 'pdftotext not installed (poppler-utils)'
    : null;
failWithoutTools(missing, 'The HTML print checks');
const describeWithChromium = missing ? describe.skip : describe;

describeWithChromium('the HTML bulletin printed by Chromium', () => {
  let browser: Browser;
  let bbox: string;
  const dir = mkdtempSync(join(tmpdir(), 'wb-print-'));

  beforeAll(async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.setContent(renderBulletinHtml(await referenceDocument()));
    // preferCSSPageSize: the page's own @page size and margins, as the print dialog takes them.
    writeFileSync(join(dir, 'b.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    bbox = execFileSync('pdftotext', ['-bbox', join(dir, 'b.pdf'), '-'], { encoding: 'utf8' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('A4 pages, each numbered 「— N —」 below the text block, odd pages at the right and even at the left', () => {
    const pages = bbox.split('<page ').slice(1);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((xml, i) => {
      const [, w, h] = /^width="([\d.]+)" height="([\d.]+)"/.exec(xml)!.map(Number);
      expect([Math.round(w / PT_PER_MM), Math.round(h / PT_PER_MM)]).toEqual([PAGE_MM.width, PAGE_MM.height]);
      const words = [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)];
      const number = words.filter((m) => m[4] === String(i + 1));
      const bottom = (PAGE_MM.height - MARGIN_MM.bottom) * PT_PER_MM;
      const own = number.find((m) => Number(m[2]) > bottom);
      expect(own).toBeDefined();
      const x = Number(own![1]);
      if (i % 2 === 0) expect(x).toBeGreaterThan((PAGE_MM.width / 2) * PT_PER_MM);
      else expect(x).toBeLessThan((PAGE_MM.width / 2) * PT_PER_MM);
    });
  });

  test('the text block starts at the top margin and the binding-side margin', () => {
    const first = /<page [^>]*>([\s\S]*?)<\/page>/.exec(bbox)![1];
    // Glyph boxes of CJK fonts reach far above the glyphs, so a word's middle stands for its line.
    const words = [...first.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => [Number(m[1]), (Number(m[2]) + Number(m[3])) / 2]);
    expect(Math.min(...words.map(([, y]) => y))).toBeGreaterThan(MARGIN_MM.top * PT_PER_MM);
    expect(Math.min(...words.map(([x]) => x))).toBeGreaterThan(MARGIN_MM.left * PT_PER_MM - 2);
    expect(readFileSync(join(dir, 'b.pdf')).length).toBeGreaterThan(0);
  });
});
