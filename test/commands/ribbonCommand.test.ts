/**
 * The ribbon's 生成排名 against the recording fake of the Excel object model, through the real generate path
 * (generateWithSavedSettings): the event is completed on success and on every failure, the new sheet is active
 * on success, and problems reach the user (a report) — or, when no dialog can open, at least the cell is selected.
 */
import { runGenerateRanking, type RibbonDeps } from '../../src/commands/ribbonCommand';
import type { RibbonReport } from '../../src/commands/report';
import { generateWithSavedSettings } from '../../src/excel/generate';
import { recordWithSavedSettings } from '../../src/excel/history';
import { selectCell } from '../../src/excel/navigation';
import { SETTINGS_KEY } from '../../src/excel/settingsStore';
import { MARKER_MADE } from '../../src/excel/madeSheets';
import { encodeSettings } from '../../src/excel/settingsCodec';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { DEFAULT_HISTORY_SETTINGS, encodeHistorySettings, HISTORY_SETTINGS_KEY } from '../../src/core/history/settings';
import { SMALL_SOURCE } from '../fixtures/data';
import { FakeWorkbookState, writeValue } from '../support/fakeExcel/state';
import { smallScoreSheet as scoreSheet } from './smallScoreSheet';
import { makeContext } from '../support/fakeExcel/workbook';
import type { FakeExcelOptions } from '../support/fakeExcel/context';

const TODAY = new Date(2023, 8, 20);

interface Harness {
  state: FakeWorkbookState;
  deps: RibbonDeps;
  reports: RibbonReport[];
  pointed: string[];
  logs: string[];
  event: { completed: jest.Mock };
}

function harness(state: FakeWorkbookState, options: FakeExcelOptions = {}, overrides: Partial<RibbonDeps> = {}): Harness {
  const reports: RibbonReport[] = [];
  const pointed: string[] = [];
  const logs: string[] = [];
  const deps: RibbonDeps = {
    // A fresh context per run, as Excel.run gives one.
    generate: () => generateWithSavedSettings(makeContext(state, options) as unknown as Excel.RequestContext, undefined, { today: TODAY }),
    recordHistory: async (sourceSheet) => (await recordWithSavedSettings(makeContext(state, options) as unknown as Excel.RequestContext, sourceSheet, TODAY)).problems,
    showReport: async (report) => {
      reports.push(report);
    },
    pointAt: async (p) => {
      await selectCell(makeContext(state, options) as unknown as Excel.RequestContext, p.sheet ?? '', p.cells?.[0] ?? '');
      pointed.push(`${p.sheet}!${p.cells?.[0]}`);
    },
    displayLanguage: 'zh-CN',
    log: (message) => logs.push(message),
    ...overrides,
  };
  return { state, deps, reports, pointed, logs, event: { completed: jest.fn() } };
}

/** A 合计 row under the windows: skipped with a warning that names its cell on 考核 — on 考核 only. */
function withTotalRow(sheet: ReturnType<typeof scoreSheet>): void {
  const row = SMALL_SOURCE.length + 2;
  writeValue(sheet, row, 0, '合计');
  writeValue(sheet, row, 4, 600);
}
const TOTAL_SKIPPED = expect.stringContaining(`「考核」!A${SMALL_SOURCE.length + 3}`);

/** Every text cell of a sheet, the title rows (which name the sheet) left out: what a ranking says. */
function cellTexts(state: FakeWorkbookState, sheet: string): unknown[] {
  return state.sheetByName(sheet)!.rows.slice(2).map((row) => (row ?? []).map((c) => c?.value ?? null));
}

function activeSheetName(state: FakeWorkbookState): string | undefined {
  return state.sheets.find((s) => s.id === state.activeSheetId)?.name;
}

/** Office with every requirement set, so print setup runs and no "ExcelApi 1.9 missing" warning appears. */
function withOffice(supported: (version: string) => boolean): void {
  (globalThis as { Office?: unknown }).Office = { context: { requirements: { isSetSupported: (_n: string, v: string) => supported(v) } } };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('生成排名 (ribbon command)', () => {
  test('success: writes the bulletin, activates the new sheet, completes the event, shows no dialog', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    const source = scoreSheet(state);
    const h = harness(state);
    await runGenerateRanking(h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(activeSheetName(state)).toBe('8月考核结果');
    expect(state.sheetByName('8月考核结果')?.usedRange()?.rows).toBeGreaterThan(SMALL_SOURCE.length);
    expect(source.writes).toBe(0);
    expect(h.reports).toEqual([]);
  });

  test('pressed again on the ranking it just activated: ranks 考核 again (「8月考核结果 (2)」), never the ranking', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    withTotalRow(scoreSheet(state));
    const h = harness(state);
    await runGenerateRanking(h.event, h.deps);
    // No re-activation of 考核: the first run left 「8月考核结果」 active, as a clerk would have it.
    expect(activeSheetName(state)).toBe('8月考核结果');
    await runGenerateRanking(h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(2);
    // Each run read 考核: each reports the 合计 row it skipped there (a ranking of the ranking has no such row).
    expect(h.reports.map((r) => r.items.map((i) => i.text))).toEqual([[TOTAL_SKIPPED], [TOTAL_SKIPPED]]);
    expect(activeSheetName(state)).toBe('8月考核结果 (2)');
    // The same ranking of the same windows: cell for cell what the first run wrote, titles aside.
    expect(cellTexts(state, '8月考核结果 (2)')).toEqual(cellTexts(state, '8月考核结果'));
    // The month is recorded by the first press (on by default) and left as it is by the second (same figures).
    expect(state.sheets.map((x) => x.name)).toEqual(['考核', '8月考核结果', '考核历史', '8月考核结果 (2)']);
  });

  test('on a score sheet the tally made (marked as the add-in\'s own score sheet): ranks it, and again from its ranking', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    const source = scoreSheet(state);
    state.names.push({ name: 'WindowBulletin_Score_1', sheetId: source.id, range: { row: 0, col: 0, rows: 1, cols: 1 }, visible: false, comment: MARKER_MADE });
    const h = harness(state);
    await runGenerateRanking(h.event, h.deps);
    expect(h.reports).toEqual([]);
    expect(activeSheetName(state)).toBe('8月考核结果');
    await runGenerateRanking(h.event, h.deps);
    expect(h.reports).toEqual([]);
    expect(cellTexts(state, '8月考核结果 (2)')).toEqual(cellTexts(state, '8月考核结果'));
    expect(source.writes).toBe(0);
  });

  test('two quick clicks (Office queues them): one ranking each of 考核, never a ranking of a ranking', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    withTotalRow(scoreSheet(state));
    const h = harness(state);
    await Promise.all([runGenerateRanking(h.event, h.deps), runGenerateRanking(h.event, h.deps)]);
    await runGenerateRanking(h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(3);
    const made = state.sheets.map((x) => x.name).filter((n) => n !== '考核' && n !== '考核历史');
    // The two clicks together share one run; the third click is a run of its own: two rankings, both of 考核.
    expect(made).toEqual(['8月考核结果', '8月考核结果 (2)']);
    for (const name of made) expect(cellTexts(state, name)).toEqual(cellTexts(state, '8月考核结果'));
    expect(h.reports.map((r) => r.items.map((i) => i.text))).toEqual([[TOTAL_SKIPPED], [TOTAL_SKIPPED], [TOTAL_SKIPPED]]);
  });

  test('on a made sheet whose source is unknown (a bulletin), it refuses with the reason and writes nothing', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    scoreSheet(state);
    const h = harness(state);
    await runGenerateRanking(h.event, h.deps);
    // The sheet the ranking came from is deleted: the note turns #REF!, and the ranking is all that is left active.
    state.deleteSheet(state.sheetByName('考核')!);
    const before = state.sheets.map((x) => x.name);
    await runGenerateRanking(h.event, h.deps);
    expect(state.sheets.map((x) => x.name)).toEqual(before);
    expect(h.reports).toHaveLength(1);
    expect(h.reports[0]).toMatchObject({ ok: false, title: '未生成排名' });
    expect(h.reports[0].items[0].text).toContain('「8月考核结果」是本加载项生成的结果，不能再作为数据来源排名');
  });

  test('uses the settings saved in the workbook (source sheet, hall name), not the active sheet', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    state.addSheet('说明');
    scoreSheet(state, '九月数据');
    state.settings.set(SETTINGS_KEY, encodeSettings({ ...DEFAULT_SETTINGS, sourceSheet: '九月数据', hallName: '市民中心' }));
    const h = harness(state);
    await runGenerateRanking(h.event, h.deps);
    expect(h.reports).toEqual([]);
    const made = state.sheetByName('8月考核结果')!;
    const texts = made.rows.flatMap((row) => (row ?? []).map((c) => c?.value)).filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes('市民中心'))).toBe(true);
    expect(activeSheetName(state)).toBe('8月考核结果');
  });

  test('without ExcelApi 1.9 the sheet is still made and the missing print setup is reported, not hidden', async () => {
    withOffice((v) => Number(v.split('.')[1]) <= 8);
    const state = new FakeWorkbookState();
    scoreSheet(state);
    const h = harness(state, { apiVersion: '1.8' });
    await runGenerateRanking(h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(activeSheetName(state)).toBe('8月考核结果');
    expect(h.reports).toHaveLength(1);
    expect(h.reports[0]).toMatchObject({ ok: true, title: '已生成「8月考核结果」' });
    expect(h.reports[0].items).toEqual([{ severity: 'warning', text: expect.stringContaining('ExcelApi 1.9') }]);
  });

  test('data errors: nothing is written, the event completes, every problem is reported with its cell', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    const source = scoreSheet(state);
    writeValue(source, 3, 2, '十');
    writeValue(source, 5, 3, '很多');
    const h = harness(state);
    await runGenerateRanking(h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(state.sheets.map((s) => s.name)).toEqual(['考核']);
    expect(h.reports).toHaveLength(1);
    const report = h.reports[0];
    expect(report.ok).toBe(false);
    expect(report.title).toBe('未生成排名');
    expect(report.summary).toMatch(/2 个错误/);
    const texts = report.items.filter((i) => i.severity === 'error').map((i) => i.text);
    expect(texts).toEqual([expect.stringContaining('「考核」!C4'), expect.stringContaining('「考核」!D6')]);
  });

  test('Excel failing outright: the event completes and the failure is reported', async () => {
    const state = new FakeWorkbookState();
    scoreSheet(state);
    const h = harness(state, {}, { generate: () => Promise.reject(Object.assign(new Error('The workbook is busy.'), { code: 'GeneralException' })) });
    await runGenerateRanking(h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(h.reports).toHaveLength(1);
    expect(h.reports[0]).toMatchObject({ ok: false, title: '生成排名时出错' });
    expect(h.reports[0].items[0].text).toContain('GeneralException：The workbook is busy.');
  });

  test('a failed write (fault at the write sync): the half-written sheet is gone, the event completes, the failure is reported', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    scoreSheet(state);
    const h = harness(state, { faults: { failAtSync: 2 } });
    await runGenerateRanking(h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(state.sheets.map((s) => s.name)).toEqual(['考核']);
    expect(h.reports).toHaveLength(1);
    expect(h.reports[0].ok).toBe(false);
    expect(h.reports[0].items.map((i) => i.text).join()).toMatch(/写入工作表「8月考核结果」时出错/);
  });

  test('when no dialog can be shown: the problem is logged, its cell selected, and the event still completes', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    const source = scoreSheet(state);
    writeValue(source, 4, 1, '一百');
    const other = state.addSheet('其他');
    state.activeSheetId = source.id;
    const h = harness(state, {}, { showReport: () => Promise.reject(new Error('对话框未能打开（12007：已有对话框）')) });
    await runGenerateRanking(h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(h.logs.join('\n')).toContain('「考核」!B5');
    expect(h.pointed).toEqual(['考核!B5']);
    expect(state.selection).toMatchObject({ sheetId: source.id, range: { row: 4, col: 1, rows: 1, cols: 1 } });
    expect(other.writes).toBe(0);
  });

  test('the event completes only after the report is closed (completing unloads the page and its dialog)', async () => {
    const state = new FakeWorkbookState();
    scoreSheet(state);
    let closeDialog: () => void = () => undefined;
    const h = harness(state, {}, {
      generate: () => Promise.reject(new Error('boom')),
      showReport: () => new Promise<void>((resolve) => (closeDialog = resolve)),
    });
    const run = runGenerateRanking(h.event, h.deps);
    await new Promise((r) => setTimeout(r, 10));
    expect(h.event.completed).not.toHaveBeenCalled();
    closeDialog();
    await run;
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });

  test('a bug in the reporting itself still completes the event and is logged', async () => {
    const h = harness(new FakeWorkbookState(), {}, {
      generate: async () => ({ ok: false, sheetName: null, problems: null as unknown as [] }),
    });
    await runGenerateRanking(h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
    expect(h.logs).toEqual(['“生成排名”意外出错。']);
  });
});

describe('生成排名 records the month in 「考核历史」 (as the pane\'s generate does)', () => {
  const historyRows = (state: FakeWorkbookState) =>
    state.sheetByName('考核历史')!.rows.slice(1).map((row) => [row?.[0]?.value, row?.[1]?.value, row?.[5]?.value, row?.[6]?.value]);

  test('on by default: the month recorded once; pressed again after a correction, its rows replaced, never duplicated', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    const source = scoreSheet(state);
    const h = harness(state);
    await runGenerateRanking(h.event, h.deps);
    expect(h.reports).toEqual([]);
    expect(historyRows(state)).toEqual([
      ['2023-08', '交通运输厅', 118, 1],
      ['2023-08', '水利厅', 110, 2],
      ['2023-08', '生态环境厅', 110, 2],
      ['2023-08', '公安厅', 107.5, 4],
      ['2023-08', '成都海关', 98.5, 5],
      ['2023-08', '教育厅', 90, 6],
    ]);
    expect(state.tables.map((t) => t.name)).toEqual(['WindowHistory']);
    // 教育厅's deduction corrected from 12 to 2 (100: fifth, above 成都海关's 98.5): the second press replaces August's rows.
    writeValue(source, 5, 2, -2);
    writeValue(source, 5, 4, 100);
    await runGenerateRanking(h.event, h.deps);
    expect(h.event.completed).toHaveBeenCalledTimes(2);
    const rows = historyRows(state);
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r[1] === '教育厅')).toEqual(['2023-08', '教育厅', 100, 5]);
    expect(state.tables).toHaveLength(1);
  });

  test('within the budget: reading the saved settings with the source (1 sync), the history and roster (1), the write (1)', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    scoreSheet(state);
    await runGenerateRanking(harness(state).event, harness(state).deps);
    const first = await recordWithSavedSettings(makeContext(state, {}) as unknown as Excel.RequestContext, '考核', TODAY);
    expect(first).toMatchObject({ recorded: 'unchanged', syncs: 2 });
    writeValue(state.sheetByName('考核')!, 2, 3, 8);
    const second = await recordWithSavedSettings(makeContext(state, {}) as unknown as Excel.RequestContext, '考核', TODAY);
    expect(second).toMatchObject({ recorded: 'replaced', month: '2023-08', syncs: 3 });
  });

  test('off in the saved history settings: nothing recorded, one sync spent finding that out', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    scoreSheet(state);
    state.settings.set(HISTORY_SETTINGS_KEY, encodeHistorySettings({ ...DEFAULT_HISTORY_SETTINGS, recordOnGenerate: false }));
    const h = harness(state);
    await runGenerateRanking(h.event, h.deps);
    expect(activeSheetName(state)).toBe('8月考核结果');
    expect(state.sheetByName('考核历史')).toBeUndefined();
    const r = await recordWithSavedSettings(makeContext(state, {}) as unknown as Excel.RequestContext, '考核', TODAY);
    expect(r).toMatchObject({ recorded: 'not-recorded', syncs: 1, problems: [] });
  });

  test('a 「考核历史」 with an unreadable row: the ranking is written, the history untouched, the report says why', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    scoreSheet(state);
    const history = state.addSheet('考核历史');
    ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'].forEach((v, c) => writeValue(history, 0, c, v));
    ['七月', '水利厅', 100, 0, 1, 101, 1, '美式', null].forEach((v, c) => writeValue(history, 1, c, v));
    const writesBefore = history.writes;
    const h = harness(state);
    await runGenerateRanking(h.event, h.deps);
    expect(activeSheetName(state)).toBe('8月考核结果');
    expect(history.writes).toBe(writesBefore);
    expect(h.reports).toHaveLength(1);
    expect(h.reports[0]).toMatchObject({ ok: true, title: '已生成「8月考核结果」' });
    const texts = h.reports[0].items.map((i) => i.text);
    expect(texts).toContainEqual(expect.stringContaining('「考核历史」!A2'));
    expect(texts).toContainEqual(expect.stringContaining('本月没有记入「考核历史」'));
  });

  test('recording failing outright: the ranking stands, the report warns that the month was not recorded', async () => {
    withOffice(() => true);
    const state = new FakeWorkbookState();
    scoreSheet(state);
    const h = harness(state, {}, { recordHistory: () => Promise.reject(new Error('网络中断')) });
    await runGenerateRanking(h.event, h.deps);
    expect(activeSheetName(state)).toBe('8月考核结果');
    expect(h.reports[0]).toMatchObject({ ok: true });
    expect(h.reports[0].items).toEqual([{ severity: 'warning', text: expect.stringContaining('没能记入「考核历史」') }]);
    expect(h.event.completed).toHaveBeenCalledTimes(1);
  });
});
