/**
 * Page numbers in the footer of the result sheet the Excel host writes (PageLayout.headersFooters, ExcelApi 1.9):
 * the same footer the file host writes into an .xlsx (read back from that file's XML, not from our constant), in the
 * same number of round trips as before; without ExcelApi 1.9, or where Excel refuses the footer, the sheet is still
 * made and the clerk is told to set the page numbers by hand. And the fake refuses what Excel refuses.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import type { CellValue } from '../../src/core/cell';
import { fromUtcDate, toExcelSerial } from '../../src/core/bulletin/civilDate';
import type { SheetPlan } from '../../src/core/plan';
import { DEFAULT_SETTINGS, type BulletinSettings } from '../../src/core/settings';
import { generateBulletinSheet } from '../../src/excel/bulletinSheet';
import { generate } from '../../src/excel/generate';
import { addPlanSheet } from '../../src/xlsx/writePlan';
import type { FakeExcelOptions } from '../support/fakeExcel/context';
import { HEADER_FOOTER_MAX_CHARS, printedFooter } from '../support/fakeExcel/headerFooter';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice, workbookSnapshot } from '../support/fakeExcel/workbookFixtures';
import { referenceWorkbook } from '../taskpane/referenceWorkbook';
import { TODAY, expectedPlan, sheetMismatches } from './planCheck';

afterEach(() => removeOffice());

const SETTINGS: BulletinSettings = { ...DEFAULT_SETTINGS, sourceSheet: '考核' };
const TARGET = '8月考核结果';

/** The reference month (29 windows) as the clerk's workbook; with the bulletin's input sheets on request. */
function sampleWorkbook(bulletinInputs = false): { state: FakeWorkbookState; rows: CellValue[][] } {
  const state = new FakeWorkbookState();
  let rows: CellValue[][] = [];
  for (const grid of referenceWorkbook({ bulletinInputs }).sheets) {
    const values = grid.values.map((row) => row.map((v) => (v instanceof Date ? toExcelSerial(fromUtcDate(v)!) : v)));
    if (grid.name === '考核') rows = values;
    addSheetWithRows(state, grid.name, values);
  }
  return { state, rows };
}

async function generateOn(apiVersion: string, options: FakeExcelOptions = {}) {
  installOfficeRequirements(apiVersion);
  const { state, rows } = sampleWorkbook();
  const { ctx, context } = excelContext(state, { apiVersion, ...options });
  const result = await generate(context, SETTINGS, undefined, { today: TODAY });
  return { state, rows, result, records: ctx.core.records };
}

/** The footers the file host writes for a plan: from the sheet XML of the .xlsx it produces, as Excel will read it. */
async function fileHostFooters(plan: SheetPlan): Promise<{ differentOddEven: string | null; odd: string; even: string }> {
  const excel = new ExcelJS.Workbook();
  addPlanSheet(excel, plan);
  const zip = await JSZip.loadAsync(await excel.xlsx.writeBuffer());
  const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const hf = doc.getElementsByTagName('headerFooter')[0];
  const text = (tag: string) => doc.getElementsByTagName(tag)[0]?.textContent ?? '';
  return { differentOddEven: hf?.getAttribute('differentOddEven') ?? null, odd: text('oddFooter'), even: text('evenFooter') };
}

describe('the result sheet has page numbers, as the file host writes them', () => {
  test('ExcelApi 1.9+: odd and even pages print the footers of the .xlsx the CLI writes, with no extra round trip', async () => {
    const { state, rows, result, records } = await generateOn('1.13');
    expect(result).toMatchObject({ ok: true, sheetName: TARGET, problems: [] });
    const sheet = state.sheetByName(TARGET)!;
    const plan = expectedPlan(rows, TARGET, SETTINGS);
    expect(plan.print.pageNumbers).toBe(true);
    const file = await fileHostFooters(plan);
    expect(file.differentOddEven).toBe('1');
    expect(file.odd).toMatch(/&P/);
    expect([1, 2, 3, 4].map((page) => printedFooter(sheet, page))).toEqual([file.odd, file.even, file.odd, file.even]);
    expect(sheetMismatches(sheet, plan)).toEqual([]);

    // The footer rides in the write's last request: the same syncs as a write with no print setup at all.
    const without = await generateOn('1.8');
    expect(records.length).toBe(without.records.length);
    expect(records.length).toBeLessThanOrEqual(3);
    const footerSync = records.filter((r) => r.actionNames.some((n) => n.startsWith('HeaderFooter')));
    expect(footerSync).toHaveLength(1);
    expect(footerSync[0].actionNames.filter((n) => n.startsWith('HeaderFooter'))).toEqual(['HeaderFooterGroup.state', 'HeaderFooter.rightFooter', 'HeaderFooter.leftFooter']);
  });

  test('ExcelApi 1.8: the sheet is made without footers, and the warning names the page numbers', async () => {
    const { state, rows, result } = await generateOn('1.8');
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([['warning', expect.stringMatching(/不支持页面设置接口（ExcelApi 1\.9）.*页码需要在“页面布局”中手动设置/)]]);
    const sheet = state.sheetByName(TARGET)!;
    expect(printedFooter(sheet, 1)).toBe('');
    expect(sheetMismatches(sheet, expectedPlan(rows, TARGET, SETTINGS), false)).toEqual([]);
  });

  test.each([
    ['says where (HeaderFooter.rightFooter)', {}],
    ['without debugInfo.errorLocation', { limits: { omitErrorLocation: true } }],
  ])('Excel refuses the footer and %s: written again without print setup, the warning names the page numbers', async (_how, extra) => {
    const { state, rows, result } = await generateOn('1.13', { ...extra, faults: { failOnCall: { action: 'HeaderFooter.rightFooter' }, error: { code: 'GeneralException' } } });
    expect(result).toMatchObject({ ok: true, sheetName: TARGET });
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([['warning', expect.stringMatching(/「8月考核结果」已不带打印设置生成，请在“页面布局”中手动设置.*页码/)]]);
    expect(state.sheets.map((s) => s.name)).toEqual([...referenceWorkbook().sheets.map((g) => g.name), TARGET]);
    expect(sheetMismatches(state.sheetByName(TARGET)!, expectedPlan(rows, TARGET, SETTINGS), false)).toEqual([]);
  });

  test('生成通报: the bulletin sheet has the same page numbers', async () => {
    installOfficeRequirements('1.13');
    const { state } = sampleWorkbook(true);
    const result = await generateBulletinSheet(excelContext(state).context, DEFAULT_SETTINGS);
    expect(result).toMatchObject({ ok: true, sheetName: '2023年第38期周报' });
    const sheet = state.sheetByName('2023年第38期周报')!;
    expect([printedFooter(sheet, 1), printedFooter(sheet, 2)]).toEqual(['&R&14— &P —', '&L&14— &P —']);
  });
});

describe('the fake refuses what Excel refuses', () => {
  const footerRequest = (apiVersion: string, queue: (group: Excel.HeaderFooterGroup) => void) => {
    const state = new FakeWorkbookState();
    addSheetWithRows(state, '考核', [['x']]);
    const before = workbookSnapshot(state);
    const { context } = excelContext(state, { apiVersion });
    queue(context.workbook.worksheets.getItem('考核').pageLayout.headersFooters);
    return { state, before, sync: () => context.sync() };
  };

  test('an Excel without ExcelApi 1.9 refuses headersFooters at sync (ApiNotFound), and nothing changes', async () => {
    const { state, before, sync } = footerRequest('1.8', (g) => {
      g.defaultForAllPages.centerFooter = '&P';
    });
    await expect(sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(workbookSnapshot(state)).toEqual(before);
  });

  test('a state outside Excel.HeaderFooterState is InvalidArgument', async () => {
    const { sync } = footerRequest('1.9', (g) => {
      g.state = 'EvenOnly' as Excel.HeaderFooterState;
    });
    await expect(sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test(`a footer over ${HEADER_FOOTER_MAX_CHARS} characters (its sections joined with &L/&C/&R) is InvalidArgument`, async () => {
    const fits = footerRequest('1.9', (g) => {
      g.defaultForAllPages.leftFooter = 'a'.repeat(100);
      g.defaultForAllPages.rightFooter = 'b'.repeat(HEADER_FOOTER_MAX_CHARS - 104);
    });
    await expect(fits.sync()).resolves.toBeUndefined();
    expect(printedFooter(fits.state.sheetByName('考核')!, 1)).toHaveLength(HEADER_FOOTER_MAX_CHARS);
    const over = footerRequest('1.9', (g) => {
      g.defaultForAllPages.leftFooter = 'a'.repeat(100);
      g.defaultForAllPages.rightFooter = 'b'.repeat(HEADER_FOOTER_MAX_CHARS - 103);
    });
    await expect(over.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a protected sheet refuses its footer (AccessDenied)', async () => {
    const { state, sync } = footerRequest('1.9', (g) => {
      g.oddPages.rightFooter = '&P';
    });
    state.sheetByName('考核')!.isProtected = true;
    await expect(sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});
