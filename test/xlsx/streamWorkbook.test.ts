/**
 * The streaming read gives the engine the same Workbook as the in-memory ExcelJS read, on every workbook of the
 * bad-input corpus and the sample: same sheets in the same order, same values cell by cell (dates, errors,
 * booleans, rich text, cached formula results), same merges and tables, the same warnings — and where ExcelJS
 * cannot read a file, the streaming read refuses it too with the same kind of problem.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadWorkbookFile } from '../../src/xlsx/loadWorkbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { streamWorkbookFile } from '../../src/xlsx/streamWorkbook';

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
