/**
 * The .docx of the reference week, read back: GB/T 9704 page and margins, the face and size of every part, the
 * attachment on a new page with its header row repeated, the page-number field in the footers, the golden text;
 * and text that looks like a formula, a field code or markup stays text.
 */
import type { BulletinDocument } from '../../src/core/bulletin/document';
import { renderBulletinDocx } from '../../src/export/docx';
import {
  GOLDEN_ATTACHMENT_COLUMNS,
  GOLDEN_ATTACHMENT_NOTE,
  GOLDEN_ATTACHMENT_ROWS,
  GOLDEN_ATTACHMENT_TITLE,
  GOLDEN_ATTACHMENT_TITLE_LINES,
  GOLDEN_FOOT,
  GOLDEN_HANDBOOK,
  GOLDEN_HEAD,
  GOLDEN_HEADINGS,
  GOLDEN_STATISTICS,
  GOLDEN_VISITS,
} from '../bulletin/golden';
import { docxParts, paragraphs, paragraphWith, part, tableRows, type DocxParagraph } from './docxParts';
import { referenceDocument } from './referenceDocument';

let doc: BulletinDocument;
let parts: Map<string, string>;
let body: string;
let paras: DocxParagraph[];

beforeAll(async () => {
  doc = await referenceDocument();
  parts = await docxParts(await renderBulletinDocx(doc));
  body = part(parts, 'word/document.xml');
  paras = paragraphs(body);
});

/** Every run of the paragraph in one face and size (and colour). */
function look(p: DocxParagraph) {
  const runs = p.runs.filter((r) => r.text !== '');
  const faces = [...new Set(runs.map((r) => r.eastAsia))];
  const sizes = [...new Set(runs.map((r) => r.sizePt))];
  const colors = [...new Set(runs.map((r) => r.color))];
  expect(faces).toHaveLength(1);
  expect(sizes).toHaveLength(1);
  return { face: faces[0], size: sizes[0], color: colors.length === 1 ? colors[0] : colors };
}

describe('the .docx of the reference week', () => {
  test('A4 with the GB/T 9704 margins: top 37, bottom 35, left 28, right 26 mm; odd and even footers', () => {
    const sectPr = /<w:sectPr>.*<\/w:sectPr>/s.exec(body)![0];
    expect(sectPr).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mm = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(/<w:pgMar [^>]*>/.exec(sectPr)![0])![1]) / (1440 / 25.4);
    expect(mm('top')).toBeCloseTo(37, 1);
    expect(mm('bottom')).toBeCloseTo(35, 1);
    expect(mm('left')).toBeCloseTo(28, 1);
    expect(mm('right')).toBeCloseTo(26, 1);
    expect(sectPr).toMatch(/<w:footerReference w:type="default"/);
    expect(sectPr).toMatch(/<w:footerReference w:type="even"/);
    expect(part(parts, 'word/settings.xml')).toMatch(/<w:evenAndOddHeaders\/>/);
  });

  test('the red head: the name in red 小初 方正小标宋简体, the issue line and week, the unit and date above a red rule', () => {
    expect(look(paragraphWith(paras, GOLDEN_HEAD.name))).toEqual({ face: '方正小标宋简体', size: 36, color: 'FF0000' });
    expect(look(paragraphWith(paras, GOLDEN_HEAD.issueLine)).face).toBe('楷体_GB2312');
    expect(look(paragraphWith(paras, GOLDEN_HEAD.dateRange)).face).toBe('楷体_GB2312');
    const unitLine = paragraphWith(paras, GOLDEN_HEAD.unit + GOLDEN_HEAD.issueDate);
    expect(unitLine.xml).toMatch(/<w:tab\/>/);
    expect(unitLine.pPr).toMatch(/<w:bottom w:val="single" w:color="FF0000" w:sz="18"/);
    expect(unitLine.pPr).toMatch(/<w:tab w:val="right"/);
  });

  test('body in 3号仿宋_GB2312 on a fixed 28.95 pt line (579 twips), first line indented two characters', () => {
    for (const text of [GOLDEN_STATISTICS, GOLDEN_HANDBOOK, GOLDEN_VISITS]) {
      const p = paragraphWith(paras, text);
      expect(look(p)).toMatchObject({ face: '仿宋_GB2312', size: 16 });
      expect(p.pPr).toMatch(/<w:spacing [^>]*w:line="579" w:lineRule="exact"/);
      expect(p.pPr).toMatch(/<w:ind w:firstLine="640"\/>/);
      expect(p.runs[0].text).toBe(text);
    }
  });

  test('headings: 一、 in 黑体 and （一） in 楷体_GB2312, 3号, kept with the next paragraph', () => {
    for (const h of GOLDEN_HEADINGS) {
      const p = paragraphWith(paras, h);
      expect(look(p)).toMatchObject({ face: /^[一二三四五]、/.test(h) ? '黑体' : '楷体_GB2312', size: 16 });
      expect(p.pPr).toMatch(/<w:keepNext\/>/);
    }
  });

  test('the attachment: its note after the body, then 附件 in 3号黑体 on a new page, the title in 2号方正小标宋简体', () => {
    const texts = paras.map((p) => p.text);
    expect(texts.indexOf(GOLDEN_ATTACHMENT_NOTE)).toBeGreaterThan(texts.indexOf(GOLDEN_VISITS));
    const label = paragraphWith(paras, '附件');
    expect(label.pPr).toMatch(/<w:pageBreakBefore\/>/);
    expect(look(label)).toMatchObject({ face: '黑体', size: 16 });
    expect(paras.filter((p) => /<w:pageBreakBefore\/>|<w:br w:type="page"\/>/.test(p.xml))).toEqual([label]);
    const title = GOLDEN_ATTACHMENT_TITLE_LINES.join('\n');
    expect(texts.indexOf(title)).toBe(texts.indexOf('附件') + 1);
    expect(look(paragraphWith(paras, title))).toMatchObject({ face: '方正小标宋简体', size: 22 });
  });

  test('the table: the header row repeats on every page (tblHeader), rows do not split, the reference rows with blank tie ranks', () => {
    const rows = tableRows(body);
    expect(rows[0].cells).toEqual(GOLDEN_ATTACHMENT_COLUMNS);
    expect(rows[0].xml).toMatch(/<w:tblHeader\/>/);
    expect(rows.slice(1).filter((r) => /<w:tblHeader/.test(r.xml))).toEqual([]);
    expect(rows.every((r) => /<w:cantSplit\/>/.test(r.xml))).toBe(true);
    expect(rows.slice(1).map((r) => r.cells)).toEqual(GOLDEN_ATTACHMENT_ROWS);
    const header = paragraphs(rows[0].xml)[0];
    const cell = paragraphs(rows[1].xml)[1];
    expect(look(header).face).toBe('黑体');
    expect(look(cell).face).toBe('仿宋_GB2312');
    expect(body).toMatch(/<w:tblLayout w:type="fixed"\/>/);
  });

  test('the foot: a text box at the bottom of the text block, after the table: rule, 送, 发, thin rule, print run flush right, last rule', () => {
    const box = /<w:txbxContent>(.*?)<\/w:txbxContent>/s.exec(body);
    expect(box).not.toBeNull();
    expect(body.indexOf('<w:txbxContent>')).toBeGreaterThan(body.indexOf(GOLDEN_ATTACHMENT_TITLE));
    const anchor = /<wp:anchor [^>]*>(.*?)<\/wp:anchor>/s.exec(body)![1];
    expect(anchor).toMatch(/<wp:positionV relativeFrom="margin"><wp:align>bottom<\/wp:align><\/wp:positionV>/);
    expect(anchor).toMatch(/<wp:positionH relativeFrom="margin"><wp:align>center<\/wp:align><\/wp:positionH>/);
    expect(anchor).toContain('<wp:wrapTopAndBottom/>');
    expect(anchor).toMatch(/<wps:bodyPr [^>]*anchor="b"/);
    const inner = paragraphs(box![1]);
    expect(inner.map((p) => p.text)).toEqual(['', GOLDEN_FOOT.send, GOLDEN_FOOT.distribute, '', GOLDEN_FOOT.printRun, '']);
    const ruleSize = (p: DocxParagraph) => /<w:pBdr><w:bottom w:val="single" w:sz="(\d+)"/.exec(p.pPr)?.[1];
    expect([inner[0], inner[3], inner[5]].map(ruleSize)).toEqual(['8', '6', '8']);
    expect(look(inner[1])).toMatchObject({ face: '仿宋_GB2312', size: 14 });
    expect(inner[4].pPr).toMatch(/<w:jc w:val="right"\/>/);
    // Nothing of the foot is left in the text flow.
    const flow = body.replace(box![0], '');
    for (const line of Object.values(GOLDEN_FOOT)) expect(flow).not.toContain(line);
  });

  test('page numbers 「— N —」 in 4号宋体 from the PAGE field, odd pages right, even pages left', () => {
    const footers = [...parts.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => part(parts, n));
    expect(footers).toHaveLength(2);
    const sides = footers.map((xml) => {
      expect(xml).toMatch(/<w:fldChar w:fldCharType="begin"\/>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*<w:fldChar w:fldCharType="end"\/>/s);
      const p = paragraphs(xml)[0];
      expect(p.text).toBe('—  —');
      expect(p.runs.filter((r) => r.text !== '').every((r) => r.eastAsia === '宋体' && r.sizePt === 14)).toBe(true);
      return /<w:jc w:val="(\w+)"/.exec(p.pPr)![1];
    });
    expect(sides.sort()).toEqual(['left', 'right']);
  });

  test('the font table names each face with a fallback and the GB2312 charset', () => {
    const fonts = part(parts, 'word/fontTable.xml');
    for (const [name, alt] of [['仿宋_GB2312', '仿宋'], ['楷体_GB2312', '楷体'], ['方正小标宋简体', '宋体'], ['黑体', 'SimHei'], ['宋体', 'SimSun']]) {
      expect(fonts).toContain(`<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/>`);
    }
  });

  test('the document text holds the golden head, paragraphs, attachment and foot', () => {
    const texts = paras.map((p) => p.text);
    for (const s of [...Object.values(GOLDEN_HEAD).filter((v) => v !== GOLDEN_HEAD.unit && v !== GOLDEN_HEAD.issueDate), ...GOLDEN_HEADINGS, GOLDEN_STATISTICS, GOLDEN_HANDBOOK, GOLDEN_VISITS, GOLDEN_ATTACHMENT_NOTE, GOLDEN_ATTACHMENT_TITLE_LINES.join('\n'), GOLDEN_FOOT.send, GOLDEN_FOOT.distribute, GOLDEN_FOOT.printRun]) {
      expect(texts).toContain(s);
    }
  });
});

const HOSTILE = ['=HYPERLINK("http://evil.example","点我")', '{ PAGE }', '<script>alert("x")</script>', "@SUM(A1:A2)&'x'", '+1-1', 'REF \\h { HYPERLINK "x" }'];

describe('text from the workbook stays text in the .docx', () => {
  test('cells and paragraphs that look like formulas, field codes or markup become plain runs; control characters are dropped', async () => {
    const base = await referenceDocument();
    const hostile: BulletinDocument = {
      ...base,
      head: { ...base.head, unit: '{ HYPERLINK "http://evil.example" }' },
      blocks: [...base.blocks, ...HOSTILE.map((text) => ({ kind: 'paragraph' as const, text, source: 'free-text' as const })), { kind: 'paragraph', text: 'bell\u0007here', source: 'free-text' }],
      attachment: {
        ...base.attachment!,
        table: { ...base.attachment!.table, rows: base.attachment!.table.rows.map((r, i) => ({ ...r, window: HOSTILE[i % HOSTILE.length] })) },
      },
    };
    const hp = await docxParts(await renderBulletinDocx(hostile));
    const xml = part(hp, 'word/document.xml');
    expect(xml).not.toMatch(/<w:fldSimple|<w:instrText|<w:fldChar|<w:hyperlink|<script/);
    expect(part(hp, 'word/_rels/document.xml.rels')).not.toMatch(/hyperlink/);
    const texts = paragraphs(xml).map((p) => p.text);
    for (const h of HOSTILE) expect(texts).toContain(h);
    expect(texts).toContain('bellhere');
    expect(tableRows(xml).slice(1).map((r) => r.cells[1])).toEqual(hostile.attachment!.table.rows.map((r) => r.window));
    expect(paragraphs(xml).find((p) => p.text.startsWith('{ HYPERLINK'))!.text).toBe('{ HYPERLINK "http://evil.example" }2023年10月17日');
  });

  test('a line break typed in a cell stays a line break in its paragraph', async () => {
    const base = await referenceDocument();
    const withBreak: BulletinDocument = { ...base, blocks: [{ kind: 'paragraph', text: '第一行\n第二行', source: 'free-text' }] };
    const xml = part(await docxParts(await renderBulletinDocx(withBreak)), 'word/document.xml');
    expect(paragraphs(xml).map((p) => p.text)).toContain('第一行\n第二行');
  });
});

describe('a bulletin without an attachment', () => {
  test('no page break, no table, the foot right after the body', async () => {
    const base = await referenceDocument();
    const xml = part(await docxParts(await renderBulletinDocx({ ...base, attachment: null })), 'word/document.xml');
    expect(xml).not.toMatch(/<w:pageBreakBefore\/>|<w:tbl>/);
    const texts = paragraphs(xml).map((p) => p.text);
    expect(texts).not.toContain(GOLDEN_ATTACHMENT_NOTE);
    const lastBlock = texts.indexOf(base.blocks[base.blocks.length - 1].text);
    expect(texts.slice(lastBlock + 1).filter((t) => t !== '')).toEqual([GOLDEN_FOOT.send, GOLDEN_FOOT.distribute, GOLDEN_FOOT.printRun]);
  });
});
