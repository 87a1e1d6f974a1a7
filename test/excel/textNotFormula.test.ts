/**
 * Text written by the Office.js host is text: window names that Excel would parse as formulas (=, @, + or -
 * followed by letters), numbers (+86, -5, 10%), dates or booleans — also after a tab or a carriage return — land as
 * the same string. The host does it with the "@" number format queued before the values (not a leading
 * apostrophe, which would be visible in the cell's value); the fake parses anything else as Excel would.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { generate } from '../../src/excel/generate';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice, scoreRows } from '../support/fakeExcel/workbookFixtures';
import { TODAY, expectedPlan, valueMismatches, valuesWrittenBeforeFormats } from './planCheck';

const HOSTILE = [
  '=SUM(1)',
  '=HYPERLINK("http://evil.example","点我")',
  '+86',
  '-x',
  '-5',
  '@x',
  '+cmd|calc',
  '\t=SUM(2)',
  '\t+87',
  '\r=1+1',
  '\r\n-2',
  '10%',
  '1/2',
  'TRUE',
  ' 12 ',
];

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

describe('the fake is strict enough to catch a formula', () => {
  test.each(HOSTILE.filter((s) => !s.startsWith('\t') && !s.startsWith('\r') && !/^[\d ]/.test(s) && s !== 'TRUE'))(
    '%j written into a General cell does not stay text',
    async (s) => {
      const state = new FakeWorkbookState();
      state.addSheet('Sheet1');
      const { context } = excelContext(state);
      context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).values = [[s]];
      await context.sync();
      const cell = state.sheetByName('Sheet1')!.cell(0, 0)!;
      expect(cell.formula !== undefined || typeof cell.value !== 'string').toBe(true);
    },
  );

  test('numbers, dates and booleans in General cells are parsed too (so "@" is needed for every text cell)', async () => {
    const state = new FakeWorkbookState();
    state.addSheet('Sheet1');
    const { context } = excelContext(state);
    const values = [['\t+86', '10%', '1/2', 'TRUE', ' 12 ']];
    context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, values[0].length).values = values;
    await context.sync();
    const sheet = state.sheetByName('Sheet1')!;
    expect(values[0].map((_, c) => typeof sheet.cell(0, c)!.value)).toEqual(['number', 'number', 'number', 'boolean', 'number']);
  });
});

describe('generate writes hostile window names as text', () => {
  test('every name lands as the plan\'s string, "@"-formatted before the values, with no formula and no apostrophe', async () => {
    const rows = scoreRows(HOSTILE.length, (i) => HOSTILE[i]);
    const state = new FakeWorkbookState();
    addSheetWithRows(state, '考核', rows);
    const result = await generate(excelContext(state).context, DEFAULT_SETTINGS, undefined, { today: TODAY });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    const sheet = state.sheetByName('8月考核结果')!;
    const plan = expectedPlan(rows, '8月考核结果');
    expect(valueMismatches(sheet, plan, 50)).toEqual([]);
    expect(valuesWrittenBeforeFormats(sheet)).toEqual([]);

    // The hostile strings themselves reached the sheet (the engine may tidy spaces, but keeps the prefixes).
    const names = plan.values.slice(3).map((r) => r[1] as string);
    for (const s of ['=SUM(1)', '+86', '-x', '-5', '@x', '+cmd|calc', '10%', '1/2', 'TRUE']) expect(names).toContain(s);
    const written = new Set<unknown>();
    for (let r = 3; r < plan.values.length; r++) written.add(sheet.cell(r, 1)?.value);
    for (const n of names) expect(written.has(n)).toBe(true);
    for (let r = 3; r < plan.values.length; r++) {
      const cell = sheet.cell(r, 1)!;
      expect(cell.formula).toBeUndefined();
      expect(cell.numberFormat).toBe('@');
      expect(String(cell.value).startsWith("'")).toBe(false);
    }
  });
});
