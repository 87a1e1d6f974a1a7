/** @jest-environment jsdom */
/**
 * The pane's 台账 section over the memory host and the sample workbook: the last month with ledger lines is
 * picked, its totals shown before anything is written, 写入 adds both sheets, 生成排名 then ranks the new score
 * sheet; a bad ledger shows its problems and writes nothing.
 */
import '@testing-library/jest-dom';
import '../taskpane/jsdomShims';
import { configure, fireEvent, screen, within } from '@testing-library/react';
import { createMemoryHost } from '../../src/taskpane/memoryHost';
import { streamWorkbookFile } from '../../src/xlsx/streamWorkbook';
import { renderPane, settle } from '../taskpane/renderPane';
import { ledgerWorkbook } from './support';
import path from 'node:path';

afterEach(settle);
configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(30000);

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'weekly-bulletin-2023-38.xlsx');

test('previews August, writes both sheets, then ranks the new score sheet', async () => {
  const read = await streamWorkbookFile(SAMPLE);
  if (!read.ok) throw new Error('sample unreadable');
  const host = createMemoryHost(read.workbook, { now: () => new Date(2023, 9, 17), activeSheet: '考核' });
  const before = host.workbook.sheets.length;
  renderPane(host);

  // The ledger has a tab of its own; its panel mounts when the tab is chosen.
  fireEvent.click(await screen.findByRole('tab', { name: '台账' }));
  const section = (await screen.findByRole('heading', { name: '台账' })).closest('section') as HTMLElement;
  const table = await within(section).findByRole('table', { name: '台账' });
  expect(within(section).getByRole('combobox')).toHaveDisplayValue('2023年8月');
  const first = within(table).getAllByRole('row')[1];
  expect(first).toHaveTextContent('1交通运输厅018118');
  expect(within(table).getByRole('rowheader', { name: /四川测绘局/ })).toHaveTextContent('到岗纪律按上限计扣10分');
  expect(host.workbook.sheets).toHaveLength(before);

  fireEvent.click(within(section).getByRole('button', { name: '写入考核表和明细' }));
  expect(await within(section).findByText('已写入「2023年8月考核」和「2023年8月考核明细」。')).toBeInTheDocument();
  expect(host.workbook.sheets.map((s) => s.name).slice(-2)).toEqual(['2023年8月考核', '2023年8月考核明细']);

  fireEvent.click(within(section).getByRole('button', { name: '用「2023年8月考核」生成排名' }));
  expect(await within(section).findByText('已生成「8月考核结果」。')).toBeInTheDocument();
  expect(host.log.generated).toEqual(['8月考核结果']);
});

test('a bad ledger shows every problem and no write button', async () => {
  const host = createMemoryHost(ledgerWorkbook([['2023-08-01', '市场监管局', 'D01'], ['2023-08-02', '甲厅', 'Z9']]), { activeSheet: '考核细则' });
  const before = host.workbook.sheets.map((s) => s.name);
  renderPane(host);
  // The ledger has a tab of its own; its panel mounts when the tab is chosen.
  fireEvent.click(await screen.findByRole('tab', { name: '台账' }));
  const section = (await screen.findByRole('heading', { name: '台账' })).closest('section') as HTMLElement;
  expect(await within(section).findByText('台账有 2 个错误，改正后才能写入（一个也没有写）。')).toBeInTheDocument();
  expect(within(section).queryByRole('button', { name: '写入考核表和明细' })).toBeNull();
  // The problem list is its own lazily loaded piece: it shows a moment after the heading.
  expect(await within(section).findByText(/是不是“省市场监管局”/)).toBeInTheDocument();
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(before);
});

test('a workbook without ledger sheets gets the hint, not a list of problems', async () => {
  const host = createMemoryHost({ sheets: [{ name: '考核', originRow: 0, originCol: 0, values: [['部门窗口', '加分分值'], ['甲', 1]], merges: [], tables: [] }] }, { activeSheet: '考核' });
  renderPane(host);
  // The ledger has a tab of its own; its panel mounts when the tab is chosen.
  fireEvent.click(await screen.findByRole('tab', { name: '台账' }));
  const section = (await screen.findByRole('heading', { name: '台账' })).closest('section') as HTMLElement;
  expect(await within(section).findByText(/工作簿中还没有台账记录/)).toBeInTheDocument();
  expect(within(section).queryByRole('heading', { level: 3 })).toBeNull();
});
