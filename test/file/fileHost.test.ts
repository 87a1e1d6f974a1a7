/**
 * The web page's host over a file's bytes (src/file/fileHost.ts), in Node: the copy it hands back is the input's
 * parts plus one sheet, named 「原文件名-8月考核结果.xlsx」; a cell view shows the problem's cell among its
 * neighbours; a workbook with errors gives no copy; bytes that are no workbook are one problem.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellView } from '../../src/file/cellView';
import { openWorkbookFile, type FileOutput } from '../../src/file/fileHost';
import { outputFileName } from '../../src/file/fileNames';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = readFileSync(path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx'));

function recorder() {
  const outputs: FileOutput[] = [];
  const views: CellView[] = [];
  return { outputs, views, events: { onOutput: (o: FileOutput) => outputs.push(o), onView: (v: CellView) => views.push(v) } };
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) parts.set(name, await zip.files[name].async('base64'));
  return parts;
}

test('生成排名 on the sample: one copy, the input parts kept byte for byte but the four that list sheets, plus the new sheet', async () => {
  const seen = recorder();
  const opened = await openWorkbookFile(new Uint8Array(SAMPLE), '考核 2023-08.xlsx', seen.events);
  if (!opened.ok) throw new Error(opened.problem.message);
  await opened.host.listSources();
  const preview = await opened.host.preview(DEFAULT_SETTINGS);
  expect(preview.sheet).toBe('考核');
  expect(preview.bulletin?.rows).toHaveLength(29);

  const result = await opened.host.generate(DEFAULT_SETTINGS);
  expect(result).toMatchObject({ ok: true, sheetName: '8月考核结果' });
  expect(seen.outputs.map((o) => o.fileName)).toEqual(['考核 2023-08-8月考核结果.xlsx']);

  const before = await partsOf(SAMPLE);
  const after = await partsOf(seen.outputs[0].bytes);
  const changed = [...before.keys()].filter((name) => after.get(name) !== before.get(name));
  expect(changed.sort()).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']);
  expect([...after.keys()].filter((name) => !before.has(name))).toHaveLength(1);

  // A second generate starts again from the file as chosen: the same name, not 「8月考核结果 (2)」.
  await opened.host.generate(DEFAULT_SETTINGS);
  expect(seen.outputs[1].sheetName).toBe('8月考核结果');
  // The pane's 转到该工作表 shows the new sheet's first cells.
  await opened.host.activateSheet('8月考核结果');
  expect(seen.views[0].text[0][0]).toBe('附件');
});

test('a workbook with errors: no copy; a problem cell is shown with its row and column labels', async () => {
  const seen = recorder();
  const opened = await openWorkbookFile(new Uint8Array(readFileSync(path.join(ROOT, 'test', 'fixtures', 'many-problems.xlsx'))), 'many-problems.xlsx', seen.events);
  if (!opened.ok) throw new Error(opened.problem.message);
  await opened.host.listSources();
  const result = await opened.host.generate(DEFAULT_SETTINGS);
  expect(result.ok).toBe(false);
  expect(result.problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(9);
  expect(seen.outputs).toEqual([]);

  await opened.host.selectCell('考核', 'B4');
  const view = seen.views[0];
  expect(view.focus).not.toBeNull();
  const { row, col } = view.focus as { row: number; col: number };
  expect(`${view.columns[col]}${view.rowNumbers[row]}`).toBe('B4');
  expect(view.text[row][col]).toBe('一百');
  await expect(opened.host.selectCell('没有这张表', 'A1')).rejects.toThrow('工作表「没有这张表」不存在');
});

test('bytes that are no workbook are one problem naming the file', async () => {
  const seen = recorder();
  const opened = await openWorkbookFile(new TextEncoder().encode('序号,部门窗口\n1,公安厅\n'), '导出.xlsx', seen.events);
  expect(opened.ok).toBe(false);
  if (!opened.ok) expect(opened.problem.message).toContain('“导出.xlsx”不是 .xlsx 工作簿');
});

test('the download name keeps the input name and cannot hold characters Windows refuses', () => {
  expect(outputFileName('weekly.XLSX', '8月考核结果')).toBe('weekly-8月考核结果.xlsx');
  expect(outputFileName('a.xlsx', 'x/y:z')).toBe('a-x_y_z.xlsx');
});

test('新建模板 hands over the template workbook `window-bulletin template` writes, and that workbook opens here as a bulletin input', async () => {
  const seen = recorder();
  const opened = await openWorkbookFile(new Uint8Array(SAMPLE), '考核 2023-08.xlsx', seen.events);
  if (!opened.ok) throw new Error(opened.problem.message);
  const result = await opened.host.insertTemplate();
  expect(result.fileName).toBe('周报输入模板.xlsx');
  expect(result.problems).toEqual([]);
  expect(seen.outputs.map((o) => o.fileName)).toEqual(['周报输入模板.xlsx']);

  const template = recorder();
  const reopened = await openWorkbookFile(seen.outputs[0].bytes, '周报输入模板.xlsx', template.events);
  if (!reopened.ok) throw new Error(reopened.problem.message);
  expect(reopened.sheets).toEqual(result.added);
  expect(reopened.sheets).toEqual(expect.arrayContaining(['通报信息', '办件统计', '手册编制', '厅局长进大厅', '通报正文', '通报模板', '考核细则', '考核台账', '窗口名单']));
  // Its example rows are a whole week's input: 生成通报 on it makes the bulletin sheet.
  await reopened.host.listSources();
  const bulletin = await reopened.host.generateBulletin(DEFAULT_SETTINGS);
  expect(bulletin.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(bulletin.ok).toBe(true);
});
