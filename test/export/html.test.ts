/**
 * @jest-environment jsdom
 *
 * The HTML of the reference week, parsed back as a browser (and Word's paste) would: the golden text, inline faces
 * with fallbacks in pt, the table with borders and its header in <thead>, 附件 on a new page; and every piece of
 * text escaped, so markup or formula text in a cell stays text.
 */
import type { BulletinDocument } from '../../src/core/bulletin/document';
import { escapeHtml, renderBulletinHtml } from '../../src/export/html';
import { renderBulletinText } from '../../src/export/text';
import {
  GOLDEN_ATTACHMENT_COLUMNS,
  GOLDEN_ATTACHMENT_NOTE,
  GOLDEN_ATTACHMENT_ROWS,
  GOLDEN_ATTACHMENT_TITLE,
  GOLDEN_FOOT,
  GOLDEN_HANDBOOK,
  GOLDEN_HEAD,
  GOLDEN_STATISTICS,
  GOLDEN_VISITS,
} from '../bulletin/golden';
import { referenceDocument } from './referenceDocument';

let doc: BulletinDocument;
let html: string;
let page: Document;

beforeAll(async () => {
  doc = await referenceDocument();
  html = renderBulletinHtml(doc);
  page = new DOMParser().parseFromString(html, 'text/html');
});

/** The font-family list as names, however the parser quotes them. */
function families(style: CSSStyleDeclaration): string[] {
  return style.fontFamily.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
}

function paragraph(text: string): HTMLParagraphElement {
  const p = [...page.querySelectorAll('p')].find((e) => e.textContent === text);
  if (!p) throw new Error(`no paragraph 「${text}」`);
  return p;
}

describe('the HTML of the reference week', () => {
  test('a self-contained document: no scripts, styles sheets, links or images to load', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.querySelector('meta[charset="utf-8"]')).not.toBeNull();
    expect(page.querySelectorAll('script, link, img, iframe, object')).toHaveLength(0);
    // One style element, in the head, for printing only: the page and its numbers (@page rules, nothing loaded).
    const styles = [...page.querySelectorAll('style')];
    expect(styles.map((s) => s.parentElement?.tagName.toLowerCase())).toEqual(['head']);
    expect(styles[0].textContent!.trim().split('\n').every((rule) => rule.startsWith('@page'))).toBe(true);
    expect(html).not.toMatch(/\b(src|href)=/);
  });

  test('the golden head, paragraphs, attachment note and foot, each a paragraph of its own', () => {
    for (const s of [GOLDEN_HEAD.name, GOLDEN_HEAD.issueLine, GOLDEN_HEAD.dateRange, GOLDEN_STATISTICS, GOLDEN_HANDBOOK, GOLDEN_VISITS, GOLDEN_ATTACHMENT_NOTE, GOLDEN_ATTACHMENT_TITLE, ...Object.values(GOLDEN_FOOT)]) {
      expect(paragraph(s)).toBeTruthy();
    }
    const unitCells = [...page.querySelectorAll('table')[0].querySelectorAll('td')].map((td) => td.textContent);
    expect(unitCells).toEqual([GOLDEN_HEAD.unit, GOLDEN_HEAD.issueDate]);
  });

  test('inline faces with fallbacks and sizes in pt: red 方正小标宋 name, 仿宋 body on a 28.95 pt line, 黑体 and 楷体 headings', () => {
    const name = paragraph(GOLDEN_HEAD.name).style;
    expect(families(name)).toEqual(['方正小标宋简体', '宋体', '方正小标宋_GBK', '华文中宋', 'STZhongsong', 'SimSun', 'Noto Serif CJK SC', 'serif']);
    expect(name.fontSize).toBe('36pt');
    expect(name.color).toMatch(/^(#FF0000|rgb\(255, 0, 0\))$/i);
    const body = paragraph(GOLDEN_STATISTICS).style;
    expect(families(body)).toEqual(['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC', 'serif']);
    expect([body.fontSize, body.lineHeight, body.textIndent]).toEqual(['16pt', '28.95pt', '2em']);
    expect(families(paragraph('一、综窗改革攻坚行动').style)).toEqual(['黑体', 'SimHei', 'Microsoft YaHei', 'Noto Sans CJK SC', 'sans-serif']);
    expect(families(paragraph('（一）省本级综窗办件情况').style)).toEqual(['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti', 'Noto Serif CJK SC', 'serif']);
  });

  test('附件 in 黑体 on a new page, the table bordered with its header row in <thead> and the reference rows', () => {
    const label = paragraph('附件').style;
    expect(label.pageBreakBefore).toBe('always');
    expect(families(label)[0]).toBe('黑体');
    const table = page.querySelectorAll('table')[1];
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(GOLDEN_ATTACHMENT_COLUMNS);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual(GOLDEN_ATTACHMENT_ROWS);
    const cell = table.querySelector('td')!.style;
    expect(cell.border).toMatch(/0\.5pt solid/);
    expect(cell.fontSize).toBe('12pt');
  });
});

describe('text in the HTML is escaped', () => {
  test('the five markup characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(escapeHtml('一行\n二行')).toBe('一行<br>二行');
  });

  test('cells and paragraphs with markup or formula text stay text', () => {
    const hostile = ['<script>alert("x")</script>', '=HYPERLINK("http://evil.example","点我")', "<img src=x onerror='alert(1)'>", 'A&B <b>粗</b>'];
    const d: BulletinDocument = {
      ...doc,
      blocks: hostile.map((text) => ({ kind: 'paragraph' as const, text, source: 'free-text' as const })),
      attachment: { ...doc.attachment!, table: { ...doc.attachment!.table, rows: doc.attachment!.table.rows.slice(0, 4).map((r, i) => ({ ...r, window: hostile[i] })) } },
    };
    const out = renderBulletinHtml(d);
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)');
    const parsed = new DOMParser().parseFromString(out, 'text/html');
    expect(parsed.querySelectorAll('script, img, b')).toHaveLength(0);
    expect([...parsed.querySelectorAll('table')[1].querySelectorAll('tbody td:nth-child(2)')].map((td) => td.textContent)).toEqual(hostile);
    for (const h of hostile) expect([...parsed.querySelectorAll('p')].map((p) => p.textContent)).toContain(h);
  });
});

describe('the plain text beside the HTML on the clipboard', () => {
  test('paragraphs indented, table rows with tabs, the foot', () => {
    const text = renderBulletinText(doc).split('\n');
    expect(text).toContain(`\u3000\u3000${GOLDEN_STATISTICS}`);
    expect(text).toContain(GOLDEN_ATTACHMENT_COLUMNS.join('\t'));
    for (const row of GOLDEN_ATTACHMENT_ROWS) expect(text).toContain(row.join('\t'));
    expect(text).toContain(GOLDEN_FOOT.printRun);
  });
});
