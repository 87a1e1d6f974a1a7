/**
 * Excel's limits on a sheet the add-in writes, modelled in the fake (limits.ts, state.ts) and held by the host:
 * sheet names (31 characters, no : \ / ? * [ ], no leading or trailing apostrophe, "History" reserved, duplicates
 * compared without case), rows at most 409 points high, columns at most 255 characters wide, at most 1,026
 * horizontal page breaks. Where a plan asks for more than Excel takes, the host writes what Excel takes, and says so
 * where the printout differs.
 */
import type { CellValue } from '../../src/core/cell';
import type { SheetPlan } from '../../src/core/plan';
import { DEFAULT_SETTINGS, type BulletinSettings } from '../../src/core/settings';
import { MAX_ROW_POINTS, applyPlan, columnWidthPoints } from '../../src/excel/applyPlan';
import { generate } from '../../src/excel/generate';
import { MAX_PAGE_BREAKS } from '../../src/core/plan';
import { MAX_COLUMN_WIDTH_PT, MAX_HORIZONTAL_PAGE_BREAKS, MAX_ROW_HEIGHT_PT } from '../support/fakeExcel/limits';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice, scoreRows, workbookSnapshot } from '../support/fakeExcel/workbookFixtures';
import { TODAY, expectedPlan, sheetMismatches } from './planCheck';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const SETTINGS: BulletinSettings = { ...DEFAULT_SETTINGS, sourceSheet: '考核' };

function workbook(rows: CellValue[][] = scoreRows(10)): FakeWorkbookState {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', rows);
  return state;
}

describe('the fake refuses the sheet names Excel refuses', () => {
  const add = async (state: FakeWorkbookState, name: string) => {
    const { context } = excelContext(state);
    context.workbook.worksheets.add(name);
    await context.sync();
  };
  const rename = async (state: FakeWorkbookState, name: string) => {
    const { context } = excelContext(state);
    context.workbook.worksheets.getItem('考核').name = name;
    await context.sync();
  };

  test.each(['History', 'HISTORY', 'history', 'x'.repeat(32), 'a:b', 'a\\b', 'a/b', 'a?b', 'a*b', 'a[b', 'a]b', "'ab", "ab'", ''])(
    '%j is refused (InvalidArgument) when added and when renamed to, and nothing changes',
    async (name) => {
      const state = workbook();
      const before = workbookSnapshot(state);
      await expect(add(state, name)).rejects.toMatchObject({ code: 'InvalidArgument' });
      await expect(rename(state, name)).rejects.toMatchObject({ code: 'InvalidArgument' });
      expect(workbookSnapshot(state)).toEqual(before);
    },
  );

  test('31 characters, "History 2" and an apostrophe inside are fine; a name differing only in case is taken', async () => {
    const state = workbook();
    for (const name of ['x'.repeat(31), 'History 2', "O'Neil", 'Sheet']) await add(state, name);
    await expect(add(state, 'SHEET')).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    expect(state.sheets.map((s) => s.name)).toEqual(['考核', 'x'.repeat(31), 'History 2', "O'Neil", 'Sheet']);
  });
});

describe('the fake refuses sizes beyond Excel\'s', () => {
  const sized = async (queue: (sheet: Excel.Worksheet) => void) => {
    const state = workbook();
    const { context } = excelContext(state);
    queue(context.workbook.worksheets.getItem('考核'));
    await context.sync();
    return state.sheetByName('考核')!;
  };

  test(`a row of ${MAX_ROW_HEIGHT_PT} points is taken, one more is InvalidArgument`, async () => {
    expect((await sized((s) => (s.getRange('A1').format.rowHeight = MAX_ROW_HEIGHT_PT))).rowHeights.get(0)).toBe(MAX_ROW_HEIGHT_PT);
    await expect(sized((s) => (s.getRange('A1').format.rowHeight = MAX_ROW_HEIGHT_PT + 1))).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('a column of 255 characters is taken, wider is InvalidArgument', async () => {
    expect(columnWidthPoints(255)).toBe(MAX_COLUMN_WIDTH_PT);
    await expect(sized((s) => (s.getRange('A1').format.columnWidth = MAX_COLUMN_WIDTH_PT))).resolves.toBeDefined();
    await expect(sized((s) => (s.getRange('A1').format.columnWidth = MAX_COLUMN_WIDTH_PT + 1))).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test(`${MAX_HORIZONTAL_PAGE_BREAKS} horizontal page breaks are taken, the next one is InvalidArgument`, async () => {
    const breaks = (n: number) => (s: Excel.Worksheet) => {
      for (let r = 1; r <= n; r++) s.horizontalPageBreaks.add(s.getRangeByIndexes(r, 0, 1, 1));
    };
    expect((await sized(breaks(MAX_HORIZONTAL_PAGE_BREAKS))).pageBreaks).toHaveLength(MAX_HORIZONTAL_PAGE_BREAKS);
    await expect(sized(breaks(MAX_HORIZONTAL_PAGE_BREAKS + 1))).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('the host writes what Excel takes', () => {
  test('a window name long enough to wrap taller than 409 points: the ranking is made, no row over 409 points, the name in full', async () => {
    const rows = scoreRows(10);
    const long = '省政务服务和公共资源交易服务中心'.repeat(30);
    rows[5][1] = long;
    const state = workbook(rows);
    const result = await generate(excelContext(state).context, SETTINGS, undefined, { today: TODAY });
    expect(result).toMatchObject({ ok: true, sheetName: '8月考核结果', problems: [] });
    const sheet = state.sheetByName('8月考核结果')!;
    // Everything is the plan's, with its heights as Excel can take them (today's plan asks more for this row).
    const plan = expectedPlan(rows, '8月考核结果', SETTINGS);
    const held: SheetPlan = { ...plan, rowHeights: plan.rowHeights.map((h) => ({ ...h, height: Math.min(h.height, MAX_ROW_POINTS) })) };
    expect(sheetMismatches(sheet, held)).toEqual([]);
    expect(Math.max(...sheet.rowHeights.values())).toBeLessThanOrEqual(MAX_ROW_POINTS);
    const at = plan.values.findIndex((r) => r[1] === long);
    expect(sheet.cell(at, 1)?.value).toBe(long);
  });

  test('any plan row taller than 409 points is written at 409, its neighbours untouched', async () => {
    const state = workbook();
    const base = expectedPlan(scoreRows(10), '高行', SETTINGS);
    const plan: SheetPlan = { ...base, rowHeights: [{ row: 2, height: 20 }, { row: 3, height: 600 }, { row: 4, height: 410 }, { row: 5, height: 409 }] };
    await applyPlan(excelContext(state).context, plan, '高行');
    const sheet = state.sheetByName('高行')!;
    expect([2, 3, 4, 5].map((r) => sheet.rowHeights.get(r))).toEqual([20, MAX_ROW_POINTS, MAX_ROW_POINTS, MAX_ROW_POINTS]);
  });

  test(`a plan with more page breaks than Excel's ${MAX_PAGE_BREAKS}: the first ${MAX_PAGE_BREAKS} are set, the sheet is made, and the clerk is told`, async () => {
    const state = workbook();
    const base = expectedPlan(scoreRows(10), '明细', SETTINGS);
    const rows = MAX_PAGE_BREAKS + 50;
    const plan: SheetPlan = {
      ...base,
      values: Array.from({ length: rows + 1 }, (_, r) => [`第${r + 1}行`]),
      merges: [],
      formats: [],
      columnWidths: [12],
      rowHeights: [],
      print: { ...base.print, repeatRows: undefined, pageBreaksBefore: Array.from({ length: rows }, (_, k) => k + 1) },
    };
    const { context } = excelContext(state);
    const result = await applyPlan(context, plan, '明细');
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringContaining(`需要 ${rows} 个分页符，超过 Excel 每张工作表 ${MAX_PAGE_BREAKS} 个的上限`)]);
    const sheet = state.sheetByName('明细')!;
    expect(sheet.pageBreaks).toEqual(Array.from({ length: MAX_PAGE_BREAKS }, (_, k) => k + 1));
    expect(sheet.cell(rows, 0)?.value).toBe(`第${rows + 1}行`);
  });
});
