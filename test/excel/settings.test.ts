/**
 * Settings kept in the workbook: what the pane saves, the ribbon and the next session read back unchanged, in one
 * sync each; whatever else the workbook holds under the key (hand-edited, truncated, from a newer version, not
 * even text) reads as defaults field by field with a Chinese warning, never an exception; an invalid save is
 * refused before anything is queued, so the stored settings stay as they were.
 */
import { DEFAULT_SETTINGS, type BulletinSettings } from '../../src/core/settings';
import { SETTINGS_KEY, loadSettings, saveSettings } from '../../src/excel/settingsStore';
import { SETTINGS_VERSION, decodeSettings, encodeSettings } from '../../src/excel/settingsCodec';
import { FakeWorkbookState } from '../support/fakeExcel/state';
import { excelContext } from '../support/fakeExcel/workbookFixtures';

const CHOSEN: BulletinSettings = {
  hallName: '市民服务中心',
  period: { year: 2023, month: 8 },
  defaultBase: 95.5,
  rankStyle: 'dense',
  tieDisplay: 'repeat',
  sourceSheet: "8月 '考核'",
  sourceTable: '表1',
  changeColumn: true,
};

function workbook(stored?: unknown): FakeWorkbookState {
  const state = new FakeWorkbookState();
  state.addSheet('Sheet1');
  if (stored !== undefined) state.settings.set(SETTINGS_KEY, stored);
  return state;
}

async function load(state: FakeWorkbookState) {
  const { ctx, context } = excelContext(state);
  const loaded = await loadSettings(context);
  return { ...loaded, syncs: ctx.core.syncCount };
}

test('saved settings read back equal, each way in one sync, in a later session too', async () => {
  const state = workbook();
  const { ctx, context } = excelContext(state);
  await saveSettings(context, CHOSEN);
  expect(ctx.core.syncCount).toBe(1);
  const loaded = await load(state); // a new context: the next session
  expect(loaded).toEqual({ settings: CHOSEN, problems: [], syncs: 1 });
});

test('never saved: the defaults, without a warning', async () => {
  expect(await load(workbook())).toEqual({ settings: DEFAULT_SETTINGS, problems: [], syncs: 1 });
});

test('saving again replaces the earlier settings', async () => {
  const state = workbook();
  await saveSettings(excelContext(state).context, CHOSEN);
  await saveSettings(excelContext(state).context, { ...CHOSEN, hallName: '新大厅', period: null });
  expect((await load(state)).settings).toEqual({ ...CHOSEN, hallName: '新大厅', period: null });
});

test('invalid settings are refused with a Chinese message naming the field, and the stored ones stay', async () => {
  const state = workbook();
  await saveSettings(excelContext(state).context, CHOSEN);
  const { ctx, context } = excelContext(state);
  await expect(saveSettings(context, { ...CHOSEN, defaultBase: -1, hallName: '  ' })).rejects.toThrow(/设置未保存：“大厅名称”.*“基础分值”（-1）无效/);
  expect(ctx.core.syncCount).toBe(0);
  expect((await load(state)).settings).toEqual(CHOSEN);
});

describe('corrupt stored settings read as defaults with warnings, never throw', () => {
  const envelope = (settings: unknown, version: unknown = SETTINGS_VERSION) => JSON.stringify({ version, settings });
  test.each<[string, unknown, Partial<BulletinSettings>, RegExp[]]>([
    ['not JSON (truncated)', envelope(CHOSEN).slice(0, 40), {}, [/设置已损坏/]],
    ['JSON but not an envelope', '[1,2,3]', {}, [/格式不正确/]],
    ['null settings', envelope(null), {}, [/格式不正确/]],
    ['a number, not text', 42, {}, [/格式不正确/]],
    ['one bad field among good ones', envelope({ ...CHOSEN, defaultBase: 'abc' }), { ...CHOSEN, defaultBase: 100 }, [/“基础分值”无效（"abc"），已改用默认值100/]],
    ['a month 13 and an unknown rank style', envelope({ ...CHOSEN, period: { year: 2023, month: 13 }, rankStyle: 'olympic' }), { ...CHOSEN, period: null, rankStyle: 'competition' }, [/考核期间/, /排名方式/]],
    ['a 40-character sheet name', envelope({ ...CHOSEN, sourceSheet: 'x'.repeat(40) }), { ...CHOSEN, sourceSheet: null }, [/数据工作表/]],
    ['from a newer version', envelope(CHOSEN, SETTINGS_VERSION + 1), CHOSEN, [/更新版本/]],
    ['fields of a later version are ignored', envelope({ ...CHOSEN, colour: 'red' }), CHOSEN, []],
  ])('%s', async (_what, stored, settings, warnings) => {
    const loaded = await load(workbook(stored));
    expect(loaded.settings).toEqual({ ...DEFAULT_SETTINGS, ...settings });
    expect(loaded.problems.map((p) => p.message)).toHaveLength(warnings.length);
    warnings.forEach((w, i) => expect(loaded.problems[i].message).toMatch(w));
    expect(loaded.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  test('a random byte soup never throws and always gives valid settings', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const base = envelope(CHOSEN);
    for (let i = 0; i < 500; i++) {
      const chars = [...base];
      for (let k = 0; k < 3; k++) chars[Math.floor(next() * chars.length)] = String.fromCharCode(32 + Math.floor(next() * 95));
      const { settings } = decodeSettings(chars.join(''));
      // Whatever was read must itself be savable: it round-trips through the encoder.
      expect(() => encodeSettings(settings)).not.toThrow();
    }
  });
});
