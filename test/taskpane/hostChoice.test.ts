/** Which host the pane gets, and the language and theme it takes from Office. */
import type { BulletinHost } from '../../src/core/hostContract';
import { environmentFrom, luminance } from '../../src/taskpane/environment';
import { chooseHost } from '../../src/taskpane/hostChoice';
import { describeHeader, stringsFor } from '../../src/taskpane/strings';
import { fakeHost } from './fakeHost';

const EXCEL = 'Excel' as unknown as Office.HostType;
const WORD = 'Word' as unknown as Office.HostType;

function office(host: Office.HostType | null, delayMs = 0) {
  return {
    HostType: { Excel: EXCEL },
    onReady: () => new Promise<{ host: Office.HostType | null; platform: Office.PlatformType | null }>((r) => setTimeout(() => r({ host, platform: null }), delayMs)),
  };
}

describe('chooseHost', () => {
  const excelHost = fakeHost();
  const makeExcelHost = jest.fn((): BulletinHost => excelHost);
  beforeEach(() => makeExcelHost.mockClear());

  test('Office.js not loaded (a plain browser, or the CDN unreachable): outside Office', async () => {
    expect(await chooseHost(makeExcelHost, undefined, undefined)).toEqual({ kind: 'outside', reason: 'no-office-js', hostName: null });
    expect(makeExcelHost).not.toHaveBeenCalled();
  });

  test('Office.onReady with host null (Office.js in a plain browser): outside Office', async () => {
    expect(await chooseHost(makeExcelHost, office(null), undefined)).toEqual({ kind: 'outside', reason: 'not-excel', hostName: null });
  });

  test('another Office application: outside, naming it', async () => {
    expect(await chooseHost(makeExcelHost, office(WORD), undefined)).toEqual({ kind: 'outside', reason: 'not-excel', hostName: 'Word' });
  });

  test('in Excel: the Excel host', async () => {
    const choice = await chooseHost(makeExcelHost, office(EXCEL), undefined);
    expect(choice).toEqual({ kind: 'host', host: excelHost });
    expect(makeExcelHost).toHaveBeenCalledTimes(1);
  });

  test('an onReady that never settles ends in the outside state, not an endless spinner', async () => {
    const never = { HostType: { Excel: EXCEL }, onReady: () => new Promise<never>(() => undefined) };
    expect(await chooseHost(makeExcelHost, never, undefined, 20)).toEqual({ kind: 'outside', reason: 'timeout', hostName: null });
  });

  test('a test host given to the page wins over Office', async () => {
    const testHost = fakeHost();
    expect(await chooseHost(makeExcelHost, office(EXCEL), testHost)).toEqual({ kind: 'host', host: testHost });
    expect(makeExcelHost).not.toHaveBeenCalled();
  });
});

describe('environment', () => {
  test('dark Office themes (Dark Gray, Black) are dark; Colorful and White are not', () => {
    expect(environmentFrom({ officeTheme: { bodyBackgroundColor: '#262626' } }).dark).toBe(true);
    expect(environmentFrom({ officeTheme: { bodyBackgroundColor: '#000000' } }).dark).toBe(true);
    expect(environmentFrom({ officeTheme: { bodyBackgroundColor: '#FFFFFF' } }).dark).toBe(false);
    expect(environmentFrom({ officeTheme: { bodyBackgroundColor: '#E6E6E6' } }).dark).toBe(false);
  });

  test('no Office, no theme, or a colour Office did not send as #RRGGBB: light and Chinese', () => {
    expect(environmentFrom(null)).toEqual({ displayLanguage: null, dark: false, downloadsBlocked: false });
    expect(environmentFrom({ officeTheme: null, displayLanguage: 'zh-CN' })).toEqual({ displayLanguage: 'zh-CN', dark: false, downloadsBlocked: false });
    expect(luminance('rgb(0,0,0)')).toBeNull();
  });

  test('downloads are blocked in Office for Mac and iPad, and nowhere else', () => {
    expect(environmentFrom({ platform: 'Mac' }).downloadsBlocked).toBe(true);
    expect(environmentFrom({ platform: 'iOS' }).downloadsBlocked).toBe(true);
    expect(environmentFrom({ platform: 'PC' }).downloadsBlocked).toBe(false);
    expect(environmentFrom({ platform: 'OfficeOnline' }).downloadsBlocked).toBe(false);
  });

  test('English only when Office displays English', () => {
    expect(stringsFor('en-US').generate).toBe('Generate ranking');
    expect(stringsFor('en-GB').generate).toBe('Generate ranking');
    expect(stringsFor('zh-CN').generate).toBe('生成排名');
    expect(stringsFor('zh-TW').generate).toBe('生成排名');
    expect(stringsFor(null).generate).toBe('生成排名');
  });
});

test('the detected header reads as the clerk sees it, in column order, one line per header cell', () => {
  const text = describeHeader(stringsFor('zh-CN'), {
    sheet: '考核',
    headerRow: 2,
    headerRows: 1,
    columns: { bonus: 4, window: 1, base: 2, deduction: 3, rank: 0 },
    labels: { bonus: '加分分值', window: '部门窗口', base: '基础\n分值', deduction: '减分分值', rank: '排名' },
  });
  expect(text).toBe('表头：第3行 部门窗口 / 基础分值 / 减分分值 / 加分分值');
  expect(
    describeHeader(stringsFor('zh-CN'), { sheet: 'S', headerRow: 3, headerRows: 2, columns: { window: 0 }, labels: { window: '部门窗口' } }),
  ).toBe('表头：第4—5行 部门窗口');
});
