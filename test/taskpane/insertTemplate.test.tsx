/** @jest-environment jsdom */
/**
 * 新建模板 from the pane's 周报 area: over the memory host the input sheets are added (and 生成通报 then reads the
 * examples back as the reference week), a second press adds nothing, existing sheets are reported as skipped,
 * and the host's problems and failures are shown.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { problem } from '../../src/core/problems';
import { createMemoryHost } from '../../src/taskpane/memoryHost';
import { fakeHost } from './fakeHost';
import { referenceWorkbook } from './referenceWorkbook';
import { openTab, renderPane, settle } from './renderPane';

afterEach(settle);
configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(30000);

const INPUT_SHEETS = ['通报信息', '办件统计', '手册编制', '厅局长进大厅', '通报正文', '通报模板'];

test('新建模板 adds the input sheets; 生成通报 then builds the example week; a second press adds nothing', async () => {
  const host = createMemoryHost(referenceWorkbook(), { now: () => new Date(2023, 8, 15), activeSheet: '考核' });
  const scores = JSON.stringify(host.workbook.sheets[0]);
  renderPane(host);
  await openTab('通报');

  fireEvent.click(await screen.findByRole('button', { name: '新建模板' }));
  expect(await screen.findByText(/^已添加输入表「通报信息」、「办件统计」/)).toBeInTheDocument();
  expect([...host.workbook.sheets.map((s) => s.name)].sort()).toEqual(['考核', ...INPUT_SHEETS, '考核细则', '考核台账', '窗口名单'].sort());
  expect(JSON.stringify(host.workbook.sheets[0])).toBe(scores);

  // The examples are the reference week: what 生成通报 reads from the inserted tables.
  fireEvent.click(screen.getByRole('button', { name: '生成通报' }));
  expect(await within(screen.getByRole('tabpanel', { name: '通报' })).findByText('已生成通报工作表「2023年第38期周报」。')).toBeInTheDocument();

  const count = host.workbook.sheets.length;
  fireEvent.click(screen.getByRole('button', { name: '新建模板' }));
  expect(await screen.findByText(/^输入表都已存在（「通报信息」/)).toBeInTheDocument();
  expect(host.workbook.sheets).toHaveLength(count);
});

test('the message names the sheets added and the ones already there; the jump goes to the first added', async () => {
  const host = fakeHost({ insertTemplate: async () => ({ added: ['手册编制'], skipped: ['通报信息', '办件统计'], problems: [] }) });
  renderPane(host);
  await openTab('通报');
  fireEvent.click(await screen.findByRole('button', { name: '新建模板' }));
  expect(await screen.findByText('已添加输入表「手册编制」。已有的「通报信息」、「办件统计」未改动。请把示例行换成本期的内容。')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: '转到该工作表' }));
  await waitFor(() => expect(host.callsTo('activateSheet')).toEqual([['手册编制']]));
});

test('problems and a failing host are shown, and the button is usable again', async () => {
  const taken = problem('INPUT', 'error', '工作簿里已有名为“WeeklyStatistics”的表格，未添加「办件统计」。请先给那张表格改名。', '办件统计', []);
  let fail = false;
  const host = fakeHost({
    insertTemplate: async () => {
      if (fail) throw new Error('Excel 忙');
      return { added: [], skipped: [], problems: [taken] };
    },
  });
  renderPane(host);
  await openTab('通报');
  fireEvent.click(await screen.findByRole('button', { name: '新建模板' }));
  expect(await screen.findByText(taken.message)).toBeInTheDocument();
  expect(screen.queryByText(/输入表都已存在/)).not.toBeInTheDocument();

  fail = true;
  fireEvent.click(screen.getByRole('button', { name: '新建模板' }));
  expect(await screen.findByText('操作失败：Excel 忙')).toBeInTheDocument();
  expect(host.callsTo('insertTemplate')).toHaveLength(2);
});
