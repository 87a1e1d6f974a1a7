#!/usr/bin/env node
/**
 * Draws the add-in's icons as SVG and rasterises them with the system Chromium (playwright-core), into assets/:
 *   icon-{16,32,64,80,128}.png      podium 2-1-3 with a medal over the winner: the add-in and 生成排名
 *   bulletin-{16,32,64,80}.png      a sheet with a ranked list, gold/silver/bronze marks: 考核通报 (the pane)
 * Each size is drawn for its grid (bars and lines on whole pixels, detail dropped where it would blur), not
 * downscaled from one large picture, so the 16 px ribbon icons stay crisp.
 *
 * Usage: node scripts/make-icons.mjs [outDir]     (CHROMIUM_PATH overrides /usr/bin/chromium)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, 'assets'));

// Office's icon palette leans on a few flat colours; Excel green for the podium, medal colours for the ranks.
const GREEN = '#217346';
const GREEN_DARK = '#185c37';
const GOLD = '#e3a21a';
const GOLD_DARK = '#b07a0c';
const SILVER = '#9aa4ad';
const BRONZE = '#c26a2e';
const INK = '#3b3b3b';
const PAPER = '#ffffff';

/** One rectangle; coordinates in pixels of the target size. */
const rect = (x, y, w, h, fill, extra = '') => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" ${extra}/>`;

/** A digit centred in a bar, white, only where the bar is wide enough to hold a legible one. */
function digit(text, cx, baseline, size) {
  return `<text x="${cx}" y="${baseline}" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="${size}" fill="#fff" text-anchor="middle">${text}</text>`;
}

/** Podium: 2nd left, 1st (tallest) centre, 3rd right, on a base line; a medal above the winner from 32 px up. */
function podiumSvg(s) {
  const u = s / 16; // the 16 px design, scaled; positions rounded to whole pixels at each size
  const r = (v) => Math.round(v * u);
  const base = r(15);
  const barW = r(4.3);
  const gap = Math.max(1, r(0.5));
  const x2 = r(1);
  const x1 = x2 + barW + gap;
  const x3 = x1 + barW + gap;
  const h1 = s <= 16 ? 9 : r(7);
  const h2 = s <= 16 ? 6 : r(5);
  const h3 = s <= 16 ? 4 : r(4);
  const parts = [];
  parts.push(rect(x2, base - h2, barW, h2, SILVER));
  parts.push(rect(x1, base - h1, barW, h1, GREEN));
  parts.push(rect(x3, base - h3, barW, h3, BRONZE));
  parts.push(rect(x2 - gap, base, x3 + barW + 2 * gap - x2, Math.max(1, r(1)), GREEN_DARK));
  if (s <= 16) {
    // At 16 px a gold square over the winner is all the medal that stays sharp.
    parts.push(rect(x1 + Math.round((barW - 3) / 2), base - h1 - 4, 3, 3, GOLD));
    return svgDocument(s, parts);
  }
  // The medal: a ribbon of two bands meeting at its top, then the disc with a darker rim ("1" on it from 64 px).
  const medalR = r(2.3);
  const medalCx = x1 + barW / 2;
  const medalCy = base - h1 - gap - medalR;
  const band = Math.max(1, r(0.9));
  const bandTop = medalCy - medalR - r(1.4);
  parts.push(`<path d="M${medalCx - medalR} ${bandTop} L${medalCx - band} ${medalCy - medalR + 1} L${medalCx + band} ${medalCy - medalR + 1} L${medalCx + medalR} ${bandTop} Z" fill="${GREEN_DARK}"/>`);
  parts.push(`<circle cx="${medalCx}" cy="${medalCy}" r="${medalR}" fill="${GOLD}" stroke="${GOLD_DARK}" stroke-width="${Math.max(1, r(0.3))}"/>`);
  if (s >= 64) {
    // Rank digits on the steps: at 32 px they would be 5 px tall smudges, so they start at 64.
    parts.push(digit('1', medalCx, medalCy + medalR * 0.45, Math.round(medalR * 1.3)));
    const size = Math.round(barW * 0.62);
    const baseline = (h) => base - h + size + r(0.7);
    parts.push(digit('1', x1 + barW / 2, baseline(h1), size));
    parts.push(digit('2', x2 + barW / 2, baseline(h2), size));
    parts.push(digit('3', x3 + barW / 2, baseline(h3), size));
  }
  return svgDocument(s, parts);
}

/** Bulletin: a sheet with a folded corner and three ranked rows (gold, silver, bronze mark + a text line). */
function bulletinSvg(s) {
  const u = s / 16;
  const r = (v) => Math.round(v * u);
  const left = r(2);
  const top = r(1);
  const w = r(12);
  const h = r(14);
  const fold = r(3.5);
  const stroke = Math.max(1, r(0.75));
  const half = stroke / 2;
  const parts = [];
  parts.push(
    `<path d="M${left + half} ${top + half} H${left + w - fold} L${left + w - half} ${top + fold} V${top + h - half} H${left + half} Z" fill="${PAPER}" stroke="${INK}" stroke-width="${stroke}" stroke-linejoin="round"/>`,
  );
  parts.push(`<path d="M${left + w - fold} ${top + half} V${top + fold} H${left + w - half}" fill="none" stroke="${INK}" stroke-width="${stroke}" stroke-linejoin="round"/>`);
  const marks = [GOLD, SILVER, BRONZE];
  const rowH = s <= 16 ? 3 : r(3);
  const firstRow = s <= 16 ? 5 : r(4.8);
  const markW = s <= 16 ? 2 : r(2.2);
  const lineH = Math.max(1, s <= 16 ? 1 : r(0.9));
  marks.forEach((color, i) => {
    const y = firstRow + i * rowH;
    const mx = left + r(2);
    if (s <= 16) parts.push(rect(mx, y, markW, 2, color));
    else parts.push(`<circle cx="${mx + markW / 2}" cy="${y + markW / 2}" r="${markW / 2}" fill="${color}"/>`);
    const lx = mx + markW + Math.max(1, r(1));
    const lineW = left + w - r(2) - lx - (i === 0 ? 0 : r(i));
    parts.push(rect(lx, y + Math.round((markW - lineH) / 2), lineW, lineH, i === 0 ? GREEN : INK));
  });
  return svgDocument(s, parts);
}

function svgDocument(s, parts) {
  // At 16 px anti-aliasing turns 1 px edges and the sheet's fold into grey smears: draw those on whole pixels.
  const rendering = s <= 16 ? 'crispEdges' : 'geometricPrecision';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}" shape-rendering="${rendering}">${parts.join('')}</svg>`;
}

const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ file: `icon-${size}.png`, size, svg: podiumSvg(size) })),
  ...[16, 32, 64, 80].map((size) => ({ file: `bulletin-${size}.png`, size, svg: bulletinSvg(size) })),
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--force-device-scale-factor=1'],
});
try {
  mkdirSync(outDir, { recursive: true });
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${icon.svg}</body></html>`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    writeFileSync(path.join(outDir, icon.file), png);
    await page.close();
    console.log(`${icon.file}  ${icon.size}×${icon.size}  ${png.length} 字节`);
  }
} finally {
  await browser.close();
}
