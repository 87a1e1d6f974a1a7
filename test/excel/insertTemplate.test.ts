/**
 * 新建模板 in the open workbook over the recording fake: the missing input sheets added as tables with the
 * CLI template's headers, example rows and validation rules, in two syncs; existing sheets skipped and untouched;
 * a failed write leaves no sheet behind.
 */
import { exampleInputData } from '../../src/core/bulletin/exampleInputs';
import { inputSheetContents } from '../../src/core/bulletin/inputWorkbook';
import { insertTemplate } from '../../src/excel/insertTemplate';
import { exampleLedgerData } from '../../src/core/ledger/examples';
import { ledgerInputContents } from '../../src/core/ledger/inputContents';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice, sheetSnapshot, scoreRows } from '../support/fakeExcel/workbookFixtures';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const CONTENTS = [...inputSheetContents(exampleInputData()), ...ledgerInputContents(exampleLedgerData()).contents];

test('into a workbook with only a score sheet: every input sheet as a table with headers and examples, in two syncs', async () => {
  const state = new FakeWorkbookState();
  const scores = addSheetWithRows(state, '考核', scoreRows(5));
  const before = sheetSnapshot(scores);
  const { ctx, context } = excelContext(state);

  const result = await insertTemplate(context);

  expect(result.problems).toEqual([]);
  expect(result.skipped).toEqual([]);
  expect(result.added).toEqual(CONTENTS.map((c) => c.sheet));
  expect(result.syncs).toBe(2);
  expect(ctx.core.records).toHaveLength(2);
  expect(state.sheets.map((s) => s.name)).toEqual(['考核', ...CONTENTS.map((c) => c.sheet)]);
  expect(sheetSnapshot(scores)).toEqual(before);
  expect(scores.writes).toBe(0);

  for (const c of CONTENTS) {
    const sheet = state.sheetByName(c.sheet)!;
    const table = state.tables.find((t) => t.sheetId === sheet.id)!;
    expect(table.name).toBe(c.tableName);
    // Header on row 3, the examples under it.
    expect(table.range).toEqual({ row: 2, col: 0, rows: Math.max(c.rows.length, 1) + 1, cols: c.columns.length });
    expect(c.columns.map((_, i) => sheet.cell(2, i)?.value)).toEqual(c.columns.map((col) => col.label));
    expect(sheet.cell(0, 0)?.value).toBe(c.note);
  }
});

test('validation: counts whole numbers ≥ 0, dates between bounds, with the Chinese error messages', async () => {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(3));
  await insertTemplate(excelContext(state).context);

  const stats = state.sheetByName('办件统计')!;
  const rules = stats.validations.filter((v) => v.prop === 'rule');
  const kinds = CONTENTS.find((c) => c.sheet === '办件统计')!.columns.map((c) => c.kind);
  expect(rules.map((r) => r.range.col)).toEqual(kinds.map((_, i) => i).filter((i) => kinds[i] !== 'text'));
  for (const r of rules) {
    expect(r.range).toMatchObject({ row: 3, rows: 500, cols: 1 });
    const kind = kinds[r.range.col];
    if (kind === 'count') expect(r.value).toEqual({ wholeNumber: { formula1: '0', operator: 'GreaterThanOrEqualTo' } });
    if (kind === 'date') expect(r.value).toEqual({ date: { formula1: '2000-01-01', formula2: '2099-12-31', operator: 'Between' } });
  }
  const alerts = stats.validations.filter((v) => v.prop === 'errorAlert').map((v) => v.value as { title: string; showAlert: boolean });
  expect(alerts.length).toBe(rules.length);
  expect(alerts.every((a) => a.showAlert && a.title.startsWith('只能填写'))).toBe(true);

  // The facts sheet: one kind per row of its value column, so each cell has its own rule.
  const facts = state.sheetByName('通报信息')!;
  const factRules = facts.validations.filter((v) => v.prop === 'rule');
  expect(factRules.length).toBeGreaterThan(0);
  expect(factRules.every((r) => r.range.rows === 1 && r.range.col === 1)).toBe(true);
  // Dates are written as dates: serial numbers under a date format.
  const dateRow = factRules.find((r) => 'date' in (r.value as object))!.range.row;
  expect(typeof facts.cell(dateRow, 1)?.value).toBe('number');
  expect(facts.cell(dateRow, 1)?.numberFormat).toBe('yyyy-mm-dd');
});

test('sheets that exist are skipped and not touched; only the missing ones are added', async () => {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(3));
  const mine = addSheetWithRows(state, '办件统计', [['我的表'], [1]]);
  const before = sheetSnapshot(mine);

  const result = await insertTemplate(excelContext(state).context);

  expect(result.skipped).toEqual(['办件统计']);
  expect(result.added).toEqual(CONTENTS.map((c) => c.sheet).filter((n) => n !== '办件统计'));
  expect(sheetSnapshot(mine)).toEqual(before);
  expect(mine.writes).toBe(0);

  // A second run adds nothing, in one sync.
  const { ctx, context } = excelContext(state);
  const again = await insertTemplate(context);
  expect(again.added).toEqual([]);
  expect(again.skipped).toEqual(CONTENTS.map((c) => c.sheet));
  expect(ctx.core.records).toHaveLength(1);
});

test('a failed write removes every sheet it added and says so', async () => {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(3));
  const { context } = excelContext(state, { faults: { failAtSync: 2 } });

  const result = await insertTemplate(context);

  expect(result.added).toEqual([]);
  expect(result.problems.map((p) => p.code)).toEqual(['WRITE_FAILED']);
  expect(result.problems[0].message).toContain('已撤销');
  expect(state.sheets.map((s) => s.name)).toEqual(['考核']);
  expect(state.tables).toEqual([]);
});

test('a table name taken elsewhere in the workbook stops that sheet with a problem, the rest are added', async () => {
  const state = new FakeWorkbookState();
  const other = addSheetWithRows(state, '考核', scoreRows(3));
  state.tables.push({ name: 'WeeklyStatistics', sheetId: other.id, range: { row: 0, col: 0, rows: 2, cols: 2 } });

  const result = await insertTemplate(excelContext(state).context);

  expect(result.added).not.toContain('办件统计');
  expect(result.added).toHaveLength(CONTENTS.length - 1);
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0].message).toContain('WeeklyStatistics');
});

test('in Excel without data validation (ExcelApi 1.7) the sheets are added without it, and a warning says so', async () => {
  installOfficeRequirements('1.7');
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(3));
  const { ctx, context } = excelContext(state, { apiVersion: '1.7' });

  const result = await insertTemplate(context);

  expect(result.added).toHaveLength(CONTENTS.length);
  expect(result.problems.map((p) => [p.severity, p.message.includes('ExcelApi 1.8')])).toEqual([['warning', true]]);
  expect(state.sheets.every((s) => s.validations.length === 0)).toBe(true);
  expect(ctx.core.records).toHaveLength(2);
});

test('text columns are formatted as text before the values land, so a template starting with = stays text', async () => {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(3));
  await insertTemplate(excelContext(state).context);

  for (const c of CONTENTS) {
    const sheet = state.sheetByName(c.sheet)!;
    const kinds = sheet.contentLog.map((e) => e.kind);
    expect(kinds.indexOf('numberFormat')).toBeLessThan(kinds.lastIndexOf('values'));
    c.columns.forEach((col, i) => {
      if (col.kind === 'text' && !c.cellKinds.some((k) => k.col === i)) expect(sheet.cell(3, i)?.numberFormat).toBe('@');
    });
  }
});
