/**
 * Where generate writes: a new sheet named after the period (「8月考核结果」), 「8月考核结果 (2)」 when that name is
 * taken, the source never written to, and "replace" offered and allowed only for sheets the add-in itself made
 * (the hidden markers of src/excel/madeSheets.ts), whatever a clerk names their own sheets.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { MARKER_PREFIX, SOURCE_PREFIX } from '../../src/excel/madeSheets';
import { generate, type ExcelGenerateResult, type GenerateOptions } from '../../src/excel/generate';
import { listSources } from '../../src/excel/sources';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice, scoreRows, sheetSnapshot } from '../support/fakeExcel/workbookFixtures';
import { TODAY, expectedPlan, sheetMismatches } from './planCheck';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const ROWS = scoreRows(12);

function workbook(): FakeWorkbookState {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', ROWS);
  return state;
}

function gen(state: FakeWorkbookState, options: GenerateOptions = {}): Promise<ExcelGenerateResult> {
  return generate(excelContext(state).context, { ...DEFAULT_SETTINGS, sourceSheet: '考核' }, undefined, { today: TODAY, ...options });
}

const names = (state: FakeWorkbookState) => state.sheets.map((s) => s.name);

test('the bulletin goes to a new sheet named after the period; the source is not written to', async () => {
  const state = workbook();
  const source = state.sheetByName('考核')!;
  const before = sheetSnapshot(source);
  const result = await gen(state);
  expect(result).toMatchObject({ ok: true, sheetName: '8月考核结果', replaceable: null });
  expect(names(state)).toEqual(['考核', '8月考核结果']);
  expect(source.writes).toBe(0);
  expect(sheetSnapshot(source)).toEqual(before);
  expect(state.sheets.find((s) => s.id === state.activeSheetId)?.name).toBe('8月考核结果');
});

test('a second and third run are versioned 「8月考核结果 (2)」, 「8月考核结果 (3)」 and offer to replace the first', async () => {
  const state = workbook();
  await gen(state);
  const second = await gen(state);
  const third = await gen(state);
  expect([second.sheetName, third.sheetName]).toEqual(['8月考核结果 (2)', '8月考核结果 (3)']);
  expect(second.replaceable).toBe('8月考核结果');
  expect(names(state)).toEqual(['考核', '8月考核结果', '8月考核结果 (2)', '8月考核结果 (3)']);
  expect(sheetMismatches(state.sheetByName('8月考核结果 (3)')!, expectedPlan(ROWS, '8月考核结果 (3)'))).toEqual([]);
});

test('a clerk\'s own sheet of that name is versioned around and never offered for replacement', async () => {
  const state = workbook();
  const own = addSheetWithRows(state, '8月考核结果', [['我自己的汇总']]);
  const before = sheetSnapshot(own);
  const result = await gen(state);
  expect(result).toMatchObject({ ok: true, sheetName: '8月考核结果 (2)', replaceable: null });
  const refused = await gen(state, { replaceSheet: '8月考核结果' });
  expect(refused.ok).toBe(false);
  expect(refused.problems.map((p) => p.message)).toEqual(['「8月考核结果」不是本加载项生成的工作表，不能替换，未生成任何内容。']);
  expect(sheetSnapshot(own)).toEqual(before);
});

test('replacing an add-in-made sheet: the new bulletin takes its name (added last), the old one is gone, nothing else changes', async () => {
  const state = workbook();
  await gen(state);
  await gen(state); // 「8月考核结果 (2)」
  const oldId = state.sheetByName('8月考核结果')!.id;
  const result = await gen(state, { replaceSheet: '8月考核结果' });
  expect(result).toMatchObject({ ok: true, sheetName: '8月考核结果' });
  expect(names(state)).toEqual(['考核', '8月考核结果 (2)', '8月考核结果']);
  expect(state.sheetByName('8月考核结果')!.id).not.toBe(oldId);
  expect(sheetMismatches(state.sheetByName('8月考核结果')!, expectedPlan(ROWS, '8月考核结果'))).toEqual([]);
  // One live marker per made sheet. The replaced sheet's marker died with it (kept until then, so a failure could
  // restore the old bulletin as a made sheet); the next generate forgets it.
  const markers = () => state.names.filter((n) => n.name.startsWith(MARKER_PREFIX));
  expect(markers().filter((n) => state.sheetById(n.sheetId)).length).toBe(2);
  expect(markers().filter((n) => !state.sheetById(n.sheetId)).length).toBe(1);
  await gen(state);
  // The dead marker is forgotten with its source note; each live marker has its note (pointing at 考核).
  expect(markers().length).toBe(3);
  expect(state.names.length).toBe(6);
  const source = state.sheetByName('考核')!.id;
  expect(state.names.filter((n) => n.name.startsWith(SOURCE_PREFIX)).every((n) => n.sheetId === source)).toBe(true);
  expect(state.names.every((n) => state.sheetById(n.sheetId) && !n.visible)).toBe(true);
});

test('a made sheet the clerk renamed is still recognised as made; a clerk\'s sheet renamed to the period name is not', async () => {
  const state = workbook();
  await gen(state);
  state.sheetByName('8月考核结果')!.name = '八月通报';
  addSheetWithRows(state, '8月考核结果', [['手工']]);
  const again = await gen(state);
  expect(again.sheetName).toBe('8月考核结果 (2)');
  expect(again.replaceable).toBeNull();
  const replaced = await gen(state, { replaceSheet: '八月通报' });
  expect(replaced).toMatchObject({ ok: true, sheetName: '八月通报' });
});

test('a made sheet that was deleted leaves no marker that could adopt a clerk\'s new sheet of the same name', async () => {
  const state = workbook();
  await gen(state);
  state.deleteSheet(state.sheetByName('8月考核结果')!);
  addSheetWithRows(state, '8月考核结果', [['新建的']]);
  const result = await gen(state, { replaceSheet: '8月考核结果' });
  expect(result.ok).toBe(false);
  expect(state.sheetByName('8月考核结果')!.cell(0, 0)?.value).toBe('新建的');
});

test('the source picker does not offer the add-in\'s own bulletins as sources', async () => {
  const state = workbook();
  await gen(state);
  const sources = await listSources(excelContext(state).context);
  expect(sources.map((s) => s.name)).toEqual(['考核']);
});

test('the source itself can never be the sheet replaced', async () => {
  const state = workbook();
  await gen(state);
  const bulletin = state.sheetByName('8月考核结果')!;
  const before = sheetSnapshot(bulletin);
  // Ranking the bulletin (it has a header and windows) while asking to replace it must be refused.
  const result = await generate(excelContext(state).context, { ...DEFAULT_SETTINGS, sourceSheet: '8月考核结果' }, undefined, {
    today: TODAY,
    replaceSheet: '8月考核结果',
  });
  expect(result.ok).toBe(false);
  // Refused before the replacement is even considered: a sheet the add-in made is never ranked.
  expect(result.problems.map((p) => p.message)).toEqual([expect.stringContaining('「8月考核结果」是本加载项生成的结果，不能再作为数据来源排名')]);
  expect(sheetSnapshot(bulletin)).toEqual(before);
});
