/**
 * The reference week's .docx as LibreOffice lays it out, measured on its pages against GB/T 9704: 28 characters
 * of 3号 to a full line, 22 lines to a full page on the 28.95 pt pitch, the attachment from the top of a new page,
 * its title broken between words, and the 版记 at the foot of the last page with its last rule on the text block's
 * bottom edge. Skipped, with the reason, only where LibreOffice or poppler is not installed.
 */
import type { BulletinDocument } from '../../src/core/bulletin/document';
import { renderBulletinDocx } from '../../src/export/docx';
import { BODY_CHARS_PER_LINE, BODY_LINE_PT, BODY_LINES_PER_PAGE, MARGIN_MM, PAGE_MM, TEXT_BLOCK_MM } from '../../src/export/gbt9704';
import { GOLDEN_ATTACHMENT_NOTE, GOLDEN_FOOT } from '../bulletin/golden';
import { isFullWidth, missingTools, PT_PER_MM, renderWithLibreOffice, type RenderedPdf, type TextLine } from './libreOfficePages';
import { referenceDocument } from './referenceDocument';
import { failWithoutTools } from '../support/requiredTools';

const missing = missingTools();
failWithoutTools(missing, 'The .docx page checks');
const describeWithLibreOffice = missing ? describe.skip : describe;

const LEFT = MARGIN_MM.left * PT_PER_MM;
const RIGHT = (PAGE_MM.width - MARGIN_MM.right) * PT_PER_MM;
const TOP = MARGIN_MM.top * PT_PER_MM;
const BOTTOM = (MARGIN_MM.top + TEXT_BLOCK_MM.height) * PT_PER_MM;
/** Tolerance for positions read off the PDF: a rule is a point or so thick, glyph boxes differ from line boxes. */
const SLACK = 2;

describeWithLibreOffice('the reference .docx on the page (LibreOffice)', () => {
  let doc: BulletinDocument;
  let pdf: RenderedPdf;
  const inBlock = (l: TextLine) => l.yMax <= BOTTOM + SLACK && l.yMin >= TOP - BODY_LINE_PT;
  const onPage = (page: number) => pdf.lines.filter((l) => l.page === page && inBlock(l));
  const pageOf = (text: string) => pdf.lines.find((l) => l.text === text)?.page ?? -1;

  beforeAll(async () => {
    doc = await referenceDocument();
    pdf = renderWithLibreOffice(await renderBulletinDocx(doc), 'bulletin.docx');
  }, 180_000);

  test('a full line of the body holds 28 characters of 3号', () => {
    // Lines of CJK text only, starting at the text block's left edge and reaching its right edge (justified).
    const full = pdf.lines.filter(
      (l) => [...l.text].every(isFullWidth) && Math.abs(l.xMin - LEFT) < SLACK && Math.abs(l.xMax - RIGHT) < 16 && l.yMax - l.yMin < 24,
    );
    expect(full.length).toBeGreaterThanOrEqual(10);
    expect(full.filter((l) => [...l.text].length !== BODY_CHARS_PER_LINE).map((l) => l.text)).toEqual([]);
    expect(BODY_CHARS_PER_LINE).toBe(28);
  });

  test('22 lines a page on the 28.95 pt pitch; a page of body text is full', () => {
    const attachmentPage = pageOf('附件');
    const perPage: number[] = [];
    for (let page = 2; page < attachmentPage; page++) {
      const lines = onPage(page).filter((l) => l.xMax <= RIGHT + SLACK && l.yMax - l.yMin < 24);
      perPage.push(lines.length);
      for (let i = 1; i < lines.length; i++) {
        const steps = (lines[i].yMin - lines[0].yMin) / BODY_LINE_PT;
        expect(Math.abs(steps - Math.round(steps))).toBeLessThan(0.05);
      }
      expect(lines.length).toBeLessThanOrEqual(BODY_LINES_PER_PAGE);
    }
    // Pages 2 and 3 are all body text in the reference week: both hold the full 22 lines.
    expect(perPage.slice(0, 2)).toEqual([BODY_LINES_PER_PAGE, BODY_LINES_PER_PAGE]);
  });

  test('the attachment starts at the top left of a new page, after the page with its note', () => {
    const label = pdf.lines.find((l) => l.text === '附件')!;
    expect(label).toBeDefined();
    const first = onPage(label.page)[0];
    expect(first).toBe(label);
    expect(Math.abs(label.xMin - LEFT)).toBeLessThan(SLACK);
    expect(label.yMin).toBeGreaterThan(TOP - SLACK);
    expect(label.yMax).toBeLessThan(TOP + BODY_LINE_PT);
    const note = pdf.lines.filter((l) => GOLDEN_ATTACHMENT_NOTE.startsWith(l.text.slice(0, 6)) && l.text.startsWith('附件：'));
    expect(note.map((l) => l.page)).toEqual([label.page - 1]);
  });

  test('the attachment title is set in the lines titleLines gives, 「（单位）」 whole, no line wrapping again', () => {
    const label = pdf.lines.find((l) => l.text === '附件')!;
    const after = onPage(label.page).filter((l) => l.yMin > label.yMax);
    const title = after.slice(0, doc.attachment!.titleLines.length).map((l) => l.text);
    expect(title).toEqual(doc.attachment!.titleLines);
    expect(title.join('')).toBe(doc.attachment!.table.title);
    expect(title.some((line) => line.includes('（单位）'))).toBe(true);
  });

  test('the 版记 is at the foot of the last page: its lines the lowest text, its last rule on the bottom edge', () => {
    const last = pdf.pages;
    const send = pdf.lines.find((l) => l.text === GOLDEN_FOOT.send)!;
    const run = pdf.lines.find((l) => l.text === GOLDEN_FOOT.printRun)!;
    expect([send.page, run.page]).toEqual([last, last]);
    const lowest = onPage(last).sort((a, b) => b.yMax - a.yMax)[0];
    expect(lowest).toBe(run);
    // Dark rows as wide as the text block (less a little): the 版记's three rules, the last on the bottom edge.
    const rules = pdf.rules(last, (RIGHT - LEFT) * 0.95).filter((y) => y > send.yMin - BODY_LINE_PT);
    const lastRule = Math.max(...rules);
    expect(lastRule).toBeGreaterThan(run.yMax);
    expect(Math.abs(lastRule - BOTTOM)).toBeLessThan(SLACK);
    expect(BOTTOM - run.yMax).toBeLessThan(BODY_LINE_PT);
  });
});
