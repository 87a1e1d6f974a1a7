/** The committed sample workbook is what scripts/make-sample.ts generates (so the script, not hand edits, is the source). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { loadWorkbookFile } from '../../src/xlsx/loadWorkbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import type { Workbook } from '../../src/core/cell';
import { tempDir } from './workbookFixtures';

const ROOT = path.join(__dirname, '..', '..');

async function grids(file: string): Promise<Workbook> {
  const loaded = await loadWorkbookFile(file);
  if (!loaded.ok) throw new Error(loaded.problem.message);
  const { workbook, problems } = readWorkbook(loaded.excel);
  expect(problems).toEqual([]); // every formula in the sample carries its cached result
  return workbook;
}

describe('samples/weekly-bulletin-2023-38.xlsx', () => {
  it('matches a fresh run of scripts/make-sample.ts, sheet by sheet and cell by cell', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const fresh = path.join(dir, 'sample.xlsx');
      execFileSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/make-sample.ts', fresh], { cwd: ROOT, stdio: 'pipe' });
      expect(await grids(path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx'))).toEqual(await grids(fresh));
    } finally {
      cleanup();
    }
  });

  it('keeps the clerk\'s layout: title row, header row, 29 windows in department order with =C−D+E formulas', async () => {
    const loaded = await loadWorkbookFile(path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx'));
    if (!loaded.ok) throw new Error(loaded.problem.message);
    const ws = loaded.excel.getWorksheet('考核');
    expect(ws).toBeDefined();
    const sheet = ws as NonNullable<typeof ws>;
    expect(sheet.getCell('A1').value).toBe('2023年8月省政务服务大厅进驻部门（单位）窗口考核情况');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值']);
    expect(sheet.getCell('B3').value).toBe('省发展改革委');
    expect(sheet.getCell('F26').formula).toBe('C26-D26+E26');
    expect(sheet.getCell('B26').value).toBe('成都海关');
    expect(sheet.getCell('D26').value).toBe(2); // deductions are written as positive points
    expect(sheet.getCell('F26').result).toBe(98.5);
  });
});
