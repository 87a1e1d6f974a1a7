/**
 * The preview tells the pane which earlier ranking of the same period it may replace: only a sheet the add-in made
 * (its hidden marker), never one a clerk typed under the same name, and in the preview's single sync.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { generate } from '../../src/excel/generate';
import { previewBulletin } from '../../src/excel/preview';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice, scoreRows } from '../support/fakeExcel/workbookFixtures';
import { TODAY } from './planCheck';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const SETTINGS = { ...DEFAULT_SETTINGS, sourceSheet: '考核' };

test('after a generate, the preview offers that sheet; with replaceSheet the next generate takes its place', async () => {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(10));
  const first = await previewBulletin(excelContext(state).context, SETTINGS, TODAY);
  expect(first.replaceable).toBeNull();
  const made = await generate(excelContext(state).context, SETTINGS, undefined, { today: TODAY });
  expect(made.ok).toBe(true);

  const { ctx, context } = excelContext(state);
  const again = await previewBulletin(context, SETTINGS, TODAY);
  expect(again.replaceable).toBe(made.sheetName);
  expect(ctx.core.records).toHaveLength(1);

  const replaced = await generate(excelContext(state).context, SETTINGS, undefined, { today: TODAY, replaceSheet: again.replaceable });
  expect(replaced.sheetName).toBe(made.sheetName);
  expect(state.sheets.map((s) => s.name)).toEqual(['考核', made.sheetName]);
});

test('a sheet of the same name that the clerk made is not offered', async () => {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(10));
  const base = await generate(excelContext(state).context, SETTINGS, undefined, { today: TODAY });
  // The clerk's own sheet under the period's name: rename the add-in's away, and type one.
  state.sheetByName(base.sheetName!)!.name = '旧结果';
  addSheetWithRows(state, base.sheetName!, [['手工整理的结果']]);
  const preview = await previewBulletin(excelContext(state).context, SETTINGS, TODAY);
  expect(preview.replaceable).toBeNull();
});

test('on the active ranking (no source chosen), the preview is of the sheet that ranking came from, as generate would do', async () => {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(10));
  const fromActive = { ...DEFAULT_SETTINGS, sourceSheet: null };
  const direct = await previewBulletin(excelContext(state).context, fromActive, TODAY);
  const made = await generate(excelContext(state).context, fromActive, undefined, { today: TODAY });
  expect(state.sheets.find((s) => s.id === state.activeSheetId)?.name).toBe(made.sheetName);
  const onRanking = await previewBulletin(excelContext(state).context, fromActive, TODAY);
  expect(onRanking.sheet).toBe('考核');
  expect(onRanking.bulletin).toEqual(direct.bulletin);
});
