/**
 * The bundled sample workbook reproduces the reference bulletin: head, generated paragraphs and attachment,
 * in the document, in the bulletin sheet written into a copy of the workbook, and in the .docx text.
 */
import { composeBulletin } from '../../src/core/bulletin/compose';
import type { BulletinDocument } from '../../src/core/bulletin/document';
import { INDENT, planBulletinSheet } from '../../src/core/bulletin/sheetPlan';
import { readFileSync } from 'node:fs';
import type { SheetGrid } from '../../src/core/cell';
import { loadWorkbookBytes, loadWorkbookFile } from '../../src/xlsx/loadWorkbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { addSheetToPackage } from '../../src/xlsx/addSheet/addSheetToPackage';
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
} from './golden';
import { referenceBody } from './referenceBody';

const SAMPLE = 'samples/weekly-bulletin-2023-38.xlsx';

async function sample() {
  const loaded = await loadWorkbookFile(SAMPLE);
  if (!loaded.ok) throw new Error(loaded.problem.message);
  return { excel: loaded.excel, workbook: readWorkbook(loaded.excel).workbook };
}

function paragraphAfter(doc: BulletinDocument, heading: string): string {
  const i = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  return doc.blocks[i + 1].text;
}

describe('the sample workbook reproduces the reference bulletin', () => {
  let doc: BulletinDocument;

  beforeAll(async () => {
    const { workbook } = await sample();
    const outcome = composeBulletin(workbook);
    // The only thing worth a warning in the sample is the note row under its score table (as for `rank`).
    expect(outcome.problems.map((p) => [p.severity, p.code, p.sheet, p.cells])).toEqual([['warning', 'SKIPPED_ROW', '考核', ['B32']]]);
    expect(outcome.scoreSheet).toBe('考核');
    doc = outcome.document!;
  });

  test('head and foot', () => {
    expect(doc.head).toEqual(GOLDEN_HEAD);
    expect(doc.foot).toEqual(GOLDEN_FOOT);
  });

  test('sections in the reference order with its generated paragraphs', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings.slice(0, GOLDEN_HEADINGS.length)).toEqual(GOLDEN_HEADINGS);
    expect(paragraphAfter(doc, '（一）省本级综窗办件情况')).toBe(GOLDEN_STATISTICS);
    expect(paragraphAfter(doc, '（二）事项授权及受理手册编制推进情况')).toBe(GOLDEN_HANDBOOK);
    expect(paragraphAfter(doc, '三、厅（局）长进大厅')).toBe(GOLDEN_VISITS);
  });

  test('with default settings the body is the reference body exactly, heading for heading, paragraph for paragraph', () => {
    const body = [...doc.blocks.map((b) => b.text), doc.attachment!.bodyNote];
    expect(body).toEqual(referenceBody());
    expect(body.some((t) => t.includes('考核情况'))).toBe(false);
  });

  test('the attachment, row for row', () => {
    const a = doc.attachment!;
    expect(a.bodyNote).toBe(GOLDEN_ATTACHMENT_NOTE);
    expect(a.table.title).toBe(GOLDEN_ATTACHMENT_TITLE);
    expect(a.titleLines).toEqual(GOLDEN_ATTACHMENT_TITLE_LINES);
    expect(a.table.columns).toEqual(GOLDEN_ATTACHMENT_COLUMNS);
    expect(a.table.rows.map((r) => [r.rankLabel, r.window, r.text.base, r.text.deduction, r.text.bonus, r.text.score])).toEqual(GOLDEN_ATTACHMENT_ROWS);
  });

  test('the bulletin sheet, written into a copy of the workbook, holds the same text; the input sheets are unchanged', async () => {
    const { workbook: before } = await sample();
    const added = await addSheetToPackage(readFileSync(SAMPLE), planBulletinSheet(doc), SAMPLE);
    if (!added.ok) throw new Error(added.problem.message);
    const name = added.sheetName;
    const loaded = await loadWorkbookBytes(added.bytes, 'copy');
    if (!loaded.ok) throw new Error(loaded.problem.message);
    const after = readWorkbook(loaded.excel).workbook;
    for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)!.values).toEqual(sheet.values);

    const grid = after.sheets.find((s) => s.name === name) as SheetGrid;
    expect(name).toBe('2023年第38期周报');
    const cells = grid.values.map((r) => r.filter((v) => v !== null));
    const text = cells.map((r) => (typeof r[0] === 'string' ? r[0].replace(new RegExp(`^${INDENT}`), '') : r[0]));
    expect(cells.slice(0, 4)).toEqual([[GOLDEN_HEAD.name], [GOLDEN_HEAD.issueLine], [GOLDEN_HEAD.dateRange], [GOLDEN_HEAD.unit, GOLDEN_HEAD.issueDate]]);
    for (const s of [...GOLDEN_HEADINGS, GOLDEN_STATISTICS, GOLDEN_HANDBOOK, GOLDEN_VISITS, GOLDEN_ATTACHMENT_NOTE, GOLDEN_ATTACHMENT_TITLE_LINES.join('\n'), ...Object.values(GOLDEN_FOOT)]) {
      expect(text).toContain(s);
    }
    const header = cells.findIndex((r) => r[0] === '排名');
    expect(cells[header]).toEqual(GOLDEN_ATTACHMENT_COLUMNS);
    const body = cells.slice(header + 1).filter((r) => r.length >= 5 && typeof r[r.length - 1] === 'number');
    // The table runs onto a second page inside the tie at 20 (四川气象局, 四川省税务局): the header is written
    // again there and the rank repeated, so the page does not start with a blank rank. Otherwise the reference.
    const pageTop = cells.slice(header + 1).findIndex((r) => r[0] === '排名');
    expect(pageTop).toBeGreaterThan(0);
    const repeated = GOLDEN_ATTACHMENT_ROWS.map((r, i) => (i === pageTop && r[0] === '' ? ['20', ...r.slice(1)] : r));
    expect(repeated).not.toEqual(GOLDEN_ATTACHMENT_ROWS);
    expect(body.map((r) => (r.length === 5 ? ['', ...r] : r).map(String))).toEqual(repeated);
  });
});
