/** The web page keeps its settings in the browser (localStorage), in the add-in's checked format. */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { SETTINGS_KEY, loadPageSettings, savePageSettings } from '../../src/file/settingsStore';

/** localStorage as the page sees it: strings only. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

test('saved settings come back for the next file; a source sheet that file lacks is forgotten', () => {
  const storage = memoryStorage();
  savePageSettings(storage, { ...DEFAULT_SETTINGS, hallName: '市政务服务中心', rankStyle: 'dense', sourceSheet: '考核' });
  expect(loadPageSettings(storage, ['封面', '考核'])).toMatchObject({ hallName: '市政务服务中心', rankStyle: 'dense', sourceSheet: '考核' });
  expect(loadPageSettings(storage, ['Sheet1'])).toMatchObject({ hallName: '市政务服务中心', sourceSheet: null, sourceTable: null });
});

test('damaged stored settings fall back to the defaults with a warning, never an exception', () => {
  const storage = memoryStorage();
  storage.setItem(SETTINGS_KEY, '{"version":1,"settings":{"defaultBase":"一百"');
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  expect(loadPageSettings(storage, ['考核'])).toEqual(DEFAULT_SETTINGS);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('已损坏'));
  warn.mockRestore();
});

test('settings that would not read back are refused, not stored', () => {
  const storage = memoryStorage();
  expect(() => savePageSettings(storage, { ...DEFAULT_SETTINGS, defaultBase: Number.NaN })).toThrow('设置未保存');
  expect(storage.getItem(SETTINGS_KEY)).toBeNull();
});
