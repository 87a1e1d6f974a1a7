/** @jest-environment jsdom */
/**
 * The pane over the memory host (the real core engine) and the reference month: the detected header, the preview
 * with its ties, the problem list that selects the cell, and a generate that ends in the jump to the new sheet.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryHost } from '../../src/taskpane/memoryHost';
import { referenceWorkbook } from './referenceWorkbook';
import { openTab, renderPane, settle } from './renderPane';

afterEach(settle);
// The real engine and the lazily loaded result views take longer than Testing Library's 1 s default on a busy machine.
configure({ asyncUtilTimeout: 8000 });

const SEPTEMBER_2023 = () => new Date(2023, 8, 15);

function previewRows(): string[][] {
  const table = screen.getByRole('table', { name: '2023年8月省政务服务大厅进驻部门（单位）窗口考核结果' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));
}

test('the reference month: the detected header, then the preview with ties as the bulletin prints them', async () => {
  renderPane(createMemoryHost(referenceWorkbook(), { now: SEPTEMBER_2023 }));
  expect(await screen.findByRole('cell', { name: '交通运输厅' })).toBeInTheDocument();
  expect(screen.getByTestId('detected-header')).toHaveTextContent('表头：第2行 部门窗口 / 基础分值 / 减分分值 / 加分分值 / 实得分值');
  const rows = previewRows();
  expect(rows).toHaveLength(29);
  expect(rows[0]).toEqual(['1', '交通运输厅', '118']);
  expect(rows.slice(6, 9)).toEqual([
    ['7', '生态环境厅', '110'],
    ['', '水利厅', '110'],
    ['9', '公安厅', '107.5'],
  ]);
  // Screen readers hear the tie on every row of it, also where the rank is left blank.
  expect(screen.getAllByRole('cell', { name: '并列第7名' })).toHaveLength(2);
  // Neighbouring tie groups (10 and 14) get different shades, so the boundary between them shows.
  const row10 = screen.getByRole('cell', { name: '经济和信息化厅' }).closest('tr') as HTMLElement;
  const row14 = screen.getByRole('cell', { name: '省卫生健康委' }).closest('tr') as HTMLElement;
  expect(row10.dataset.tie).toBe('10');
  expect(row14.dataset.tie).toBe('14');
  expect(row10.className).not.toBe(row14.className);
});

test('repeating tied ranks re-ranks the preview and saves the choice in the workbook', async () => {
  const host = createMemoryHost(referenceWorkbook(), { now: SEPTEMBER_2023 });
  renderPane(host);
  await screen.findByRole('cell', { name: '水利厅' });
  await openTab('设置');
  fireEvent.click(screen.getByRole('radio', { name: '每行重复名次' }));
  await openTab('排名');
  await waitFor(() => expect(previewRows()[7]).toEqual(['7', '水利厅', '110']));
  await waitFor(() => expect(host.log.saved.at(-1)?.tieDisplay).toBe('repeat'));
});

test('a score typed in words: the problem names the cell, clicking it selects the cell, and nothing is generated', async () => {
  const host = createMemoryHost(referenceWorkbook({ override: { cell: 'D9', value: '十' } }), { now: SEPTEMBER_2023 });
  renderPane(host);
  const problem = await screen.findByRole('button', { name: /「考核」!D9/ });
  expect(screen.getByRole('heading', { name: '问题（错误 1 个，提示 0 个）' })).toBeInTheDocument();
  fireEvent.click(problem);
  await waitFor(() => expect(host.log.selected).toEqual([{ sheet: '考核', cell: 'D9' }]));
  fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
  expect(await within(screen.getByTestId('generate-status')).findByText('有 1 个错误，未生成排名。请先修正问题。')).toBeInTheDocument();
  expect(host.log.generated).toEqual([]);
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(['考核']);
});

test('生成排名 writes the new sheet, versions the name the second time, and the success message jumps to it', async () => {
  const host = createMemoryHost(referenceWorkbook(), { now: SEPTEMBER_2023 });
  renderPane(host);
  const generate = await screen.findByRole('button', { name: '生成排名' });
  await screen.findByRole('cell', { name: '交通运输厅' });
  fireEvent.click(generate);
  expect(await within(screen.getByTestId('generate-status')).findByText('已生成工作表「8月考核结果」。')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '转到该工作表' }));
  await waitFor(() => expect(host.log.activated).toEqual(['8月考核结果']));
  // The new sheet is now the active one, but the source stays 「考核」: the pane pinned it when it generated.
  expect(host.activeSheet).toBe('8月考核结果');
  expect(screen.getByRole('combobox', { name: '考核数据来源' })).toHaveValue('sheet:考核');
  await waitFor(() => expect(previewRows()).toHaveLength(29));
  fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
  expect(await within(screen.getByTestId('generate-status')).findByText('已生成工作表「8月考核结果 (2)」。')).toBeInTheDocument();
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(['考核', '8月考核结果', '8月考核结果 (2)']);
});

test('an earlier ranking of the month that the add-in made is offered for replacement, and replaced only when ticked', async () => {
  const host = createMemoryHost(referenceWorkbook(), { now: SEPTEMBER_2023 });
  renderPane(host);
  await screen.findByRole('cell', { name: '交通运输厅' });
  // Nothing to replace yet.
  expect(screen.queryByRole('checkbox', { name: /替换以前生成的/ })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
  expect(await within(screen.getByTestId('generate-status')).findByText('已生成工作表「8月考核结果」。')).toBeInTheDocument();
  const replace = await screen.findByRole('checkbox', { name: '替换以前生成的「8月考核结果」' });
  expect(replace).not.toBeChecked();
  host.workbook.sheets[1].values[0][0] = '（旧的结果）';
  fireEvent.click(replace);
  fireEvent.click(screen.getByRole('button', { name: '生成排名' }));
  await waitFor(() => expect(host.workbook.sheets[1].values[0][0]).not.toBe('（旧的结果）'));
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(['考核', '8月考核结果']);
  // Asked each time: the box is clear again after the run.
  expect(await screen.findByRole('checkbox', { name: /替换以前生成的/ })).not.toBeChecked();
});

test('a sheet the clerk named 「8月考核结果」 is never offered for replacement', async () => {
  const workbook = referenceWorkbook();
  workbook.sheets.push({ name: '8月考核结果', originRow: 0, originCol: 0, values: [['手工整理的结果']], merges: [], tables: [] });
  renderPane(createMemoryHost(workbook, { now: SEPTEMBER_2023, activeSheet: '考核' }));
  await screen.findByRole('cell', { name: '交通运输厅' });
  expect(screen.queryByRole('checkbox', { name: /替换以前生成的/ })).toBeNull();
});
