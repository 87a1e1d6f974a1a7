/**
 * Fuzz (issue 5): the sample bulletin workbook with random cells of its input sheets (通报信息, 办件统计, 手册编制,
 * 厅局长进大厅, 通报正文, 通报模板) and of its score sheet overwritten by values of every kind a cell can hold —
 * odd text, numbers out of any range, dates, error values, booleans, blanks — then made into a bulletin and
 * rendered to every output. The bulletin must always come out, or every problem be reported (each naming a
 * sheet that exists) with no document; nothing may throw, and each case must be quick.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { cellError, type CellValue, type SheetGrid, type Workbook } from '../../src/core/cell';
import { composeBulletin } from '../../src/core/bulletin/compose';
import { planBulletinSheet } from '../../src/core/bulletin/sheetPlan';
import { renderBulletinDocx } from '../../src/export/docx';
import { renderBulletinHtml } from '../../src/export/html';
import { renderBulletinText } from '../../src/export/text';
import { streamWorkbookBytes } from '../../src/xlsx/streamWorkbook';

const SAMPLE = readFileSync(path.join(__dirname, '..', '..', 'samples', 'weekly-bulletin-2023-38.xlsx'));
/** The sample's bulletin takes a few ms; the docx render the most. A case that crawls is a fault. */
const CASE_LIMIT_MS = 3_000;

const ODD_TEXT = [
  '', ' ', '十', '１２．５', '−3', '1e999999999', '-0', '.', '1,000', '50%', '５０％', '2023年8月', '2023-13-45', '二〇二三年十二月',
  '第38期', '第-1期', '第99999999999期', '#DIV/0!', '=SUM(A1)', '+86', '@x', '<script>alert(1)</script>', '{ PAGE }', '\u0013 HYPERLINK "x" \u0014',
  '\u200b', '\ufeff', 'a\nb\r\nc', '\t', '𠮷野家', '水利厅', '办件量', '好评率', '窗口', '合计', 'x'.repeat(5000),
];

const value: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 1e15, 99.80000000000001) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#VALUE!', '#REF!', '#DIV/0!').map(cellError) },
);

/**
 * Which sheet (by index, wrapped); which cell: mostly one that holds something (a fact, a count, a heading — where a
 * change matters), else anywhere in the sheet's extent and a little beyond; and what value.
 */
const edit = fc.record({
  sheet: fc.nat(),
  filled: fc.option(fc.nat(), { freq: 3, nil: undefined }),
  row: fc.double({ min: 0, max: 1.1, noNaN: true }),
  col: fc.double({ min: 0, max: 1.2, noNaN: true }),
  value,
});

/** [row, col] of every cell of the sheet that holds a value. */
function filledCells(sheet: SheetGrid): [number, number][] {
  return sheet.values.flatMap((cells, r) => cells.flatMap((v, c) => (v === null || v === undefined || v === '' ? [] : [[r, c] as [number, number]])));
}

function edited(base: Workbook, edits: { sheet: number; filled?: number; row: number; col: number; value: CellValue }[]): Workbook {
  const sheets: SheetGrid[] = base.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  for (const e of edits) {
    const sheet = sheets[e.sheet % sheets.length];
    const width = Math.max(1, ...sheet.values.map((r) => r.length));
    const filled = e.filled === undefined ? [] : filledCells(sheet);
    const [row, col] = filled.length > 0 ? filled[e.filled! % filled.length] : [Math.floor(e.row * Math.max(1, sheet.values.length)), Math.floor(e.col * width)];
    while (sheet.values.length <= row) sheet.values.push([]);
    const cells = sheet.values[row];
    while (cells.length < col) cells.push(null);
    cells[col] = e.value;
  }
  return { sheets };
}

describe('a bulletin workbook with random cells overwritten', () => {
  let base: Workbook;
  beforeAll(async () => {
    const read = await streamWorkbookBytes(SAMPLE, 'sample.xlsx');
    if (!read.ok) throw new Error(read.problem.message);
    base = read.workbook;
  });

  it('still makes the bulletin as it is (the property below is not vacuous)', () => {
    expect(composeBulletin(edited(base, [])).document).not.toBeNull();
  });

  it('makes the bulletin and every output, or reports its problems, never throws, and is quick', async () => {
    let made = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
        const wb = edited(base, edits);
        const started = Date.now();
        const composed = composeBulletin(wb);
        const names = new Set(wb.sheets.map((s) => s.name));
        for (const p of composed.problems) {
          expect(p.message.length).toBeGreaterThan(0);
          if (p.sheet !== undefined) expect(names.has(p.sheet)).toBe(true);
        }
        if (composed.document === null) {
          expect(composed.problems.some((p) => p.severity === 'error')).toBe(true);
        } else {
          made++;
          expect(composed.problems.every((p) => p.severity === 'warning')).toBe(true);
          expect(renderBulletinText(composed.document).length).toBeGreaterThan(0);
          expect(renderBulletinHtml(composed.document)).not.toMatch(/<script>/u);
          expect((await renderBulletinDocx(composed.document)).length).toBeGreaterThan(0);
          planBulletinSheet(composed.document);
        }
        expect(Date.now() - started).toBeLessThan(CASE_LIMIT_MS);
      }),
      { numRuns: 150 },
    );
    // Many edits still leave a bulletin to make; if none did, the outputs above were never exercised.
    expect(made).toBeGreaterThan(10);
  }, 180_000);
});
