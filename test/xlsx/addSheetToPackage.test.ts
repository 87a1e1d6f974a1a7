/**
 * Adding the bulletin sheet to a clerk's workbook part by part: the new sheet must look exactly as if ExcelJS had
 * written it into a workbook of its own, and every existing cell must keep its value and its format (the
 * workbook's formats are appended to, never renumbered). Also the package variants other writers produce.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { planAttachmentSheet } from '../../src/core/attachmentPlan';
import { buildBulletinTable } from '../../src/core/bulletinTable';
import { rankWorkbook } from '../../src/core/engine';
import type { SheetPlan } from '../../src/core/plan';
import { addSheetToPackage } from '../../src/xlsx/addSheet/addSheetToPackage';
import { streamWorkbookBytes } from '../../src/xlsx/streamWorkbook';
import { addPlanSheet } from '../../src/xlsx/writePlan';
import { packageDiff, SHEET_LISTING_PARTS } from './packageDiff';
import { xlsxBytes } from './workbookFixtures';
import { partDataOffset } from './xlsxParts';
import { packageCounts } from './sheetCounts';

const SAMPLE = readFileSync(path.join(__dirname, '..', '..', 'samples', 'weekly-bulletin-2023-38.xlsx'));

async function attachmentPlan(bytes: Buffer): Promise<SheetPlan> {
  const read = await streamWorkbookBytes(bytes, 'sample.xlsx');
  if (!read.ok) throw new Error(read.problem.message);
  const outcome = rankWorkbook(read.workbook);
  const bulletin = buildBulletinTable(outcome.table!, outcome.ranking!, { period: { year: 2023, month: 8 }, hallName: '省政务服务大厅' }, 'blank');
  return planAttachmentSheet(bulletin, '8月考核结果');
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

async function added(input: Buffer, plan: SheetPlan): Promise<{ bytes: Buffer; sheetName: string }> {
  const result = await addSheetToPackage(input, plan, 'in.xlsx');
  if (!result.ok) throw new Error(result.problem.message);
  return result;
}

/** Every cell of a sheet as value + the format ExcelJS resolves for it, keyed by address. */
function cellsOf(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => cells.set(cell.address, { value: cell.value, style: cell.style })),
  );
  return cells;
}

describe('addSheetToPackage', () => {
  it('writes the sheet ExcelJS writes for the plan alone: values, formats, merges, sizes, print setup', async () => {
    const attachment = await attachmentPlan(SAMPLE);
    const plan: SheetPlan = { ...attachment, print: { ...attachment.print, pageBreaksBefore: [12, 24] } };
    const { bytes, sheetName } = await added(SAMPLE, plan);
    expect(sheetName).toBe('8月考核结果');
    const reference = new ExcelJS.Workbook();
    addPlanSheet(reference, plan);
    const referenceBytes = Buffer.from(await reference.xlsx.writeBuffer());
    const expected = (await load(referenceBytes)).getWorksheet('8月考核结果')!;
    const actual = (await load(bytes)).getWorksheet('8月考核结果')!;
    const tail = async (b: Buffer, part: string) => /<printOptions[\s\S]*$/u.exec(await (await JSZip.loadAsync(b)).file(part)!.async('string'))?.[0];
    // Print options, margins, page setup and page breaks, as the ordinary ExcelJS writer puts them.
    const printing = await tail(bytes, `xl/worksheets/sheet${(await packageCounts(SAMPLE)).sheets + 1}.xml`);
    expect(printing).toContain('<printOptions horizontalCentered="1"/>');
    expect(printing).toContain('<brk id="12"');
    expect(printing).toBe(await tail(referenceBytes, 'xl/worksheets/sheet1.xml'));

    expect(cellsOf(actual)).toEqual(cellsOf(expected));
    expect(actual.model.merges).toEqual(expected.model.merges);
    expect(actual.columns.map((c) => c.width)).toEqual(expected.columns.map((c) => c.width));
    const heights = (ws: ExcelJS.Worksheet) => Array.from({ length: ws.rowCount }, (_, r) => ws.getRow(r + 1).height);
    expect(heights(actual)).toEqual(heights(expected));
    expect(actual.pageSetup).toEqual(expected.pageSetup);
    expect(actual.pageSetup.printTitlesRow).toBe('3:3');
  });

  it('keeps every existing cell with its value and format, and every other part byte for byte', async () => {
    const plan = await attachmentPlan(SAMPLE);
    const { bytes } = await added(SAMPLE, plan);
    const diff = await packageDiff(SAMPLE, bytes);
    expect(diff).toEqual({ changed: [...SHEET_LISTING_PARTS].sort(), added: [`xl/worksheets/sheet${(await packageCounts(SAMPLE)).sheets + 1}.xml`], removed: [] });

    const before = await load(SAMPLE);
    const after = await load(bytes);
    expect(after.worksheets.map((ws) => ws.name)).toEqual([...before.worksheets.map((ws) => ws.name), '8月考核结果']);
    for (const ws of before.worksheets) expect(cellsOf(after.getWorksheet(ws.name)!)).toEqual(cellsOf(ws));
  });

  it('gives a custom number format a fresh id after the workbook\'s own, which keep theirs', async () => {
    const input = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('考核');
      ws.getCell('A1').value = 1.5;
      ws.getCell('A1').numFmt = '0.000';
    });
    const plan: SheetPlan = {
      ...(await attachmentPlan(SAMPLE)),
      formats: [{ range: { row: 3, col: 5, rows: 29, cols: 1 }, numberFormat: '#,##0.0_ ' }],
    };
    const { bytes } = await added(input, plan);
    const wb = await load(bytes);
    expect(wb.getWorksheet('考核')!.getCell('A1').numFmt).toBe('0.000');
    expect(wb.getWorksheet('8月考核结果')!.getCell('F4').numFmt).toBe('#,##0.0_ ');
    const styles = await (await JSZip.loadAsync(bytes)).file('xl/styles.xml')!.async('string');
    expect([...styles.matchAll(/<numFmt numFmtId="(\d+)"/gu)].map((m) => m[1])).toEqual(['164', '165']);
  });

  it('edits parts that use a namespace prefix (x:sheet, as the .NET SDK writes them) in that prefix', async () => {
    const zip = await JSZip.loadAsync(SAMPLE);
    for (const part of ['xl/workbook.xml', 'xl/styles.xml']) {
      const xml = await zip.file(part)!.async('string');
      zip.file(part, withPrefix(xml, 'x', 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'));
    }
    const prefixed = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const plan = await attachmentPlan(SAMPLE);
    const { bytes } = await added(prefixed, plan);
    const out = await JSZip.loadAsync(bytes);
    const workbook = await out.file('xl/workbook.xml')!.async('string');
    const n = (await packageCounts(SAMPLE)).sheets + 1;
    expect(workbook).toMatch(new RegExp(`<x:sheet name="8月考核结果" sheetId="${n}" r:id="rId\\d+"/></x:sheets>`, 'u'));
    expect(workbook).toContain(`<x:definedName name="_xlnm.Print_Titles" localSheetId="${n - 1}">'8月考核结果'!$3:$3</x:definedName>`);
    const styles = await out.file('xl/styles.xml')!.async('string');
    expect(styles).not.toMatch(/<(font|xf|border|fill)[ >]/u); // every added element took the file's prefix
    expect(styles).toContain('<x:name val="仿宋_GB2312"/>');

    const read = await streamWorkbookBytes(bytes, 'out.xlsx');
    if (!read.ok) throw new Error(read.problem.message);
    const sheet = read.workbook.sheets[read.workbook.sheets.length - 1];
    expect(sheet.name).toBe('8月考核结果');
    expect([sheet.originRow, sheet.originCol]).toEqual([0, 0]);
    const got = plan.values.map((row, r) => row.map((_, c) => sheet.values[r]?.[c] ?? null));
    expect(got).toEqual(plan.values);
  });

  it('refuses a Strict Open XML workbook with a message saying what to do, instead of writing a mixed package', async () => {
    const zip = await JSZip.loadAsync(SAMPLE);
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', xml.replace('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'));
    const strict = await zip.generateAsync({ type: 'nodebuffer' });
    const result = await addSheetToPackage(strict, await attachmentPlan(SAMPLE), '严格.xlsx');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toContain('“严格.xlsx”是“Strict Open XML 电子表格”格式');
  });

  it('reports a damaged package as a problem, not an exception', async () => {
    const result = await addSheetToPackage(SAMPLE.subarray(0, 5_000), await attachmentPlan(SAMPLE), '坏.xlsx');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toContain('“坏.xlsx”无法作为 .xlsx 工作簿读取');
  });

  it('refuses a package with a part whose compressed data is damaged, naming the part, even one the ranking never reads', async () => {
    // The copy would carry such a part over as it is, and Excel would offer to repair the clerk's new workbook.
    for (const part of ['xl/theme/theme1.xml', '[Content_Types].xml']) {
      const damaged = Buffer.from(SAMPLE);
      damaged[partDataOffset(damaged, part) + 20] ^= 0xff;
      const result = await addSheetToPackage(damaged, await attachmentPlan(SAMPLE), '坏.xlsx');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.message).toMatch(new RegExp(`“坏\\.xlsx”无法作为 \\.xlsx 工作簿读取.*部件 ${part.replace(/[[\].]/gu, '\\$&')} (已损坏|的压缩数据已损坏)`, 'u'));
    }
  });

  it('leaves a sheet entry whose part is missing dangling: the new sheet gets a part no relationship points at', async () => {
    // Taking the missing part's name would bring the dangling entry to life as a second copy of the new sheet.
    const zip = await JSZip.loadAsync(SAMPLE);
    zip.remove('xl/worksheets/sheet1.xml');
    const dangling = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const before = await streamWorkbookBytes(dangling, 'in.xlsx');
    const copy = await added(dangling, await attachmentPlan(SAMPLE));
    const after = await streamWorkbookBytes(copy.bytes, 'copy.xlsx');
    expect(before.ok && after.ok).toBe(true);
    if (before.ok && after.ok) expect(after.workbook.sheets.map((s) => s.name)).toEqual([...before.workbook.sheets.map((s) => s.name), '8月考核结果']);
    expect((await packageDiff(dangling, copy.bytes)).added).not.toContain('xl/worksheets/sheet1.xml');
  });

  it('copies a package whose parts are stored uncompressed (as some writers do)', async () => {
    const stored = await (await JSZip.loadAsync(SAMPLE)).generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const copy = await added(stored, await attachmentPlan(SAMPLE));
    const read = await streamWorkbookBytes(copy.bytes, 'copy.xlsx');
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toContain('8月考核结果');
  });
});

/** The same XML with the default namespace turned into prefix `p` on every element (attributes unchanged). */
function withPrefix(xml: string, p: string, ns: string): string {
  return xml
    .replace(`xmlns="${ns}"`, `xmlns:${p}="${ns}"`)
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/gu, (m, slash: string, name: string) => (name.includes(':') ? m : `<${slash}${p}:${name}`));
}

describe('addSheetToPackage: any text comes back as the same text', () => {
  /** Text a cell can hold: any UTF-16 except lone surrogates and the characters XML 1.0 cannot carry even escaped. */
  const cellText = fc
    .string({ unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '<', '>', '&', '"', "'", ' ', '\t', '\n', '\r', '_x000D_', '\u0001', '\u200b', '　'), fc.string({ unit: 'grapheme', maxLength: 3 })), maxLength: 12 })
    .filter((s) => s.trim() !== '');

  it('window names of any characters are read back exactly, as text', async () => {
    const base = await attachmentPlan(SAMPLE);
    await fc.assert(
      fc.asyncProperty(fc.array(cellText, { minLength: 1, maxLength: 6 }), async (names) => {
        const body = names.map((name, i) => [i + 1, name, 100, 0, i, 100 + i]);
        const plan: SheetPlan = { ...base, values: [...base.values.slice(0, 3), ...body], rowHeights: [], merges: [], formats: [] };
        const { bytes } = await added(SAMPLE, plan);
        const read = await streamWorkbookBytes(bytes, 'out.xlsx');
        if (!read.ok) throw new Error(read.problem.message);
        const sheet = read.workbook.sheets[read.workbook.sheets.length - 1];
        expect(sheet.values.slice(3).map((row) => row[1])).toEqual(names);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
