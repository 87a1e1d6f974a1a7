/** @jest-environment jsdom */
/**
 * The pane as a workflow that follows the workbook (issue 11): edits, the active sheet and added sheets refresh the
 * preview and its problems without a click; a source too large to re-read says 「读取后已修改」 and offers the
 * refresh; the period found in the title is kept when the clerk unticks 「考核期间从表格标题识别」; the result
 * sheet's name is shown before the click; note lines are quiet; score tables come first in the source list.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PreviewResult, WorkbookChangeListener } from '../../src/core/hostContract';
import { createMemoryHost } from '../../src/taskpane/memoryHost';
import { PREVIEW_DELAY_MS } from '../../src/taskpane/hooks/usePreview';
import { stringsFor } from '../../src/taskpane/strings';
import { bulletin, fakeHost, row } from './fakeHost';
import { referenceWorkbook } from './referenceWorkbook';
import { openTab, renderPane, settle } from './renderPane';

afterEach(settle);
configure({ asyncUtilTimeout: 8000 });

const SEPTEMBER_2023 = () => new Date(2023, 8, 15);
const DECEMBER_2026 = () => new Date(2026, 11, 5);

const summary = (): HTMLElement => screen.getByTestId('read-summary');

test('fixing the bad cell clears its problem by itself, and the preview appears', async () => {
  const bonusD9 = referenceWorkbook().sheets[0].values[8][3];
  const host = createMemoryHost(referenceWorkbook({ override: { cell: 'D9', value: '十' } }), { now: SEPTEMBER_2023 });
  renderPane(host);
  await screen.findByRole('button', { name: /「考核」!D9/ });
  await waitFor(() => expect(summary()).toHaveTextContent('错误 1 个'));
  const previews = host.log.saved.length;
  // The clerk types the figure into D9 in Excel: no click in the pane.
  act(() => host.editCell('考核', 'D9', bonusD9));
  await waitFor(() => expect(screen.queryByRole('button', { name: /「考核」!D9/ })).toBeNull(), { timeout: 1000 });
  expect(await screen.findByRole('cell', { name: '交通运输厅' })).toBeInTheDocument();
  expect(summary()).toHaveTextContent('29 个窗口 · 2023年8月（取自标题） · 错误 0 个 · 提示 0 个');
  expect(host.log.saved).toHaveLength(previews);
});

test('an edit on another sheet does not re-read the source; switching the active sheet does, when it is the source', async () => {
  const workbook = referenceWorkbook();
  workbook.sheets.push({ name: '备忘', originRow: 0, originCol: 0, values: [['随手记']], merges: [], tables: [] });
  const host = createMemoryHost(workbook, { now: SEPTEMBER_2023, activeSheet: '考核' });
  const preview = jest.spyOn(host, 'preview');
  renderPane(host);
  await screen.findByRole('cell', { name: '交通运输厅' });
  const reads = preview.mock.calls.length;
  act(() => host.editCell('备忘', 'A2', '又一条'));
  await act(() => new Promise((r) => setTimeout(r, 600)));
  expect(preview.mock.calls.length).toBe(reads);
  act(() => host.switchToSheet('备忘'));
  await waitFor(() => expect(summary()).toHaveTextContent('错误 1 个'));
  expect(preview.mock.calls.length).toBe(reads + 1);
});

test('a source too large to re-read on each edit: 「读取后已修改」 and the refresh, never a silent stale preview', async () => {
  let tell: WorkbookChangeListener = () => undefined;
  const big: PreviewResult = { sheet: '考核', header: null, bulletin: bulletin([row('1', 1, '水利厅', '101')]), problems: [], windows: 100_000 };
  const host = Object.assign(fakeHost({ preview: async () => big }), {
    watchWorkbook: async (listener: WorkbookChangeListener) => {
      tell = listener;
      return () => undefined;
    },
  });
  renderPane(host);
  await screen.findByRole('cell', { name: '水利厅' });
  const reads = host.callsTo('preview').length;
  act(() => tell({ kind: 'cells', sheet: '考核' }));
  expect(await screen.findByTestId('changed-since-read')).toHaveTextContent('读取后已修改');
  await act(() => new Promise((r) => setTimeout(r, 600)));
  expect(host.callsTo('preview')).toHaveLength(reads);
  fireEvent.click(screen.getByRole('button', { name: '刷新预览' }));
  await waitFor(() => expect(host.callsTo('preview')).toHaveLength(reads + 1));
  await waitFor(() => expect(screen.queryByTestId('changed-since-read')).toBeNull());
});

test('while a re-read is pending the old counts are not shown as current', async () => {
  let tell: WorkbookChangeListener = () => undefined;
  let answer: (r: PreviewResult) => void = () => undefined;
  let calls = 0;
  const first: PreviewResult = { sheet: '考核', header: null, bulletin: null, problems: [{ code: 'NOT_A_NUMBER', severity: 'error', message: '「考核」!E6 不是数字。', sheet: '考核', cells: ['E6'] }], windows: 29 };
  const host = Object.assign(
    fakeHost({ preview: () => (++calls === 1 ? Promise.resolve(first) : new Promise<PreviewResult>((resolve) => (answer = resolve))) }),
    {
      watchWorkbook: async (listener: WorkbookChangeListener) => {
        tell = listener;
        return () => undefined;
      },
    },
  );
  renderPane(host);
  await waitFor(() => expect(summary()).toHaveTextContent('错误 1 个'));
  act(() => tell({ kind: 'cells', sheet: '考核' }));
  await waitFor(() => expect(summary()).toHaveTextContent('正在更新预览…'));
  expect(summary()).not.toHaveTextContent('错误 1 个');
  await waitFor(() => expect(host.callsTo('preview')).toHaveLength(2));
  expect(summary()).toHaveTextContent('正在更新预览…');
  await act(async () => answer({ sheet: '考核', header: null, bulletin: bulletin([row('1', 1, '水利厅', '101')]), problems: [], windows: 29 }));
  await waitFor(() => expect(summary()).toHaveTextContent('错误 0 个'));
});

test('the first preview is not held back by the debounce', async () => {
  let listed = 0;
  let previewed = 0;
  const host = fakeHost({
    sources: async () => {
      listed = performance.now();
      return [];
    },
    preview: async () => {
      previewed = performance.now();
      return { sheet: 'S', header: null, bulletin: null, problems: [] };
    },
  });
  renderPane(host);
  await waitFor(() => expect(host.callsTo('preview')).toHaveLength(1));
  expect(previewed - listed).toBeLessThan(PREVIEW_DELAY_MS);
});

test('unticking 「考核期间从表格标题识别」 keeps the period found in the title, not the clock\'s last month', async () => {
  const host = createMemoryHost(referenceWorkbook(), { now: DECEMBER_2026 });
  renderPane(host);
  await screen.findByRole('cell', { name: '交通运输厅' });
  expect(screen.getByTestId('generate-status')).toHaveTextContent('将写入新工作表「8月考核结果」');
  await openTab('设置');
  fireEvent.click(screen.getByRole('checkbox', { name: '考核期间从表格标题识别' }));
  expect(screen.getByRole('spinbutton', { name: '年份' })).toHaveValue(2023);
  expect(screen.getByRole('spinbutton', { name: '月份' })).toHaveValue(8);
  await waitFor(() => expect(host.log.saved.at(-1)?.period).toEqual({ year: 2023, month: 8 }));
  await openTab('排名');
  await waitFor(() => expect(summary()).toHaveTextContent('2023年8月（设置）'));
  expect(screen.getByTestId('generate-status')).toHaveTextContent('将写入新工作表「8月考核结果」');
});

test('a note line is shown quietly: not counted, not a problem', async () => {
  const workbook = referenceWorkbook();
  workbook.sheets[0].values.push(['注：加分以厅局来函为准。']);
  renderPane(createMemoryHost(workbook, { now: SEPTEMBER_2023 }));
  await screen.findByRole('cell', { name: '交通运输厅' });
  await waitFor(() => expect(summary()).toHaveTextContent('错误 0 个 · 提示 0 个'));
  expect(screen.queryByRole('heading', { name: /^问题（/ })).toBeNull();
  expect(screen.queryByRole('heading', { name: /^提示/ })).toBeNull();
  const notes = screen.getByRole('region', { name: '说明行（未参与排名，不是问题）' });
  expect(within(notes).getByText(/说明行，未参与排名/)).toBeInTheDocument();
});

test('the source list offers score tables first; bulletin input sheets are apart and cannot be chosen', async () => {
  const workbook = referenceWorkbook({ bulletinInputs: true });
  renderPane(createMemoryHost(workbook, { now: SEPTEMBER_2023, activeSheet: '考核' }));
  const select = await screen.findByRole('combobox', { name: '考核数据来源' });
  const groups = within(select).getAllByRole('group');
  expect(groups.map((g) => g.getAttribute('label'))).toEqual(['有考核表', '周报输入表（不是考核表，不能选）']);
  expect(within(groups[0]).getAllByRole('option').map((o) => o.textContent)).toEqual(['工作表「考核」']);
  const inputs = within(groups[1]).getAllByRole('option');
  expect(inputs.length).toBeGreaterThan(0);
  inputs.forEach((o) => expect(o).toBeDisabled());
});

test('English counts agree with their nouns', async () => {
  const en = stringsFor('en-US');
  expect(en.problemsTitle(1, 2)).toBe('Problems (1 error, 2 warnings)');
  expect(en.generateBlocked(1)).toMatch(/^1 error: /);
  expect(en.windowsRead(1)).toBe('1 window');
  expect(en.warningCount(0)).toBe('0 warnings');
});

test('the outside-Office instructions name the ribbon as manifest.xml labels it, in both languages', () => {
  const manifest = readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');
  const label = (id: string): { zh: string; en: string } => {
    const m = new RegExp(`<bt:String id="${id}" DefaultValue="([^"]+)">\\s*<bt:Override Locale="en-US" Value="([^"]+)"`).exec(manifest);
    if (!m) throw new Error(`manifest.xml has no ${id}`);
    return { zh: m[1], en: m[2] };
  };
  expect(manifest).toContain('<OfficeTab id="TabHome">');
  const group = label('Group.Label');
  const pane = label('Pane.Label');
  expect(stringsFor('zh-CN').outsideHow).toBe(`在 Excel 中：「开始」选项卡 →「${group.zh}」组 →「${pane.zh}」按钮。`);
  expect(stringsFor('en-US').outsideHow).toBe(`In Excel: the Home tab → the “${group.en}” group → “${pane.en}”.`);
});
