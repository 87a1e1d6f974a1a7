/** @jest-environment jsdom */
/**
 * Issue 11 bullets the audit (docs/issue11-audit.md) found without a test of their own: sheets added or renamed in
 * the workbook refresh the source list and the preview; an invalid year blocks generating like an invalid month;
 * the loading spinner speaks the Office display language.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SourceInfo, WorkbookChangeListener } from '../../src/core/hostContract';
import type { BulletinSettings } from '../../src/core/settings';
import { bulletin, deferred, fakeHost, row } from './fakeHost';
import { renderPane, settle } from './renderPane';

afterEach(settle);
configure({ asyncUtilTimeout: 8000 });

const sheet = (name: string): SourceInfo => ({ kind: 'sheet', name, sheet: name, header: null });

test.each([
  ['added', ['考核', '九月'], '九月'],
  ['renamed', ['八月考核'], '八月考核'],
])('a sheet %s in Excel: the source list and the preview are read again, without a click', async (_what, after, shown) => {
  let tell: WorkbookChangeListener = () => undefined;
  let names = ['考核'];
  const host = Object.assign(
    fakeHost({
      sources: async () => names.map(sheet),
      preview: async () => ({ sheet: '考核', header: null, bulletin: bulletin([row('1', 1, '水利厅', '101')]), problems: [], windows: 1 }),
    }),
    {
      watchWorkbook: async (listener: WorkbookChangeListener) => {
        tell = listener;
        return () => undefined;
      },
    },
  );
  renderPane(host);
  await screen.findByRole('cell', { name: '水利厅' });
  const select = screen.getByRole('combobox', { name: '考核数据来源' });
  expect(within(select).queryByRole('option', { name: `工作表「${shown}」` })).toBeNull();
  const listed = host.callsTo('listSources').length;
  const previewed = host.callsTo('preview').length;
  names = after;
  act(() => tell({ kind: 'sheets', sheet: shown }));
  await waitFor(() => expect(within(select).getByRole('option', { name: `工作表「${shown}」` })).toBeInTheDocument());
  expect(host.callsTo('listSources')).toHaveLength(listed + 1);
  await waitFor(() => expect(host.callsTo('preview')).toHaveLength(previewed + 1));
});

test('an invalid year blocks generating, with the reason at the field, like an invalid month', async () => {
  const settings: BulletinSettings = { hallName: '市政务服务大厅', period: { year: 2023, month: 8 }, defaultBase: 100, rankStyle: 'competition', tieDisplay: 'blank', sourceSheet: null, sourceTable: null, changeColumn: false };
  const host = fakeHost({ settings: async () => settings });
  renderPane(host);
  fireEvent.click(await screen.findByRole('tab', { name: '设置' }));
  const year = await screen.findByRole('spinbutton', { name: '年份' });
  fireEvent.change(year, { target: { value: '1999' } });
  await act(() => new Promise((r) => setTimeout(r, 600)));
  expect(host.callsTo('saveSettings')).toHaveLength(0);
  expect(screen.getByText('年份须是 2000–2100 之间的整数。')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '生成排名' })).toBeDisabled();
  expect(screen.getByTestId('generate-status')).toHaveTextContent('不能生成：年份须是 2000–2100 之间的整数。');
  fireEvent.change(year, { target: { value: '2024' } });
  await waitFor(() => expect(host.callsTo('saveSettings')).toHaveLength(1));
  expect(screen.getByRole('button', { name: '生成排名' })).toBeEnabled();
});

test('the loading spinner follows the display language', async () => {
  const sources = deferred<SourceInfo[]>();
  renderPane(fakeHost({ sources: () => sources.promise }), { displayLanguage: 'en-US' });
  // Both spinners (while Office answers, then while the workbook does) carry the same label: checked while shown.
  await waitFor(() => {
    expect(screen.getByText('Reading the workbook…')).toBeInTheDocument();
    expect(screen.queryByText('正在读取工作簿…')).toBeNull();
  });
  await act(async () => sources.resolve([]));
  expect(await screen.findByRole('button', { name: 'Generate ranking' })).toBeEnabled();
});
