/**
 * The bulletin's history fields: a clerk's 考核小结 template may say {流动红旗}, {末位提醒} and {名次变化}; they come
 * from 「考核历史」 with this month in place, and are empty sentences when there is nothing to say.
 */
import { composeBulletin } from '../../src/core/bulletin/compose';
import { exampleInputData, exampleScoreSheet } from '../../src/core/bulletin/exampleInputs';
import { scoreSheetContent } from '../../src/core/bulletin/inputWorkbook';
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { contentGrid, inputWorkbook } from '../bulletin/support';

const TEMPLATE = '{考核月份}考核结果见附件。{流动红旗}{末位提醒}{名次变化}';

function july(): SheetGrid {
  // July: 成都海关 first, 交通运输厅 second, 省市场监管局 last, the others in the example's order.
  const rows: CellValue[][] = [
    ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'],
    ['2023-07', '成都海关', 100, 0, 10, 110, 1, '美式', null],
    ['2023-07', '交通运输厅', 100, 0, 8, 108, 2, '美式', null],
    ['2023-07', '生态环境厅', 100, 0, 5, 105, 3, '美式', null],
    ['2023-07', '水利厅', 100, 0, 4, 104, 4, '美式', null],
    ['2023-07', '省市场监管局', 100, -3, 0, 97, 5, '美式', null],
  ];
  return { name: '考核历史', originRow: 0, originCol: 0, values: rows, merges: [], tables: [] };
}

test('the 考核小结 template carries the 流动红旗, last place and rank change of the month', () => {
  const data = exampleInputData();
  data.templates['考核小结'] = TEMPLATE;
  // The 考核小结 section is written only when 「通报信息」 says 正文写考核情况 = 是 (off in the reference issue).
  data.facts.rankingSummary = '是';
  const { document, problems } = composeBulletin(inputWorkbook(data, [contentGrid(scoreSheetContent(exampleScoreSheet())), july()]));
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const text = document!.blocks.map((b) => b.text).find((t) => t.startsWith('2023年8月考核结果见附件'))!;
  // August (example): 交通运输厅 118, 省市场监管局 113.5, 生态环境厅 110, 水利厅 110, 成都海关 98.5.
  expect(text).toBe(
    '2023年8月考核结果见附件。8月流动红旗窗口：交通运输厅、省市场监管局、生态环境厅、水利厅（第3名有2个窗口并列，均获流动红旗，共4个）。' +
      '8月末位窗口：成都海关（年内第1次末位）。' +
      '与7月相比，名次上升最多的是省市场监管局（上升3名），下降最多的是成都海关（下降4名）。',
  );
});

test('without 「考核历史」 there is no rank change, and the default template is the reference word for word', () => {
  const data = exampleInputData();
  data.templates['考核小结'] = TEMPLATE;
  // The 考核小结 section is written only when 「通报信息」 says 正文写考核情况 = 是 (off in the reference issue).
  data.facts.rankingSummary = '是';
  const { document } = composeBulletin(inputWorkbook(data, [contentGrid(scoreSheetContent(exampleScoreSheet()))]));
  const text = document!.blocks.map((b) => b.text).find((t) => t.startsWith('2023年8月考核结果见附件'))!;
  expect(text).not.toContain('与7月相比');
  expect(text).toContain('8月流动红旗窗口：');
});
