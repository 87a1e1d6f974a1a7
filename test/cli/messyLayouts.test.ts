/** Score sheets as clerks really keep them: the CLI finds the table and ranks it right. */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { runCli } from './runCli';
import { tempDir, writeXlsx } from '../xlsx/workbookFixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

interface JsonRow {
  rank: number;
  window: string;
  base: number;
  deduction: number;
  bonus: number;
  score: number;
}

async function rankJson(file: string, extra: string[] = []): Promise<{ rows: JsonRow[]; sheet: string; stderr: string }> {
  const run = await runCli(['rank', file, '--json', ...extra]);
  expect(run.stderr).not.toContain('错误');
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout);
  return { rows: doc.rows, sheet: doc.sheet, stderr: run.stderr };
}

/** Writes values into consecutive cells of one row, starting at (1-based) row and column. */
function put(ws: ExcelJS.Worksheet, row: number, col: number, values: ExcelJS.CellValue[]): void {
  values.forEach((v, i) => (ws.getCell(row, col + i).value = v));
}

const brief = (rows: JsonRow[]) => rows.map((r) => [r.rank, r.window, r.score]);

describe('messy score sheets', () => {
  it('finds a header at G12 under merged title rows, after an unrelated first sheet', async () => {
    const file = await writeXlsx(path.join(dir, 'g12.xlsx'), (wb) => {
      wb.addWorksheet('说明').getCell('A1').value = '本工作簿记录八月份窗口考核。';
      const ws = wb.addWorksheet('八月考核');
      ws.getCell('G9').value = '2023年8月窗口考核情况';
      ws.mergeCells('G9:J10');
      ws.getCell('G11').value = '制表：综合处';
      put(ws, 12, 7, ['部门\n窗口', '基础 分值', '减分分值', '加分分值']);
      put(ws, 13, 7, ['水利厅', 100, 0, 10]);
      put(ws, 15, 7, ['商务厅', 100, 0, 6]);
      put(ws, 16, 7, ['生态环境厅', 100, null, 10]);
    });
    const { rows, sheet } = await rankJson(file);
    expect(sheet).toBe('八月考核');
    expect(brief(rows)).toEqual([
      [1, '水利厅', 110],
      [1, '生态环境厅', 110],
      [3, '商务厅', 106],
    ]);
  });

  it('counts formulas by their cached values and numbers stored as text, full-width digits and minus signs', async () => {
    const file = await writeXlsx(path.join(dir, 'text-numbers.xlsx'), (wb) => {
      const ws = wb.addWorksheet('考核');
      ws.getRow(1).values = ['序号', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'];
      ws.getRow(2).values = [1, '成都海关', 100, '－2', ' 0.5 ', { formula: 'C2-2+E2', result: 98.5 }];
      ws.getRow(3).values = [2, '教育厅', '１００', 12, '２', { formula: 'C3-D3+E3', result: 90 }];
      ws.getRow(4).values = [3, '四川地震局', { formula: '50*2', result: 100 }, 8, 0, { formula: 'C4-D4+E4', result: 92 }];
    });
    const { rows } = await rankJson(file);
    expect(rows).toEqual([
      { rank: 1, window: '成都海关', base: 100, deduction: 2, bonus: 0.5, score: 98.5 },
      { rank: 2, window: '四川地震局', base: 100, deduction: 8, bonus: 0, score: 92 },
      { rank: 3, window: '教育厅', base: 100, deduction: 12, bonus: 2, score: 90 },
    ]);
  });

  it('ties 100 − 0.3 + 0.1 with 100 − 0.2 (exact decimals) and keeps their source order', async () => {
    const file = await writeXlsx(path.join(dir, 'decimals.xlsx'), (wb) => {
      const ws = wb.addWorksheet('考核');
      ws.getRow(1).values = ['部门窗口', '基础分值', '减分分值', '加分分值'];
      ws.getRow(2).values = ['甲窗口', 100, 0.3, 0.1];
      ws.getRow(3).values = ['乙窗口', 100, 0.2, 0];
      ws.getRow(4).values = ['丙窗口', 100, 0, 0];
    });
    expect(brief((await rankJson(file)).rows)).toEqual([
      [1, '丙窗口', 100],
      [2, '甲窗口', 99.8],
      [2, '乙窗口', 99.8],
    ]);
  });

  it('uses an Excel table (ListObject) and skips summary rows', async () => {
    const file = await writeXlsx(path.join(dir, 'table.xlsx'), (wb) => {
      const ws = wb.addWorksheet('考核');
      ws.getCell('A1').value = '八月';
      ws.addTable({
        name: '窗口考核',
        ref: 'B3',
        columns: [{ name: '单位' }, { name: '扣分' }, { name: '加分' }],
        rows: [
          ['水利厅', 0, 10],
          ['商务厅', 1, 6],
        ],
      });
      put(ws, 6, 2, ['合计', 1, 16]);
    });
    const { rows, stderr } = await rankJson(file);
    expect(brief(rows)).toEqual([
      [1, '水利厅', 110],
      [2, '商务厅', 105],
    ]);
    // No base column: the default base 100 is used, with a warning.
    expect(stderr).toContain('警告');
  });

  it('applies --rank-style dense and --base', async () => {
    const file = await writeXlsx(path.join(dir, 'dense.xlsx'), (wb) => {
      const ws = wb.addWorksheet('考核');
      ws.getRow(1).values = ['部门窗口', '减分分值', '加分分值'];
      ws.getRow(2).values = ['甲', 0, 2];
      ws.getRow(3).values = ['乙', 0, 2];
      ws.getRow(4).values = ['丙', 1, 0];
    });
    const { rows } = await rankJson(file, ['--rank-style', 'dense', '--base', '90']);
    expect(brief(rows)).toEqual([
      [1, '甲', 92],
      [1, '乙', 92],
      [2, '丙', 89],
    ]);
  });
});
