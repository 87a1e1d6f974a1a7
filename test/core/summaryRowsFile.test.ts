/**
 * The summary-row placements of rows.test.ts, written to a real .xlsx by ExcelJS (with a real merge across 序号 and
 * 单位) and read back by both file readers: what a clerk's workbook holds, not a grid made by hand.
 */
import ExcelJS from 'exceljs';
import { rankWorkbook } from '../../src/core/engine';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { streamWorkbookBytes } from '../../src/xlsx/streamWorkbook';
import type { Workbook } from '../../src/core/cell';

async function workbookBytes(summary: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  const ws = excel.addWorksheet('考核');
  ws.addRow(['序号', '单位', '基础分值', '减分分值', '加分分值']);
  ws.addRow([1, '水利厅', 100, 0, 10]);
  ws.addRow([2, '公安厅', 100, -2, 7.5]);
  summary(ws);
  return Buffer.from(await excel.xlsx.writeBuffer());
}

const PLACEMENTS: [string, (ws: ExcelJS.Worksheet) => void, string][] = [
  ['under 序号, name blank', (ws) => ws.addRow(['合计', null, 200, -2, 17.5]), 'A4'],
  [
    'merged across 序号 and 单位',
    (ws) => {
      ws.addRow(['总计', null, 200, -2, 17.5]);
      ws.mergeCells('A4:B4');
    },
    'A4',
  ],
  ['in the name column', (ws) => ws.addRow([null, '小计', 200, -2, 17.5]), 'B4'],
];

async function bothReads(bytes: Buffer): Promise<[string, Workbook][]> {
  const streamed = await streamWorkbookBytes(bytes, 'test.xlsx');
  if (!streamed.ok) throw new Error(streamed.problem.message);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes as unknown as ArrayBuffer);
  return [
    ['stream reader', streamed.workbook],
    ['ExcelJS reader', readWorkbook(excel).workbook],
  ];
}

describe.each(PLACEMENTS)('a summary row %s, read from a file', (_placement, addSummary, labelCell) => {
  it('is skipped with one warning at its label, and the windows are ranked', async () => {
    for (const [reader, workbook] of await bothReads(await workbookBytes(addSummary))) {
      const out = rankWorkbook(workbook);
      expect([reader, out.table?.names]).toEqual([reader, ['水利厅', '公安厅']]);
      expect([reader, out.problems.map((p) => [p.code, p.severity, p.cells])]).toEqual([reader, [['SKIPPED_ROW', 'warning', [labelCell]]]]);
    }
  });
});
