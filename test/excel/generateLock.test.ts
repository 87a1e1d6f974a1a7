/**
 * Pane and ribbon are separate runtimes (no shared runtime in the manifest): each loads its own copy of
 * src/excel/generate.ts, so the in-memory guard cannot keep them apart. The workbook lock must: two generates
 * started together from two runtimes give one ranking and one clear refusal, never two interleaved writes; a lock
 * left by a run that died is taken over once stale; a lock this runtime left is taken back at once.
 */
import { DEFAULT_SETTINGS, type BulletinSettings } from '../../src/core/settings';
import type * as GenerateModule from '../../src/excel/generate';
import { LOCK_NAME, LOCK_STALE_MS } from '../../src/excel/generateLock';
import { MARKER_PREFIX } from '../../src/excel/madeSheets';
import { SETTINGS_KEY } from '../../src/excel/settingsStore';
import { encodeSettings } from '../../src/excel/settingsCodec';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice, scoreRows, workbookSnapshot } from '../support/fakeExcel/workbookFixtures';
import { TODAY } from './planCheck';

beforeEach(() => installOfficeRequirements());
afterEach(() => removeOffice());

const SETTINGS: BulletinSettings = { ...DEFAULT_SETTINGS, sourceSheet: '考核' };

/** A runtime of its own: a fresh copy of the generate module (its own in-flight guard, its own runtime id). */
function runtime(): typeof GenerateModule {
  let mod: typeof GenerateModule | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a second, isolated module instance is the point
    mod = require('../../src/excel/generate') as typeof GenerateModule;
  });
  return mod!;
}

function workbook(): FakeWorkbookState {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(40));
  state.settings.set(SETTINGS_KEY, encodeSettings(SETTINGS));
  return state;
}

const madeSheets = (state: FakeWorkbookState) => state.sheets.map((s) => s.name).filter((n) => n !== '考核');
const lockOf = (state: FakeWorkbookState) => state.names.find((n) => n.name === LOCK_NAME);

test('the pane and the ribbon pressed together: one ranking, one refusal naming the other run, no lock left', async () => {
  const state = workbook();
  const pane = runtime();
  const ribbon = runtime();
  const [a, b] = await Promise.all([
    pane.generate(excelContext(state).context, SETTINGS, undefined, { today: TODAY }),
    ribbon.generateWithSavedSettings(excelContext(state).context, undefined, { today: TODAY }),
  ]);
  expect([a.ok, b.ok].sort()).toEqual([false, true]);
  const refused = a.ok ? b : a;
  expect(refused.problems.map((p) => p.message)).toEqual([expect.stringContaining('另一次“生成排名”正在进行')]);
  expect(madeSheets(state)).toEqual(['8月考核结果']);
  expect(state.names.filter((n) => n.name.startsWith(MARKER_PREFIX))).toHaveLength(1);
  expect(lockOf(state)).toBeUndefined();
  // Once the first is done, the other runtime generates normally.
  const again = await ribbon.generateWithSavedSettings(excelContext(state).context, undefined, { today: TODAY });
  expect(again).toMatchObject({ ok: true, sheetName: '8月考核结果 (2)' });
});

test('the lock costs no round trip: a generate is still one read and one write', async () => {
  const state = workbook();
  const { ctx, context } = excelContext(state);
  const result = await runtime().generate(context, SETTINGS, undefined, { today: TODAY });
  expect(result.ok).toBe(true);
  expect(ctx.core.records).toHaveLength(2);
  // Taken by the first action of the first request, given back in the last write.
  expect(ctx.core.records[0].actionNames[0]).toBe('NamedItemCollection.add');
  expect(ctx.core.records[1].actionNames).toContain('NamedItem.delete');
});

test('a lock another runtime holds: refused, nothing written, the lock left alone; once stale it is taken over', async () => {
  const state = workbook();
  const holder = runtime();
  // Another runtime's generate that never finishes its write (its Excel connection stalled after the read).
  const { ctx, context } = excelContext(state);
  const realSync = ctx.core.sync.bind(ctx.core);
  let n = 0;
  ctx.core.sync = async () => {
    if (++n === 2) return new Promise<void>(() => undefined);
    return realSync();
  };
  void holder.generate(context, SETTINGS, undefined, { today: TODAY, now: () => 1_000_000 });
  await new Promise((r) => setTimeout(r, 20));
  const lock = lockOf(state);
  expect(lock).toBeDefined();
  const before = workbookSnapshot(state);

  const other = runtime();
  const busy = await other.generate(excelContext(state).context, SETTINGS, undefined, { today: TODAY, now: () => 1_000_000 + 30_000 });
  expect(busy.ok).toBe(false);
  expect(busy.problems[0].message).toMatch(/另一次“生成排名”正在进行.*请等它完成后再试/);
  expect(workbookSnapshot(state)).toEqual(before);

  const later = await other.generate(excelContext(state).context, SETTINGS, undefined, { today: TODAY, now: () => 1_000_000 + LOCK_STALE_MS + 1 });
  expect(later).toMatchObject({ ok: true, sheetName: '8月考核结果' });
  expect(lockOf(state)).toBeUndefined();
});

test('a run stopped by the data (nothing to write) gives the lock back in one more sync', async () => {
  const state = workbook();
  state.sheetByName('考核')!.ensureCell(5, 2).value = '十';
  const before = workbookSnapshot(state);
  const { ctx, context } = excelContext(state);
  const result = await runtime().generate(context, SETTINGS, undefined, { today: TODAY });
  expect(result.ok).toBe(false);
  expect(result.problems.some((p) => p.severity === 'error' && p.message.includes('「考核」!C6'))).toBe(true);
  expect(ctx.core.records).toHaveLength(2);
  expect(workbookSnapshot(state)).toEqual(before);
});
