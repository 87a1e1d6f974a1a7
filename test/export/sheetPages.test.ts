/**
 * The bulletin sheet and the result sheet (rank --out) of the reference week, written by the file host and laid
 * out by LibreOffice: every page numbered 「— N —」 in the footer, no page of the table starting with a blank rank
 * (a tie group split by a page break shows its rank again), and no level-1 heading left alone at a page's foot.
 * Skipped, with the reason, only where LibreOffice or poppler is not installed.
 */
import ExcelJS from 'exceljs';
import { planAttachmentSheet } from '../../src/core/attachmentPlan';
import type { BulletinDocument } from '../../src/core/bulletin/document';
import { planBulletinSheet } from '../../src/core/bulletin/sheetPlan';
import type { SheetPlan } from '../../src/core/plan';
import { addPlanSheet } from '../../src/xlsx/writePlan';
import { missingTools, pageRows, renderWithLibreOffice, type RenderedPdf } from './libreOfficePages';
import { referenceDocument } from './referenceDocument';
import { failWithoutTools } from '../support/requiredTools';

const missing = missingTools();
failWithoutTools(missing, 'The sheet page checks');
const describeWithLibreOffice = missing ? describe.skip : describe;

async function render(plan: SheetPlan): Promise<RenderedPdf> {
  const excel = new ExcelJS.Workbook();
  addPlanSheet(excel, plan);
  return renderWithLibreOffice(new Uint8Array(await excel.xlsx.writeBuffer()), 'sheet.xlsx');
}

/** Per page, the line after each table header line (排名 部门窗口 …): the first row of the table on that page. */
function firstRowsAfterHeader(pdf: RenderedPdf): string[] {
  const firsts: string[] = [];
  for (let page = 1; page <= pdf.pages; page++) {
    const rows = pageRows(pdf, page);
    const header = rows.findIndex((r) => r.startsWith('排名部门窗口'));
    if (header >= 0 && rows[header + 1]) firsts.push(rows[header + 1]);
  }
  return firsts;
}

/** The last row of each page: where the footer's page number is. */
function pageNumbers(pdf: RenderedPdf): string[] {
  return Array.from({ length: pdf.pages }, (_, i) => pageRows(pdf, i + 1).at(-1) ?? '');
}

describeWithLibreOffice('the reference week\'s sheets on the page (LibreOffice)', () => {
  let doc: BulletinDocument;
  let bulletin: RenderedPdf;
  let result: RenderedPdf;

  beforeAll(async () => {
    doc = await referenceDocument();
    [bulletin, result] = [await render(planBulletinSheet(doc)), await render(planAttachmentSheet(doc.attachment!.table, '8月考核结果'))];
  }, 240_000);

  test('every page of both sheets carries 「— N —」 at its foot', () => {
    expect(bulletin.pages).toBeGreaterThan(1);
    expect(pageNumbers(bulletin)).toEqual(Array.from({ length: bulletin.pages }, (_, i) => `—${i + 1}—`));
    expect(pageNumbers(result)).toEqual(Array.from({ length: result.pages }, (_, i) => `—${i + 1}—`));
  });

  test('no page of the attachment table starts with a blank rank, in the bulletin sheet or the result sheet', () => {
    for (const pdf of [bulletin, result]) {
      const firsts = firstRowsAfterHeader(pdf);
      expect(firsts.length).toBeGreaterThan(0);
      expect(firsts.filter((t) => !/^\d/.test(t))).toEqual([]);
    }
    // The reference week's table does run onto a second page in the bulletin sheet, inside a tie group.
    expect(firstRowsAfterHeader(bulletin).length).toBeGreaterThan(1);
  });

  test('no level-1 heading is the last line of a page', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text);
    for (let page = 1; page <= bulletin.pages; page++) {
      const rows = pageRows(bulletin, page).filter((r) => !/^—\d+—$/.test(r));
      expect(headings).not.toContain(rows.at(-1)?.replace(/^\u3000+/u, ''));
    }
  });
});
