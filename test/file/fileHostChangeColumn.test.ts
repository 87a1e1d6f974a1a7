/**
 * The web page's 生成排名 with the 较上月 setting on: the downloaded copy's result sheet has a last column of
 * each window's change against the file's 「考核历史」 (joined by its 「窗口名单」), read back by ExcelJS (not our
 * reader); off, the six published columns.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { openWorkbookFile, type FileOutput } from '../../src/file/fileHost';
import { gridsToXlsx } from '../history/workbookFile';

const sheet = (name: string, values: CellValue[][]): SheetGrid => ({ name, originRow: 0, originCol: 0, values, merges: [], tables: [] });

async function file(): Promise<Uint8Array> {
  return new Uint8Array(
    await gridsToXlsx([
      sheet('考核', [['2023年8月窗口考核情况'], ['部门窗口', '基础分值', '减分分值', '加分分值'], ['甲厅', 100, 0, 5], ['乙厅', 100, 0, 3], ['丙局', 100, 2, 0]]),
      sheet('考核历史', [
        ['月份', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值', '名次', '排名方式', '否决'],
        ['2023-07', '乙厅', 100, 0, 4, 104, 1, '美式', null],
        ['2023-07', '旧甲厅', 100, 0, 1, 101, 2, '美式', null],
        ['2023-07', '丙局', 100, 0, 0, 100, 3, '美式', null],
      ]),
      sheet('窗口名单', [['部门窗口', '简称'], ['甲厅', '旧甲厅'], ['乙厅', null], ['丙局', null]]),
    ]),
  );
}

async function resultRows(changeColumn: boolean): Promise<unknown[][]> {
  const outputs: FileOutput[] = [];
  const opened = await openWorkbookFile(await file(), '八月.xlsx', { onOutput: (o) => outputs.push(o), onView: () => undefined });
  if (!opened.ok) throw new Error(opened.problem.message);
  await opened.host.listSources();
  const r = await opened.host.generate({ ...DEFAULT_SETTINGS, sourceSheet: '考核', changeColumn });
  expect(r).toMatchObject({ ok: true, sheetName: '8月考核结果' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(outputs[0].bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('8月考核结果')!;
  const rows: unknown[][] = [];
  ws.eachRow((row, n) => {
    if (n >= 3) rows.push([row.getCell(2).value, row.getCell(7).value]);
  });
  return rows;
}

test('on: 较上月 from the file\'s history, the renamed window joined by its roster', async () => {
  expect(await resultRows(true)).toEqual([
    ['部门窗口', '较上月'],
    // July: 乙厅 1st, 甲厅 2nd as 旧甲厅, 丙局 3rd; August: 甲厅 105, 乙厅 103, 丙局 98.
    ['甲厅', '↑1'],
    ['乙厅', '↓1'],
    ['丙局', '持平'],
  ]);
});

test('off (the default): no seventh column', async () => {
  expect((await resultRows(false)).every(([, last]) => last === null)).toBe(true);
});
