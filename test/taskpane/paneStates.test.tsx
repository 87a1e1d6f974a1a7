/** @jest-environment jsdom */
/**
 * The pane's states with a host whose answers the test controls: loading, failures, the running generate
 * (progress, one run at a time), outside Office, English and dark theme, and workbook text shown as text.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { GenerateResult, ProgressListener, SourceInfo } from '../../src/core/hostContract';
import type { BulletinSettings } from '../../src/core/settings';
import { bulletin, deferred, fakeHost, row } from './fakeHost';
import { renderPane, settle } from './renderPane';
import { PREVIEW_DELAY_MS } from '../../src/taskpane/hooks/usePreview';

// Let the pane's pending preview and save timers finish inside act, so a test's last updates are not left dangling.
afterEach(settle);

test('shows the loading state until the workbook has answered, then the pane', async () => {
  const sources = deferred<SourceInfo[]>();
  const host = fakeHost({ sources: () => sources.promise });
  renderPane(host);
  // The pane asks the workbook, and says it is reading until the answer comes.
  await waitFor(() => expect(host.callsTo('listSources')).toHaveLength(1));
  expect(screen.getByText('正在读取工作簿…')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '生成排名' })).toBeNull();
  await act(async () => sources.resolve([]));
  expect(await screen.findByRole('button', { name: '生成排名' })).toBeEnabled();
  expect(screen.queryByText('正在读取工作簿…')).toBeNull();
});

test('a workbook that cannot be read says why instead of showing an empty pane', async () => {
  const host = fakeHost({ sources: async () => Promise.reject(new Error('RichApi.Error: 工作簿已锁定')) });
  renderPane(host);
  expect(await screen.findByText('操作失败：RichApi.Error: 工作簿已锁定')).toBeInTheDocument();
});

test('while generating, the button shows progress and a second click starts nothing', async () => {
  const run = deferred<GenerateResult>();
  let report: ProgressListener | undefined;
  const host = fakeHost({
    generate: (_s, onProgress) => {
      report = onProgress;
      return run.promise;
    },
  });
  renderPane(host);
  const button = await screen.findByRole('button', { name: '生成排名' });
  fireEvent.click(button);
  // The same click again before React re-renders, and after: neither starts a second run.
  fireEvent.click(button);
  expect(await screen.findByRole('button', { name: '正在生成…' })).toBeDisabled();
  fireEvent.click(screen.getByRole('button', { name: '正在生成…' }));
  expect(host.callsTo('generate')).toHaveLength(1);

  act(() => report?.(40000, 100000, 'write'));
  const bar = screen.getByRole('progressbar');
  expect(bar).toHaveAttribute('aria-valuenow', '0.4');
  expect(screen.getByText('正在写入工作表… 40%')).toBeInTheDocument();

  await act(async () => run.resolve({ ok: true, sheetName: '8月考核结果', problems: [], syncs: 3 }));
  const status = screen.getByTestId('generate-status');
  expect(await within(status).findByText('已生成工作表「8月考核结果」。')).toBeInTheDocument();
  // Announced to screen readers, and the focus is on the outcome.
  expect(screen.getByRole('status')).toHaveTextContent('已生成工作表「8月考核结果」。');
  expect(status).toHaveFocus();
  expect(screen.queryByRole('progressbar')).toBeNull();
  // Once finished, the button starts a new run.
  fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
  expect(screen.getByRole('button', { name: '正在生成…' })).toBeDisabled();
  expect(host.callsTo('generate')).toHaveLength(2);
  expect(await screen.findByRole('button', { name: '生成排名' })).toBeEnabled();
});

test('a host failure during generate is shown, and the button works again', async () => {
  const host = fakeHost({ generate: async () => Promise.reject(new Error('请求超过 5 MB')) });
  renderPane(host);
  fireEvent.click(await screen.findByRole('button', { name: '生成排名' }));
  expect(await within(screen.getByTestId('generate-status')).findByText('操作失败：请求超过 5 MB')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '生成排名' })).toBeEnabled();
});

test('a host that reports success without a sheet name is not shown as a success', async () => {
  const host = fakeHost({ generate: async () => ({ ok: true, sheetName: null, problems: [], syncs: 1 }) });
  renderPane(host);
  fireEvent.click(await screen.findByRole('button', { name: '生成排名' }));
  expect(await within(screen.getByTestId('generate-status')).findByText(/没有返回新工作表的名称/)).toBeInTheDocument();
  expect(screen.queryByText(/已生成工作表/)).toBeNull();
});

test('a failed cell selection is reported, not swallowed', async () => {
  const host = fakeHost({
    preview: async () => ({
      sheet: '考核',
      header: null,
      bulletin: null,
      problems: [{ code: 'NOT_A_NUMBER', severity: 'error', message: '「考核」!D9 的减分分值“十”不是数字。', sheet: '考核', cells: ['D9'] }],
    }),
    selectCell: async () => Promise.reject(new Error('工作表「考核」已被删除')),
  });
  renderPane(host);
  fireEvent.click(await screen.findByRole('button', { name: '「考核」!D9 的减分分值“十”不是数字。' }));
  expect(await screen.findByText('操作失败：工作表「考核」已被删除')).toBeInTheDocument();
});

test('workbook text is shown as text, never as markup', async () => {
  const host = fakeHost({
    preview: async () => ({
      sheet: 'S',
      header: null,
      bulletin: bulletin([row('1', 1, '<img src=x onerror="window.__pwned=1">窗口', '101'), row('2', 2, '=HYPERLINK("http://x")', '100')]),
      problems: [],
    }),
  });
  const { container } = renderPane(host);
  expect(await screen.findByText('<img src=x onerror="window.__pwned=1">窗口')).toBeInTheDocument();
  expect(screen.getByText('=HYPERLINK("http://x")')).toBeInTheDocument();
  expect(container.querySelector('img')).toBeNull();
});

test('outside Office: a clear "open in Excel" state and no workbook calls', async () => {
  renderPane({ kind: 'outside', reason: 'no-office-js', hostName: null });
  expect(await screen.findByRole('heading', { name: '请在 Excel 中打开此加载项' })).toBeInTheDocument();
  expect(screen.getByText('在 Excel 中：「开始」选项卡 →「考核通报」组 →「考核通报」按钮。')).toBeInTheDocument();
  expect(screen.queryByRole('button')).toBeNull();
});

test('English when Office displays English, and the dark theme when Office is dark', async () => {
  const host = fakeHost({ preview: async () => ({ sheet: 'S', header: null, bulletin: bulletin([row('1', 1, '交通运输厅', '118')]), problems: [] }) });
  const { container } = renderPane(host, { displayLanguage: 'en-US', dark: true });
  expect(await screen.findByRole('button', { name: 'Generate ranking' })).toBeInTheDocument();
  expect(await screen.findByRole('columnheader', { name: 'Window' })).toBeInTheDocument();
  expect(container.querySelector('[data-theme="dark"]')).not.toBeNull();
  expect(document.documentElement.lang).toBe('en-US');
});

test('the settings the clerk changes are saved to the workbook and re-rank the preview', async () => {
  const host = fakeHost();
  renderPane(host);
  fireEvent.click(await screen.findByRole('tab', { name: '设置' }));
  fireEvent.click(await screen.findByRole('radio', { name: '中国式排名（1，2，2，3）' }));
  await waitFor(() => expect(host.callsTo('saveSettings')).toHaveLength(1));
  const saved = host.callsTo('saveSettings')[0][0] as BulletinSettings;
  expect(saved.rankStyle).toBe('dense');
  await waitFor(() => expect((host.callsTo('preview').at(-1)?.[0] as BulletinSettings).rankStyle).toBe('dense'));
  // The settings read when the pane opened are not written back unchanged.
  expect(host.callsTo('saveSettings')).toHaveLength(1);
});

test('a half-typed month is not saved; a whole one is', async () => {
  const host = fakeHost({ settings: async () => ({ hallName: '市政务服务大厅', period: { year: 2023, month: 8 }, defaultBase: 100, rankStyle: 'competition', tieDisplay: 'blank', sourceSheet: null, sourceTable: null, changeColumn: false }) });
  renderPane(host);
  fireEvent.click(await screen.findByRole('tab', { name: '设置' }));
  const month = await screen.findByRole('spinbutton', { name: '月份' });
  fireEvent.change(month, { target: { value: '13' } });
  await act(() => new Promise((r) => setTimeout(r, 600)));
  expect(host.callsTo('saveSettings')).toHaveLength(0);
  // The reason is at the field, and 生成排名 waits: it would otherwise write the last valid month's sheet.
  expect(screen.getByText('月份须是 1–12 之间的整数。')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: '生成排名' })).toBeDisabled();
  expect(screen.getByTestId('generate-status')).toHaveTextContent('不能生成：月份须是 1–12 之间的整数。');
  fireEvent.change(month, { target: { value: '9' } });
  await waitFor(() => expect(host.callsTo('saveSettings')).toHaveLength(1));
  expect((host.callsTo('saveSettings')[0][0] as BulletinSettings).period).toEqual({ year: 2023, month: 9 });
  expect(screen.getByRole('button', { name: '生成排名' })).toBeEnabled();
});

test('a settings save that fails is shown', async () => {
  const host = fakeHost({ save: async () => Promise.reject(new Error('文档为只读')) });
  renderPane(host);
  fireEvent.click(await screen.findByRole('tab', { name: '设置' }));
  fireEvent.click(await screen.findByRole('radio', { name: '每行重复名次' }));
  expect(await screen.findByText('设置未能保存：文档为只读')).toBeInTheDocument();
});

test('the source picker lists sheets and tables and saves the choice', async () => {
  const host = fakeHost({
    sources: async () => [
      { kind: 'sheet', name: '考核', sheet: '考核', header: null },
      { kind: 'table', name: '表1', sheet: '台账', header: null },
    ],
  });
  renderPane(host);
  const select = await screen.findByRole('combobox', { name: '考核数据来源' });
  expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['当前工作表', '工作表「考核」', '表格 表1（「台账」）']);
  fireEvent.change(select, { target: { value: 'table:表1' } });
  await waitFor(() => expect(host.callsTo('saveSettings')).toHaveLength(1));
  const saved = host.callsTo('saveSettings')[0][0] as BulletinSettings;
  expect([saved.sourceSheet, saved.sourceTable]).toEqual(['台账', '表1']);
});

test('no preview runs while a generate does (pinning the source changes the settings); it refreshes once the generate ends', async () => {
  const run = deferred<GenerateResult>();
  const host = fakeHost({
    preview: async () => ({ sheet: '考核', header: null, bulletin: bulletin([row('1', 1, '水利厅', '101')]), problems: [] }),
    generate: () => run.promise,
  });
  renderPane(host);
  await screen.findByRole('cell', { name: '水利厅' });
  const before = host.callsTo('preview').length;
  fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
  expect(await screen.findByRole('button', { name: '正在生成…' })).toBeDisabled();
  // Well past the preview's debounce: the pinned source would have started a second read and ranking by now.
  await act(async () => new Promise((resolve) => setTimeout(resolve, 3 * PREVIEW_DELAY_MS)));
  expect(host.callsTo('preview')).toHaveLength(before);
  await act(async () => run.resolve({ ok: true, sheetName: '8月考核结果', problems: [], syncs: 3 }));
  await waitFor(() => expect(host.callsTo('preview')).toHaveLength(before + 1));
  // The refresh reads the source the generate pinned.
  expect((host.callsTo('preview')[before] as [BulletinSettings])[0].sourceSheet).toBe('考核');
});
