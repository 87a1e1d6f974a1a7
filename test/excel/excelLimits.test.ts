/**
 * Excel's real limits and refusals, modelled in the fake (test/support/fakeExcel/limits.ts), and what the host does
 * at each: reads slice where Excel will not answer in one piece; where Excel refuses outright, the clerk gets one
 * Chinese sentence saying what to do, and the workbook is as it was — no half-written sheet, no stray name.
 */
import { composeBulletin } from '../../src/core/bulletin/compose';
import type { CellValue } from '../../src/core/cell';
import { fromUtcDate, toExcelSerial } from '../../src/core/bulletin/civilDate';
import { DEFAULT_SETTINGS, type BulletinSettings } from '../../src/core/settings';
import { generateBulletinSheet } from '../../src/excel/bulletinSheet';
import { generate } from '../../src/excel/generate';
import { LOCK_NAME } from '../../src/excel/generateLock';
import { insertTemplate } from '../../src/excel/insertTemplate';
import { readSourceGrid } from '../../src/excel/readGrid';
import type { FakeExcelOptions } from '../support/fakeExcel/context';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import {
  addSheetWithRows,
  excelContext,
  installOfficeRequirements,
  removeOffice,
  scoreRows,
  sheetSnapshot,
  workbookSnapshot,
} from '../support/fakeExcel/workbookFixtures';
import { referenceWorkbook } from '../taskpane/referenceWorkbook';
import { TODAY, expectedPlan, sheetMismatches } from './planCheck';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const ROWS = scoreRows(30);
const SETTINGS: BulletinSettings = { ...DEFAULT_SETTINGS, sourceSheet: '考核' };

function scoreWorkbook(rows: CellValue[][] = ROWS): FakeWorkbookState {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', rows);
  return state;
}

const run = (state: FakeWorkbookState, options: FakeExcelOptions = {}, settings = SETTINGS) =>
  generate(excelContext(state, options).context, settings, undefined, { today: TODAY });

const messages = (r: { problems: { message: string }[] }) => r.problems.map((p) => p.message).join('\n');

describe('5,000,000 cells per get (RangeExceedsLimit, or null on some builds)', () => {
  // A stray value far to the right makes the used range wide: 32 rows × 400 columns. The fake's limit is lowered
  // to 10,000 cells so the test stays fast; the host knows only Excel's 5,000,000 and must adapt.
  const wide = (): FakeWorkbookState => {
    const state = scoreWorkbook();
    addSheetWithRows(state, '宽表', []);
    const sheet = state.sheetByName('考核')!;
    sheet.ensureCell(0, 399).value = '备注：请勿删除';
    return state;
  };
  const LIMIT = { cellReadLimit: 10_000 };

  test.each(['throw', 'null'] as const)('%s: the source is read in slices, the same grid as without the limit', async (overCellLimit) => {
    const state = wide();
    const whole = await readSourceGrid(excelContext(state, { responseLimitBytes: Infinity, limits: { cellReadLimit: Infinity } }).context, { sheet: '考核' });
    const { ctx, context } = excelContext(state, { responseLimitBytes: Infinity, limits: { ...LIMIT, overCellLimit } });
    const sliced = await readSourceGrid(context, { sheet: '考核' });
    expect(sliced.problems).toEqual([]);
    expect(sliced.grid).toEqual(whole.grid);
    // Every get that was answered stayed within the limit.
    expect(ctx.core.records.length).toBeGreaterThan(2);
  });

  test('generate over the limit still writes the ranking', async () => {
    const state = wide();
    const result = await run(state, { limits: { ...LIMIT, overCellLimit: 'null' } });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result).toMatchObject({ ok: true, sheetName: '8月考核结果' });
  });
});

describe('the bulletin\'s input read on the web (5 MB per response)', () => {
  test('a 70,000-row sheet of other records beside the inputs: read sheet by sheet, the bulletin is made', async () => {
    const state = new FakeWorkbookState();
    for (const grid of referenceWorkbook({ bulletinInputs: true }).sheets) {
      addSheetWithRows(state, grid.name, grid.values.map((row) => row.map((v) => (v instanceof Date ? toExcelSerial(fromUtcDate(v)!) : v))));
    }
    const records = Array.from({ length: 70_000 }, (_, i) => [`2023-${i}`, `办件记录第${i}号`, '省政务服务中心综合窗口', i]);
    addSheetWithRows(state, '办件明细', [['编号', '事项', '窗口', '序号'], ...records]);
    const { ctx, context } = excelContext(state);
    const result = await generateBulletinSheet(context, DEFAULT_SETTINGS);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result).toMatchObject({ ok: true, sheetName: '2023年第38期周报' });
    expect(ctx.core.records.some((r) => r.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(ctx.core.records.filter((r) => r.error === null).every((r) => r.responseBytes <= 5_000_000)).toBe(true);
    expect(result.document?.head).toEqual(composeBulletin(referenceWorkbook({ bulletinInputs: true })).document?.head);
  }, 60_000);
});

describe('a cell being edited (InvalidOperationInCellEditMode)', () => {
  test('at the click: 「请先结束单元格编辑，再生成排名」, and the workbook as it was', async () => {
    const state = scoreWorkbook();
    state.cellEditing = true;
    const before = workbookSnapshot(state);
    const result = await run(state);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^请先结束单元格编辑，再生成排名。/)]);
    expect(workbookSnapshot(state)).toEqual(before);
  });

  test('begun between the read and the write: nothing written, the same advice; after Enter the next click works', async () => {
    const state = scoreWorkbook();
    const before = state.sheets.map(sheetSnapshot);
    const { ctx, context } = excelContext(state);
    const realSync = ctx.core.sync.bind(ctx.core);
    let n = 0;
    ctx.core.sync = () => {
      if (++n === 2) state.cellEditing = true;
      return realSync();
    };
    const result = await generate(context, SETTINGS, undefined, { today: TODAY });
    expect(result.ok).toBe(false);
    expect(messages(result)).toMatch(/^请先结束单元格编辑，再生成排名。写入「8月考核结果」时 Excel 拒绝了（InvalidOperationInCellEditMode），工作簿中没有留下半成品。/);
    expect(state.sheets.map(sheetSnapshot)).toEqual(before);
    // The lock could not be given back while the cell was edited; this runtime takes it back at once.
    state.cellEditing = false;
    expect(await run(state)).toMatchObject({ ok: true, sheetName: '8月考核结果' });
    expect(state.names.some((x) => x.name === LOCK_NAME)).toBe(false);
  });
});

describe('protection', () => {
  test('workbook structure protected: the reason and what to do, nothing added, no name left', async () => {
    const state = scoreWorkbook();
    state.structureProtected = true;
    const before = workbookSnapshot(state);
    const result = await run(state);
    expect(result.ok).toBe(false);
    expect(messages(result)).toMatch(/Excel 拒绝了修改（工作簿或工作表受保护，或文件只读）。请在“审阅”中撤销保护.*再生成排名。.*工作簿中没有留下半成品/);
    expect(workbookSnapshot(state)).toEqual(before);
  });

  test('a protected score sheet is read, never written; a protected ranking can still be replaced', async () => {
    const state = scoreWorkbook();
    const source = state.sheetByName('考核')!;
    source.isProtected = true;
    const first = await run(state);
    expect(first).toMatchObject({ ok: true, sheetName: '8月考核结果' });
    expect(source.writes).toBe(0);
    state.sheetByName('8月考核结果')!.isProtected = true;
    const replaced = await generate(excelContext(state).context, SETTINGS, undefined, { today: TODAY, replaceSheet: '8月考核结果' });
    expect(replaced).toMatchObject({ ok: true, sheetName: '8月考核结果' });
    expect(state.sheets.map((s) => s.name)).toEqual(['考核', '8月考核结果']);
  });

  test('新建模板 with the structure protected: refused with the advice, nothing added', async () => {
    const state = scoreWorkbook();
    state.structureProtected = true;
    const before = workbookSnapshot(state);
    const result = await insertTemplate(excelContext(state).context);
    expect(result.added).toEqual([]);
    expect(result.problems.map((p) => p.message).join('\n')).toMatch(/请在“审阅”中撤销保护.*再新建模板/);
    expect(workbookSnapshot(state)).toEqual(before);
  });
});

describe('debugInfo.errorLocation missing', () => {
  test('a refused print setup is still retried without it: the ranking is made, and the warning says so', async () => {
    const state = scoreWorkbook();
    const result = await run(state, { limits: { omitErrorLocation: true }, faults: { failOnCall: { action: 'PageLayout.zoom' }, error: { code: 'GeneralException' } } });
    expect(result).toMatchObject({ ok: true, sheetName: '8月考核结果' });
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([['warning', expect.stringContaining('Excel 拒绝了带打印设置的写入')]]);
    expect(sheetMismatches(state.sheetByName('8月考核结果')!, expectedPlan(ROWS, '8月考核结果', SETTINGS), false)).toEqual([]);
  });

  test('生成通报 too: written without print setup, and said so', async () => {
    const state = new FakeWorkbookState();
    for (const grid of referenceWorkbook({ bulletinInputs: true }).sheets) {
      addSheetWithRows(state, grid.name, grid.values.map((row) => row.map((v) => (v instanceof Date ? toExcelSerial(fromUtcDate(v)!) : v))));
    }
    const options: FakeExcelOptions = { limits: { omitErrorLocation: true }, faults: { failOnCall: { action: 'PageLayout.orientation' } } };
    const result = await generateBulletinSheet(excelContext(state, options).context, DEFAULT_SETTINGS);
    expect(result).toMatchObject({ ok: true, sheetName: '2023年第38期周报' });
    expect(result.problems.filter((p) => p.message.includes('Excel 拒绝了带打印设置的写入'))).toHaveLength(1);
  });

  test('a failure that a second try cannot cure is not retried', async () => {
    const state = scoreWorkbook();
    const before = workbookSnapshot(state);
    const { ctx, context } = excelContext(state, { limits: { omitErrorLocation: true }, faults: { failOnCall: { action: 'Range.merge' }, error: { code: 'AccessDenied' } } });
    const result = await generate(context, SETTINGS, undefined, { today: TODAY });
    expect(result.ok).toBe(false);
    expect(ctx.core.calls('Range.merge')).toBe(1);
    expect(workbookSnapshot(state)).toEqual(before);
  });
});

describe('merged areas reported as their top-left cells (office-js #1590)', () => {
  test('the grid gets the whole areas', async () => {
    const state = scoreWorkbook([['部门窗口', '考核分值', null, null], [null, '基础分值', '减分分值', '加分分值'], ['水利厅', 100, 0, 10], ['商务厅', 100, -2, 6]]);
    const sheet = state.sheetByName('考核')!;
    sheet.merges.push({ row: 0, col: 0, rows: 2, cols: 1 }, { row: 0, col: 1, rows: 1, cols: 3 });
    const read = await readSourceGrid(excelContext(state, { limits: { mergedAreasTopLeftOnly: true } }).context, { sheet: '考核' });
    expect(read.grid?.merges).toEqual(sheet.merges);
  });
});

describe('tables.add with an address without a sheet name lands on the active sheet', () => {
  test('新建模板 while the score sheet is active: each table on its own new sheet, the score sheet untouched', async () => {
    const state = scoreWorkbook();
    const before = sheetSnapshot(state.sheetByName('考核')!);
    const result = await insertTemplate(excelContext(state).context);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.added.length).toBeGreaterThan(0);
    for (const t of state.tables) expect(state.sheetById(t.sheetId)?.name).not.toBe('考核');
    expect(new Set(state.tables.map((t) => t.sheetId)).size).toBe(state.tables.length);
    expect(sheetSnapshot(state.sheetByName('考核')!)).toEqual(before);
  });
});

describe('clean-up finds its own sheet by the marker, not by the error', () => {
  test('ItemAlreadyExists after the sheet and its marker were added: the half-written sheet is deleted', async () => {
    const state = scoreWorkbook();
    const before = workbookSnapshot(state);
    // The write's second name (the source note) is refused as existing: the first request fails after the sheet landed.
    const result = await run(state, { faults: { failOnCall: { action: 'NamedItemCollection.add', nth: 3 }, error: { code: 'ItemAlreadyExists' } } });
    expect(result.ok).toBe(false);
    expect(messages(result)).toContain('已删除写了一半的工作表');
    expect(workbookSnapshot(state)).toEqual(before);
  });

  test('the marker name taken meanwhile (another writer): our sheet is found by its new id and deleted, theirs kept', async () => {
    const state = scoreWorkbook();
    const theirs = addSheetWithRows(state, '别人的结果', [['x']]);
    const { ctx, context } = excelContext(state);
    const realSync = ctx.core.sync.bind(ctx.core);
    let n = 0;
    ctx.core.sync = () => {
      // Between our read and our write, another writer marks its sheet with the marker name we are about to use.
      if (++n === 2) state.names.push({ name: 'WindowBulletin_Sheet_1', sheetId: theirs.id, range: { row: 0, col: 0, rows: 1, cols: 1 }, visible: false, comment: '' });
      return realSync();
    };
    const result = await generate(context, SETTINGS, undefined, { today: TODAY });
    expect(result.ok).toBe(false);
    expect(messages(result)).toContain('已删除写了一半的工作表');
    expect(state.sheets.map((s) => s.name)).toEqual(['考核', '别人的结果']);
    expect(state.names.map((x) => x.name)).toEqual(['WindowBulletin_Sheet_1']);
  });
});
