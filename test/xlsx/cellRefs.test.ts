/** Worksheets without row and cell references (as case-management exports write them) are read in document order. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { numberRowsAndCells } from '../../src/xlsx/cellRefs';
import { loadWorkbookBytes } from '../../src/xlsx/loadWorkbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

describe('numberRowsAndCells', () => {
  it('numbers rows after the last numbered one and cells after the last placed one', () => {
    const xml =
      '<worksheet><cols><col min="1" max="2"/></cols><sheetData>' +
      '<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c></row>' +
      '<row><c t="inlineStr"><is><t>x</t></is></c><c/><c r="E4"><v>3</v></c><c><v>4</v></c></row>' +
      '<row/></sheetData></worksheet>';
    expect(numberRowsAndCells(xml)).toBe(
      '<worksheet><cols><col min="1" max="2"/></cols><sheetData>' +
        '<row r="3"><c r="B3"><v>1</v></c><c r="C3"><v>2</v></c></row>' +
        '<row r="4"><c r="A4" t="inlineStr"><is><t>x</t></is></c><c r="B4"/><c r="E4"><v>3</v></c><c r="F4"><v>4</v></c></row>' +
        '<row r="5"/></sheetData></worksheet>',
    );
  });
});

describe('loading an export without references', () => {
  it('reads every cell where Excel shows it', async () => {
    const file = path.join(__dirname, '..', 'fixtures', 'inline-strings-export.xlsx');
    const loaded = await loadWorkbookBytes(readFileSync(file), 'export.xlsx');
    if (!loaded.ok) throw new Error(loaded.problem.message);
    const [sheet] = readWorkbook(loaded.excel).workbook.sheets;
    expect(sheet.name).toBe('导出数据');
    expect(sheet.values[3]).toEqual(['生态环境厅', 100, 0, 10, 110]); // the row whose cells have no r attribute
  });
});
