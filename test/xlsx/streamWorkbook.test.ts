/**
 * The streaming read gives the engine the same Workbook as the in-memory ExcelJS read, on every workbook of the
 * bad-input corpus and the sample: same sheets in the same order, same values cell by cell (dates, errors,
 * booleans, rich text, cached formula results), same merges and tables, the same warnings — and where ExcelJS
 * cannot read a file, the streaming read refuses it too with the same kind of problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { loadWorkbookBytes, loadWorkbookFile } from '../../src/xlsx/loadWorkbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { streamWorkbookBytes, streamWorkbookFile } from '../../src/xlsx/streamWorkbook';
import { xlsxBytes } from './workbookFixtures';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const FILES = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(FIXTURES, f)),
  path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx'),
];

describe('streamWorkbookFile equals loadWorkbookFile + readWorkbook', () => {
  it('covers the whole corpus', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(FILES.map((f) => [path.relative(ROOT, f), f]))('%s', async (_, file) => {
    const loaded = await loadWorkbookFile(file);
    const streamed = await streamWorkbookFile(file);
    if (!loaded.ok) {
      expect(streamed.ok).toBe(false);
      if (!streamed.ok) expect(streamed.problem.code).toBe(loaded.problem.code);
      return;
    }
    expect(streamed.ok).toBe(true);
    if (!streamed.ok) return;
    const expected = readWorkbook(loaded.excel);
    expect(streamed.workbook.sheets.map((s) => s.name)).toEqual(expected.workbook.sheets.map((s) => s.name));
    for (let i = 0; i < expected.workbook.sheets.length; i++) {
      expect(streamed.workbook.sheets[i]).toEqual(expected.workbook.sheets[i]);
    }
    expect(streamed.problems).toEqual(expected.problems);
  }, 30_000);
});

/** A cell value ExcelJS can write, of every kind a clerk's workbook holds. */
const TRICKY_TEXT = ['a & b', '<script>', '"quoted" \'single\'', '_x000D_ literal', ' 前后空格 ', '=1+1', '窗口\n换行', 'a\r\nb', '😀 emoji', ''];
const cellArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom(...TRICKY_TEXT),
  fc.boolean(),
  fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!').map((error) => ({ error })),
  fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2050, 0, 1)), noInvalidDate: true }),
  fc.constantFrom(...TRICKY_TEXT).map((text) => ({ richText: [{ text, font: { bold: true } }, { text: '尾' }] })),
  fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant({ error: '#N/A' }), fc.constant(undefined)).map((result) => ({
    formula: 'A1+1',
    result,
  })),
  fc.constant(null),
);

const sheetArb = fc.record({
  origin: fc.record({ row: fc.integer({ min: 1, max: 5 }), col: fc.integer({ min: 1, max: 5 }) }),
  rows: fc.array(fc.array(cellArb, { maxLength: 7 }), { maxLength: 12 }),
  /** Merged areas, placed at distinct rows so they never overlap. */
  merges: fc.uniqueArray(fc.record({ row: fc.integer({ min: 1, max: 18 }), col: fc.integer({ min: 1, max: 8 }), cols: fc.integer({ min: 2, max: 3 }) }), {
    maxLength: 3,
    selector: (m) => m.row,
  }),
});

describe('streamWorkbookBytes equals the ExcelJS read on random workbooks', () => {
  it('same grids and warnings for random values, formulas, dates, rich text and merges on several sheets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const bytes = await xlsxBytes((wb) => {
          sheets.forEach((s, i) => {
            const ws = wb.addWorksheet(`表${i + 1}`);
            s.rows.forEach((cells, r) =>
              cells.forEach((v, c) => {
                if (v === null) return;
                const cell = ws.getCell(s.origin.row + r, s.origin.col + c);
                cell.value = v as ExcelJS.CellValue;
                if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
              }),
            );
            for (const m of s.merges) ws.mergeCells(m.row, m.col, m.row, m.col + m.cols - 1);
          });
        });
        const loaded = await loadWorkbookBytes(bytes, 'random.xlsx');
        const streamed = await streamWorkbookBytes(bytes, 'random.xlsx');
        expect(loaded.ok && streamed.ok).toBe(true);
        if (!loaded.ok || !streamed.ok) return;
        const expected = readWorkbook(loaded.excel);
        expect(streamed.workbook).toEqual(expected.workbook);
        expect(streamed.problems).toEqual(expected.problems);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('positions beyond a worksheet (XFD1048576) make the file unreadable, the sheet named', () => {
  // A damaged or hand-made part must not make the grid reach column 321,272,406 (ZZZZZZ) or row 99,999,999,999:
  // the reader would try to build it and the process would die (found by test/hardening/damagedPackages.test.ts).
  const SAMPLE = path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx');
  const spoiled = async (spoil: (xml: string) => string): Promise<Buffer> => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const part = 'xl/worksheets/sheet1.xml';
    zip.file(part, spoil(await zip.file(part)!.async('string')));
    return zip.generateAsync({ type: 'nodebuffer' });
  };
  it.each([
    ['a cell past column XFD', (xml: string) => xml.replace(/<c r="([A-Z]+)(\d+)"/u, '<c r="ZZZZZZ$2"'), '单元格引用“ZZZZZZ'],
    ['a cell on row 0', (xml: string) => xml.replace(/<c r="([A-Z]+)(\d+)"/u, '<c r="$10"'), '单元格引用“'],
    ['a row past 1,048,576', (xml: string) => xml.replace('</sheetData>', '<row r="99999999999"><c><v>1</v></c></row></sheetData>'), '行号“99999999999”'],
    ['a cell without r past column XFD', (xml: string) => xml.replace('</sheetData>', `<row r="1048576">${'<c><v>1</v></c>'.repeat(16_385)}</row></sheetData>`), '第 1048576 行第 16385 列'],
  ])('%s', async (_label, spoil, said) => {
    const read = await streamWorkbookBytes(await spoiled(spoil), '坏.xlsx');
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problem.message).toContain('“坏.xlsx”无法作为 .xlsx 工作簿读取');
      expect(read.problem.message).toMatch(/工作表「[^」]+」：/u);
      expect(read.problem.message).toContain(said);
      expect(read.problem.message).toContain('XFD1048576');
    }
  });
});
