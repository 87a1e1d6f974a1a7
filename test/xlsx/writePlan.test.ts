import ExcelJS from 'exceljs';
import { MAX_PAGE_BREAKS, type SheetPlan } from '../../src/core/plan';
import { addPlanSheet } from '../../src/xlsx/writePlan';
import { unescapeXmlChars } from '../../src/xlsx/workbookParts';
import { cellElement, sharedStrings, sheetXml, xlsxPart } from './xlsxParts';

const FORMULA_LIKE = ['=1+1', '=SUM(1)', '+86', '-x', '@x', '\t=1', '\r=2'];

/** A small plan shaped like the attachment: label, merged title, header, body (with formula-like names). */
function samplePlan(): SheetPlan {
  const body = FORMULA_LIKE.map((name, i) => [i + 1, name, 100, 0, 0, 100]);
  const last = 3 + body.length - 1;
  return {
    sheetName: '8月考核结果',
    values: [
      ['附件', null, null, null, null, null],
      ['2023年8月省政务服务大厅进驻部门（单位）窗口考核结果', null, null, null, null, null],
      ['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'],
      ...body,
    ],
    merges: [{ row: 1, col: 0, rows: 1, cols: 6 }],
    formats: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, font: { name: '黑体', fallbacks: ['SimHei'], size: 16 } },
      { range: { row: 1, col: 0, rows: 1, cols: 6 }, font: { name: '方正小标宋简体', fallbacks: ['宋体'], size: 20 }, horizontal: 'center', vertical: 'center', wrap: true },
      { range: { row: 2, col: 0, rows: last - 1, cols: 6 }, font: { name: '仿宋_GB2312', fallbacks: ['仿宋'], size: 12 }, borders: 'all-thin', horizontal: 'center', vertical: 'center' },
      { range: { row: 2, col: 0, rows: 1, cols: 6 }, font: { name: '黑体', fallbacks: ['SimHei'], size: 12, bold: true, color: '#C00000' }, fill: '#F2F2F2' },
      { range: { row: 3, col: 1, rows: body.length, cols: 1 }, horizontal: 'left', numberFormat: '@' },
    ],
    columnWidths: [8, 36, 10, 10, 10, 10],
    rowHeights: [
      { row: 1, height: 48 },
      { row: 2, height: 30 },
    ],
    print: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: true,
      repeatRows: { first: 2, last: 2 },
      margins: { top: 1.1, bottom: 1, left: 0.8, right: 0.8, header: 0.5, footer: 0.5 },
      centerHorizontally: true,
      pageBreaksBefore: [6],
    },
  };
}

async function written(): Promise<{ bytes: Buffer; reread: ExcelJS.Worksheet }> {
  const wb = new ExcelJS.Workbook();
  addPlanSheet(wb, samplePlan());
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { bytes, reread: again.getWorksheet('8月考核结果') as ExcelJS.Worksheet };
}

describe('writePlan: a SheetPlan in a real .xlsx', () => {
  it('writes names that look like formulas as shared-string text, never as <f> formulas', async () => {
    const { bytes, reread } = await written();
    const xml = await sheetXml(bytes, '8月考核结果');
    expect(xml).not.toContain('<f>');
    expect(xml).not.toContain('<f ');
    const strings = await sharedStrings(bytes);
    FORMULA_LIKE.forEach((name, i) => {
      const c = cellElement(xml, `B${4 + i}`) as string;
      expect(c).toContain('t="s"');
      const index = Number(/<v>(\d+)<\/v>/.exec(c)?.[1]);
      // A carriage return goes out as Excel's escape _x000D_ (XML readers would turn a raw one into a line
      // feed), so "\r=2" reads back exactly: still text, never a formula.
      expect(unescapeXmlChars(strings[index])).toBe(name);
      expect(reread.getCell(`B${4 + i}`).value).toBe(name);
    });
    expect(reread.getCell('C4').value).toBe(100);
  });

  it('merges the title and formats cells with Chinese-charset fonts, borders, alignment, fill and number format', async () => {
    const { bytes, reread } = await written();
    const xml = await sheetXml(bytes, '8月考核结果');
    expect(xml).toContain('<mergeCell ref="A2:F2"/>');
    const title = reread.getCell('A2');
    expect(title.font).toMatchObject({ name: '方正小标宋简体', size: 20, charset: 134, family: 3 });
    expect(title.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    const header = reread.getCell('D3');
    // The later block overrides the font and adds a fill; the earlier block's borders and alignment remain.
    expect(header.font).toMatchObject({ name: '黑体', bold: true, color: { argb: 'FFC00000' }, charset: 134 });
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } });
    expect(header.border?.left?.style).toBe('thin');
    expect(header.alignment?.horizontal).toBe('center');
    const name = reread.getCell('B5');
    expect(name.alignment?.horizontal).toBe('left');
    expect(name.numFmt).toBe('@');
    expect(name.font?.name).toBe('仿宋_GB2312');
    expect(reread.getCell('A1').border).toEqual({});
    const styles = await xlsxPart(bytes, 'xl/styles.xml');
    expect(styles).toMatch(/<name val="仿宋_GB2312"\/>[\s\S]*?<\/font>/);
    expect(styles).toContain('<charset val="134"/>');
  });

  it('sets column widths, row heights and the A4 print setup (fit to width, header repeated, centred)', async () => {
    const { bytes, reread } = await written();
    expect([1, 2, 3].map((c) => reread.getColumn(c).width)).toEqual([8, 36, 10]);
    expect(reread.getRow(2).height).toBe(48);
    const xml = await sheetXml(bytes, '8月考核结果');
    const pageSetup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(pageSetup).toContain('paperSize="9"');
    expect(pageSetup).toContain('orientation="portrait"');
    expect(pageSetup).toContain('fitToWidth="1"');
    expect(pageSetup).toContain('fitToHeight="0"');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(/<printOptions [^>]*horizontalCentered="1"/);
    expect(xml).toMatch(/<pageMargins left="0.8" right="0.8" top="1.1" bottom="1" header="0.5" footer="0.5"\/>/);
    expect(xml).toMatch(/<rowBreaks [^>]*><brk id="6"/);
    const workbook = await xlsxPart(bytes, 'xl/workbook.xml');
    expect(workbook).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;|')8月考核结果(&apos;|')!\$3:\$3<\/definedName>/);
  });

  it('writes at most the 1,026 page breaks Excel keeps on a sheet (a file with more may not open)', async () => {
    const plan = samplePlan();
    const rows = 1200;
    plan.values = [...plan.values, ...Array.from({ length: rows }, (_, k) => [k + 1, `窗口${k}`, 100, 0, 0, 100])];
    plan.print = { ...plan.print, pageBreaksBefore: Array.from({ length: rows }, (_, k) => k + 3) };
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb, plan);
    const xml = await sheetXml(Buffer.from(await wb.xlsx.writeBuffer()), '8月考核结果');
    expect(xml.match(/<brk /g)).toHaveLength(MAX_PAGE_BREAKS);
  });
});
