/**
 * The bulletin as one self-contained HTML document for the clipboard (复制为网页格式) and `--html`. Word and WPS
 * keep inline styles when HTML is pasted, and little else, so every element carries its own: font-family lists
 * with fallbacks, sizes and line heights in pt, borders on the table cells, page-break-before on 「附件」. The
 * table's header sits in <thead>, which Word turns into a repeated header row. All text is escaped.
 */
import type { BulletinBlock, BulletinDocument } from '../core/bulletin/document';
import type { FontSpec } from '../core/plan';
import { BULLETIN_FONTS as F, cssFontFamily, PAGE_NUMBER_FONT } from './fonts';
import { BODY_LINE_PT, FIRST_LINE_INDENT_CHARS, FOOT_RULE_PT, HEAD_RULE_PT, MARGIN_MM, PAGE_NUMBER_GAP_MM, TABLE_COLUMN_SHARES, TEXT_BLOCK_MM } from './gbt9704';
import { textLines } from './plainText';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: the five markup characters escaped, line breaks typed in a cell kept as <br>. */
export function escapeHtml(text: string): string {
  return textLines(text)
    .map((line) => line.replace(/[&<>"']/g, (c) => ESCAPES[c]))
    .join('<br>');
}

function font(spec: FontSpec): string {
  return `font-family:${cssFontFamily(spec)};font-size:${spec.size}pt;${spec.color ? `color:${spec.color};` : ''}${spec.bold ? 'font-weight:bold;' : ''}`;
}

/** A <p> with zero margins (Word adds its own space after a pasted paragraph otherwise). */
function p(text: string, spec: FontSpec, style: string): string {
  return `<p style="margin:0;${font(spec)}${style}">${escapeHtml(text)}</p>`;
}

const LINE = `line-height:${BODY_LINE_PT}pt;`;

function bodyText(text: string, spec: FontSpec): string {
  return p(text, spec, `${LINE}text-indent:${FIRST_LINE_INDENT_CHARS}em;text-align:justify;`);
}

function headingFont(level: 1 | 2 | 3): FontSpec {
  return level === 1 ? F.heading1 : level === 2 ? F.heading2 : F.body;
}

function block(b: BulletinBlock): string {
  return b.kind === 'heading' ? bodyText(b.text, headingFont(b.level)) : bodyText(b.text, F.body);
}

function head(doc: BulletinDocument): string {
  const cellStyle = `padding:0;border:none;${font(F.unitLine)}`;
  return [
    p(doc.head.name, F.name, `line-height:${F.name.size * 1.6}pt;text-align:center;`),
    p(doc.head.issueLine, F.issueLine, `${LINE}text-align:center;`),
    p(doc.head.dateRange, F.issueLine, `${LINE}text-align:center;`),
    // The unit left and the date right on one line: a borderless two-cell table is what survives a paste.
    `<table style="width:100%;border-collapse:collapse;margin-top:12pt;border-bottom:${HEAD_RULE_PT}pt solid ${F.name.color};"><tr>` +
      `<td style="${cellStyle}text-align:left;">${escapeHtml(doc.head.unit)}</td>` +
      `<td style="${cellStyle}text-align:right;">${escapeHtml(doc.head.issueDate)}</td></tr></table>`,
    `<p style="margin:0;${LINE}">&nbsp;</p>`,
  ].join('\n');
}

function attachment(doc: BulletinDocument): string {
  const a = doc.attachment;
  if (!a) return '';
  const border = 'border:0.5pt solid #000000;';
  const cell = (tag: 'th' | 'td', text: string, spec: FontSpec, i: number) =>
    `<${tag} style="${border}padding:0 3pt;width:${Math.round(TABLE_COLUMN_SHARES[i] * 100)}%;text-align:center;vertical-align:middle;${font(spec)}${tag === 'th' ? 'font-weight:normal;' : ''}">${escapeHtml(text)}</${tag}>`;
  const rows = a.table.rows.map(
    (r) => `<tr style="height:22pt;page-break-inside:avoid;">${[r.rankLabel, r.window, r.text.base, r.text.deduction, r.text.bonus, r.text.score].map((t, i) => cell('td', t, F.tableBody, i)).join('')}</tr>`,
  );
  return [
    p(a.bodyNote, F.body, `${LINE}margin-top:${BODY_LINE_PT}pt;padding-left:5em;text-indent:-3em;`),
    p(a.label, F.attachmentLabel, `${LINE}page-break-before:always;`),
    p(a.titleLines.join('\n'), F.attachmentTitle, `line-height:${F.attachmentTitle.size * 1.5}pt;margin-top:${BODY_LINE_PT}pt;margin-bottom:${F.attachmentTitle.size * 0.75}pt;text-align:center;`),
    `<table style="width:100%;border-collapse:collapse;${border}">`,
    `<thead><tr style="height:30pt;">${a.table.columns.map((c, i) => cell('th', c, F.tableHeader, i)).join('')}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`,
  ].join('\n');
}

function foot(doc: BulletinDocument): string {
  const rule = `${FOOT_RULE_PT}pt solid #000000`;
  const line = (text: string, extra: string) => p(text, F.foot, `${LINE}padding:0 1em 0 3em;text-indent:-2em;${extra}`);
  return [
    `<p style="margin:0;${LINE}">&nbsp;</p>`,
    line(doc.foot.send, `border-top:${rule};`),
    line(doc.foot.distribute, `border-bottom:${rule};`),
    p(doc.foot.printRun, F.foot, `${LINE}text-align:right;padding-right:1em;`),
  ].join('\n');
}

/** The body's content: one block 156 mm wide, the GB/T 9704 text width. */
export function renderBulletinHtmlBody(doc: BulletinDocument): string {
  return [
    `<div style="width:${TEXT_BLOCK_MM.width}mm;margin:0 auto;${font(F.body)}">`,
    head(doc),
    ...doc.blocks.map(block),
    attachment(doc),
    foot(doc),
    '</div>',
  ]
    .filter((s) => s !== '')
    .join('\n');
}

/**
 * Printing the page (--html, then the browser's 打印): A4 with GB/T 9704's margins, so the 156 mm block is the text
 * block; and 「— N —」 in 4号宋体 7 mm under it, odd pages at the right and even at the left, one character in, in
 * the page's margin boxes. Browsers without margin boxes (before Chromium 131, Firefox, Safari) print no numbers
 * and keep everything else; pasted into Word the rule is dropped, as Word keeps inline styles only.
 */
export function printStyle(): string {
  const number = (side: 'left' | 'right') =>
    `@bottom-${side}{content:"— " counter(page) " —";vertical-align:top;padding-top:${PAGE_NUMBER_GAP_MM}mm;` +
    `padding-${side}:1em;font-family:${cssFontFamily(PAGE_NUMBER_FONT)};font-size:${PAGE_NUMBER_FONT.size}pt;}`;
  return [
    '<style>',
    `@page{size:A4;margin:${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm;}`,
    `@page :right{${number('right')}}`,
    `@page :left{${number('left')}}`,
    '</style>',
  ].join('\n');
}

export function renderBulletinHtml(doc: BulletinDocument): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(`${doc.head.name} ${doc.head.issueLine}`)}</title>`,
    printStyle(),
    '</head>',
    '<body style="margin:0;background:#ffffff;">',
    renderBulletinHtmlBody(doc),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
