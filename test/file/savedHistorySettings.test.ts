/**
 * The page's 生成通报 on a workbook the hall keeps in Excel: the history fields ({流动红旗}) follow the thresholds
 * the add-in saved in the file (its web extension part), as in Excel and on the command line.
 */
import { exampleInputData, exampleScoreSheet } from '../../src/core/bulletin/exampleInputs';
import { scoreSheetContent } from '../../src/core/bulletin/inputWorkbook';
import { DEFAULT_HISTORY_SETTINGS, encodeHistorySettings, HISTORY_SETTINGS_KEY } from '../../src/core/history/settings';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { openWorkbookFile } from '../../src/file/fileHost';
import { contentGrid, inputWorkbook } from '../bulletin/support';
import { withSavedSettings } from '../history/savedSettingsFile';
import { gridsToXlsx } from '../history/workbookFile';

async function hallWorkbook(saved: Record<string, string> | null): Promise<Buffer> {
  const data = exampleInputData();
  data.templates['考核小结'] = '{考核月份}考核结果见附件。{流动红旗}';
  // The 考核小结 section is written only when 「通报信息」 says 正文写考核情况 = 是.
  data.facts.rankingSummary = '是';
  const plain = await gridsToXlsx(inputWorkbook(data, [contentGrid(scoreSheetContent(exampleScoreSheet()))]).sheets);
  return saved ? withSavedSettings(plain, saved) : plain;
}

async function summaryOf(file: Buffer): Promise<{ text: string | undefined; warnings: string[] }> {
  const opened = await openWorkbookFile(new Uint8Array(file), 'hall.xlsx', { onOutput: () => undefined, onView: () => undefined });
  if (!opened.ok) throw new Error(opened.problem.message);
  const result = await opened.host.generateBulletin(DEFAULT_SETTINGS);
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return {
    text: result.document?.blocks.map((b) => b.text).find((t) => t.startsWith('2023年8月考核结果见附件')),
    warnings: result.problems.filter((p) => p.severity === 'warning').map((p) => p.message),
  };
}

test('no saved settings: 3 red flags (and the tie at 3rd place brings a fourth)', async () => {
  const { text } = await summaryOf(await hallWorkbook(null));
  expect(text).toBe('2023年8月考核结果见附件。8月流动红旗窗口：交通运输厅、省市场监管局、生态环境厅、水利厅（第3名有2个窗口并列，均获流动红旗，共4个）。');
});

test('the saved 流动红旗 count is the one the bulletin uses', async () => {
  const file = await hallWorkbook({ [HISTORY_SETTINGS_KEY]: encodeHistorySettings({ ...DEFAULT_HISTORY_SETTINGS, redFlagCount: 1 }) });
  const { text } = await summaryOf(file);
  expect(text).toBe('2023年8月考核结果见附件。8月流动红旗窗口：交通运输厅。');
});

test('an invalid saved count falls back to the default and says so', async () => {
  const file = await hallWorkbook({ [HISTORY_SETTINGS_KEY]: JSON.stringify({ ...DEFAULT_HISTORY_SETTINGS, redFlagCount: -1 }) });
  const { text, warnings } = await summaryOf(file);
  expect(text).toContain('共4个');
  expect(warnings).toContainEqual(expect.stringContaining('“流动红旗个数”无效（-1）'));
});
