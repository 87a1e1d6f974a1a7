/**
 * Fault injection: a generate is run once cleanly to learn its syncs and calls, then again with Excel failing at
 * each sync (before any of its actions, halfway, after all of them) and at each single call in turn. Afterwards the
 * workbook holds either the complete bulletin sheet or nothing of it — sheets, workbook names and settings as
 * before — the source is untouched, and the failure comes back as a Chinese problem, never as an exception.
 * Also: two generates started together produce one result.
 */
import { DEFAULT_SETTINGS, type BulletinSettings } from '../../src/core/settings';
import { generate, generateWithSavedSettings, type ExcelGenerateResult, type GenerateOptions } from '../../src/excel/generate';
import { createExcelHost } from '../../src/excel/excelHost';
import { SETTINGS_KEY } from '../../src/excel/settingsStore';
import { LOCK_NAME } from '../../src/excel/generateLock';
import { MARKER_MADE, MARKER_PREFIX, sourceNameOf } from '../../src/excel/madeSheets';
import { encodeSettings } from '../../src/excel/settingsCodec';
import type { FaultPlan } from '../support/fakeExcel/context';
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
import { TODAY, expectedPlan, sheetMismatches } from './planCheck';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const ROWS = scoreRows(25);
const SETTINGS: BulletinSettings = { ...DEFAULT_SETTINGS, hallName: '测试大厅', sourceSheet: '考核' };

interface Scenario {
  name: string;
  /** The workbook before the generate under test (built without faults). */
  setup(): Promise<FakeWorkbookState>;
  run(context: Excel.RequestContext): Promise<ExcelGenerateResult>;
  /** The sheet a successful run leaves the bulletin in. */
  target: string;
}

async function baseWorkbook(): Promise<FakeWorkbookState> {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', ROWS);
  addSheetWithRows(state, '备注', [['请勿改动']]);
  state.settings.set(SETTINGS_KEY, encodeSettings(SETTINGS));
  return state;
}

const pane = (options: GenerateOptions) => (context: Excel.RequestContext) => generate(context, SETTINGS, undefined, { today: TODAY, ...options });

const SCENARIOS: Scenario[] = [
  { name: 'a new sheet (pane)', setup: baseWorkbook, run: pane({}), target: '8月考核结果' },
  // A small request budget splits the write into several syncs, as 100,000 windows do: the clean-up then finds the
  // half-written sheet by the id the first batch returned.
  { name: 'a new sheet written in several requests', setup: baseWorkbook, run: pane({ budgetBytes: 2500 }), target: '8月考核结果' },
  {
    name: 'a new sheet (ribbon, saved settings)',
    setup: baseWorkbook,
    run: (context) => generateWithSavedSettings(context, undefined, { today: TODAY }),
    target: '8月考核结果',
  },
  {
    name: 'replacing an add-in-made sheet',
    setup: async () => {
      const state = await baseWorkbook();
      const first = await pane({})(excelContext(state).context);
      if (!first.ok) throw new Error('setup failed');
      return state;
    },
    run: pane({ replaceSheet: '8月考核结果' }),
    target: '8月考核结果',
  },
];

/** A clean run's syncs (their action counts) and every (action, nth call) it made, in order. */
async function learn(s: Scenario): Promise<{ syncs: number[]; calls: FaultPlan['failOnCall'][] }> {
  const { ctx, context } = excelContext(await s.setup());
  const result = await s.run(context);
  expect(result.problems).toEqual([]);
  const counts = new Map<string, number>();
  const calls: FaultPlan['failOnCall'][] = [];
  for (const r of ctx.core.records) {
    for (const action of r.actionNames) {
      const nth = (counts.get(action) ?? 0) + 1;
      counts.set(action, nth);
      calls.push({ action, nth });
    }
  }
  return { syncs: ctx.core.records.map((r) => r.actions), calls };
}

/** Runs the scenario with a fault and checks the all-or-nothing outcome; returns what happened, for the tally. */
async function checkWithFault(s: Scenario, faults: FaultPlan): Promise<'complete' | 'nothing'> {
  const state = await s.setup();
  const before = workbookSnapshot(state);
  const source = state.sheetByName('考核')!;
  const sourceBefore = sheetSnapshot(source);
  const others = state.sheets.filter((x) => x.name !== s.target && x !== source).map((x) => [x, sheetSnapshot(x)] as const);
  const settingsBefore = [...state.settings];
  const { context } = excelContext(state, { faults });

  let result: ExcelGenerateResult;
  try {
    result = await s.run(context);
  } catch (error) {
    throw new Error(`${s.name}, fault ${JSON.stringify(faults)}: the host threw ${String(error)}`);
  }
  const where = `${s.name}, fault ${JSON.stringify(faults)}`;
  expect({ where, source: sheetSnapshot(source) }).toEqual({ where, source: sourceBefore });
  expect({ where, settings: [...state.settings] }).toEqual({ where, settings: settingsBefore });
  for (const [sheet, snap] of others) expect({ where, sheet: sheetSnapshot(sheet) }).toEqual({ where, sheet: snap });

  if (result.ok) {
    const sheet = state.sheetByName(s.target);
    expect({ where, name: result.sheetName }).toEqual({ where, name: s.target });
    // A refused print setup is retried without it, and the result says so.
    const printed = !result.problems.some((p) => p.message.includes('未接受打印设置'));
    expect({ where, mismatches: sheetMismatches(sheet!, expectedPlan(ROWS, s.target, SETTINGS), printed) }).toEqual({ where, mismatches: [] });
    // Exactly one sheet of that name and one live marker per made sheet: no parked copy, no stray marker.
    expect({ where, sheets: state.sheets.map((x) => x.name).sort() }).toEqual({ where, sheets: ['考核', '备注', s.target].sort() });
    // One live marker (the new sheet's, saying "made"); a replaced sheet's marker is dead (#REF!) until the next generate.
    const markers = state.names.filter((n) => n.name.startsWith(MARKER_PREFIX) && state.sheetById(n.sheetId));
    expect({ where, markers: markers.map((n) => [n.sheetId, n.comment]) }).toEqual({ where, markers: [[sheet!.id, MARKER_MADE]] });
    // Its source note points at the score sheet (a replaced sheet's note goes with its dead marker); no lock is left.
    const note = state.names.find((n) => n.name === sourceNameOf(markers[0].name));
    expect({ where, note: note?.sheetId }).toEqual({ where, note: source.id });
    expect({ where, lock: state.names.some((n) => n.name === LOCK_NAME) }).toEqual({ where, lock: false });
    expect({ where, visible: state.names.filter((n) => n.visible).length }).toEqual({ where, visible: 0 });
    return 'complete';
  }
  // Nothing of it: sheets, names and settings exactly as before.
  expect({ where, workbook: workbookSnapshot(state) }).toEqual({ where, workbook: before });
  const errors = result.problems.filter((p) => p.severity === 'error');
  expect({ where, errors: errors.length > 0 }).toEqual({ where, errors: true });
  for (const p of errors) expect({ where, message: /[\u4e00-\u9fff]/.test(p.message) }).toEqual({ where, message: true });
  return 'nothing';
}

describe.each(SCENARIOS)('faults while generating: $name', (s) => {
  test('a failure at each sync — before, halfway through, after its actions — leaves all or nothing', async () => {
    const { syncs } = await learn(s);
    if (s.name.includes('several')) expect(syncs.length).toBeGreaterThan(3);
    const tally = { complete: 0, nothing: 0 };
    for (let k = 1; k <= syncs.length; k++) {
      for (const before of [0, Math.floor(syncs[k - 1] / 2), syncs[k - 1]]) {
        tally[await checkWithFault(s, { failAtSync: k, actionsBeforeFailure: before })]++;
      }
    }
    // A fault at a write sync must not be reported as a success.
    expect(tally.nothing).toBeGreaterThanOrEqual(syncs.length);
  });

  test('a failure at each single call in turn leaves all or nothing', async () => {
    const { calls } = await learn(s);
    const tally = { complete: 0, nothing: 0 };
    for (const call of calls) tally[await checkWithFault(s, { failOnCall: call })]++;
    // Only a refused print setup is worth retrying (the sheet is then complete without it, and says so).
    expect(tally.nothing).toBeGreaterThan(calls.length / 2);
  }, 60_000);

  test('Excel failing at every sync from the write on: nothing is left if the clean-up can run, else the user is told what to delete', async () => {
    const state = await s.setup();
    const { ctx, context } = excelContext(state);
    // Every sync after the first (the read) fails.
    const realSync = ctx.core.sync.bind(ctx.core);
    let n = 0;
    ctx.core.sync = async () => {
      n++;
      await realSync();
      if (n > 1) throw Object.assign(new Error('连接已断开'), { code: 'GeneralException' });
    };
    const result = await s.run(context);
    expect(result.ok).toBe(false);
    const message = result.problems.map((p) => p.message).join('\n');
    expect(message).toMatch(/请手动删除|恢复原名失败/);
  });
});

describe('one run at a time', () => {
  test('two generates started together produce one result and one sheet', async () => {
    const state = await baseWorkbook();
    const [a, b] = await Promise.all([pane({})(excelContext(state).context), pane({})(excelContext(state).context)]);
    expect(a).toBe(b);
    expect(a.ok).toBe(true);
    expect(state.sheets.map((x) => x.name)).toEqual(['考核', '备注', '8月考核结果']);
    // Once it is over, the next click runs again.
    const c = await pane({})(excelContext(state).context);
    expect(c.sheetName).toBe('8月考核结果 (2)');
  });

  test('through the pane\'s host (Excel.run): two clicks at once give one result; a failure comes back as a problem', async () => {
    const state = await baseWorkbook();
    let faults: FaultPlan | undefined;
    (globalThis as { Excel?: unknown }).Excel = { run: (work: (c: Excel.RequestContext) => unknown) => work(excelContext(state, { faults }).context) };
    try {
      const host = createExcelHost();
      const [a, b] = await Promise.all([host.generate(SETTINGS), host.generate(SETTINGS)]);
      expect(a).toBe(b);
      expect(state.sheets.map((x) => x.name)).toEqual(['考核', '备注', '8月考核结果']);
      faults = { failAtSync: 2 };
      const before = workbookSnapshot(state);
      const failed = await host.generate(SETTINGS);
      expect(failed.ok).toBe(false);
      expect(failed.problems[0].message).toMatch(/^写入工作表「8月考核结果 \(2\)」时出错（GeneralException：Injected failure/);
      expect(workbookSnapshot(state)).toEqual(before);
    } finally {
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });

  test('after a failed run the guard is released', async () => {
    const state = await baseWorkbook();
    const failed = await pane({})(excelContext(state, { faults: { failAtSync: 2 } }).context);
    expect(failed.ok).toBe(false);
    const next = await pane({})(excelContext(state).context);
    expect(next).toMatchObject({ ok: true, sheetName: '8月考核结果' });
  });
});
