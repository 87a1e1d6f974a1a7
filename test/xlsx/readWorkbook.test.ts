import { cellError } from '../../src/core/cell';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { savedAndLoaded } from './workbookFixtures';

describe('readWorkbook: an ExcelJS workbook as the engine sees it', () => {
  it('keeps the used range and its origin when the table starts at G12', async () => {
    const excel = await savedAndLoaded((wb) => {
      const ws = wb.addWorksheet('考核');
      ws.getCell('G12').value = '部门窗口';
      ws.getCell('H12').value = '加分分值';
      ws.getCell('G13').value = '水利厅';
      ws.getCell('H13').value = 10;
      ws.getCell('H15').value = 2.5;
    });
    const { workbook, problems } = readWorkbook(excel);
    const grid = workbook.sheets[0];
    expect(problems).toEqual([]);
    expect(grid.name).toBe('考核');
    expect([grid.originRow, grid.originCol]).toEqual([11, 6]);
    expect(grid.values).toEqual([['部门窗口', '加分分值'], ['水利厅', 10], [], [null, 2.5]]);
  });

  it('reads formulas by their cached result, including 0 and shared formulas', async () => {
    const excel = await savedAndLoaded((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = 100;
      ws.getCell('B1').value = { formula: 'A1-100', result: 0 };
      ws.getCell('A2').value = { formula: 'A1*2', result: 200 };
      ws.getCell('A3').value = { sharedFormula: 'A2', result: 400 } as unknown as ExcelJS_Value;
      ws.getCell('A4').value = { formula: 'A1&"分"', result: '100分' };
    });
    const values = readWorkbook(excel).workbook.sheets[0].values;
    expect(values).toEqual([[100, 0], [200], [400], ['100分']]);
  });

  it('turns rich text and hyperlinks into their plain text, keeps dates, booleans and error values', async () => {
    const date = new Date(Date.UTC(2023, 7, 31));
    const excel = await savedAndLoaded((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = { richText: [{ text: '交通', font: { bold: true } }, { text: '运输厅' }] };
      ws.getCell('A2').value = { text: '省林草局', hyperlink: 'https://example.org/' };
      ws.getCell('A3').value = date;
      ws.getCell('A4').value = true;
      ws.getCell('A5').value = { error: '#DIV/0!' };
      ws.getCell('A6').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    const values = readWorkbook(excel).workbook.sheets[0].values;
    expect(values).toEqual([['交通运输厅'], ['省林草局'], [date], [true], [cellError('#DIV/0!')], [cellError('#DIV/0!')]]);
  });

  it('reports merged areas and keeps their value in the top-left cell only', async () => {
    const excel = await savedAndLoaded((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('B2').value = '2023年8月窗口考核情况';
      ws.mergeCells('B2:E2');
      ws.getCell('B3').value = '部门窗口';
    });
    const grid = readWorkbook(excel).workbook.sheets[0];
    expect(grid.merges).toEqual([{ row: 1, col: 1, rows: 1, cols: 4 }]);
    expect([grid.originRow, grid.originCol]).toEqual([1, 1]);
    // Rows are ragged: the covered cells of the merge read as missing (null), not as copies of the title.
    expect(grid.values).toEqual([['2023年8月窗口考核情况'], ['部门窗口']]);
  });

  it('finds Excel tables (ListObjects) with their whole range', async () => {
    const excel = await savedAndLoaded((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addTable({
        name: '考核表',
        ref: 'C4',
        columns: [{ name: '部门窗口' }, { name: '加分分值' }],
        rows: [
          ['水利厅', 10],
          ['商务厅', 6],
        ],
      });
    });
    const grid = readWorkbook(excel).workbook.sheets[0];
    expect(grid.tables).toEqual([{ name: '考核表', range: { row: 3, col: 2, rows: 3, cols: 2 } }]);
    expect(grid.values[0]).toEqual(['部门窗口', '加分分值']);
  });

  it('warns, naming the cells, when a formula has no cached result, and reads it as blank', async () => {
    const excel = await savedAndLoaded((wb) => {
      const ws = wb.addWorksheet('考核');
      ws.getCell('A1').value = 1;
      ws.getCell('B1').value = { formula: 'A1+1' } as unknown as ExcelJS_Value;
    });
    const { workbook, problems } = readWorkbook(excel);
    expect(workbook.sheets[0].values).toEqual([[1]]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', sheet: '考核', cells: ['B1'] });
    expect(problems[0].message).toContain('「考核」!B1');
  });

  it('gives an empty sheet an empty grid and keeps every sheet in order', async () => {
    const excel = await savedAndLoaded((wb) => {
      wb.addWorksheet('说明');
      wb.addWorksheet('考核').getCell('A1').value = 'x';
    });
    const sheets = readWorkbook(excel).workbook.sheets;
    expect(sheets.map((s) => s.name)).toEqual(['说明', '考核']);
    expect(sheets[0]).toEqual({ name: '说明', originRow: 0, originCol: 0, values: [], merges: [], tables: [] });
  });
});

type ExcelJS_Value = import('exceljs').CellValue;
