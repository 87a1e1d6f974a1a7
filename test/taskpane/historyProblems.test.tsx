/** @jest-environment jsdom */
/**
 * The pane's 历史 tab lists the history's own problems with their cells: here two names that look like one
 * renamed window and never share a month (no 「窗口名单」 joins them), each named by its first row's cell, which a
 * click selects in the workbook.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { createMemoryHost } from '../../src/taskpane/memoryHost';
import { withMemoryHistory } from '../../src/taskpane/memoryHistory';
import { renderPane } from './renderPane';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, originRow: 0, originCol: 0, values, merges: [], tables: [] });

test('a near-duplicate name is listed under 历史 with both cells; clicking one selects it', async () => {
  const workbook = {
    sheets: [
      grid('考核', [['2023年8月窗口考核情况'], ['部门窗口', '基础分值', '减分分值', '加分分值'], ['自然资源厅', 100, 0, 5], ['交通运输厅', 100, 0, 3]]),
      grid('考核历史', [
        ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'],
        ['2023-07', '交通运输厅', 100, 0, 4, 104, 1, '美式', null],
        ['2023-07', '省自然资源厅', 100, 0, 1, 101, 2, '美式', null],
      ]),
    ],
  };
  const now = () => new Date(2023, 8, 15);
  const host = withMemoryHistory(createMemoryHost(workbook, { now, activeSheet: '考核' }), now);
  const selected: string[] = [];
  host.selectCell = async (sheet, cell) => {
    selected.push(`${sheet}!${cell}`);
  };
  renderPane(host);
  fireEvent.click(await screen.findByRole('tab', { name: '历史' }));
  // The history view reads after the pane's preview debounce: more than findByText's default second.
  expect(await screen.findByText(/「考核历史」!B3 的“省自然资源厅”和“自然资源厅”从未在同一个月出现/u, {}, { timeout: 5000 })).toBeInTheDocument();
  fireEvent.click(screen.getAllByRole('button', { name: /考核历史.*B3/u })[0]);
  await waitFor(() => expect(selected).toEqual(['考核历史!B3']));
});
