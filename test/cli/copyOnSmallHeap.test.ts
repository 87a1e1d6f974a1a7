/**
 * `rank --out` makes its copy without loading the workbook: the input's parts are carried over and only the
 * bulletin sheet is written. Proven on a 64 MB heap, where a workbook of a few megabytes of XML stands in for a
 * 50 MB one on an ordinary heap (loading it whole into ExcelJS needs over 40 times its XML, and used to be
 * refused here); the copy must come out complete, with the other sheets' parts byte for byte as they were.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { streamWorkbookFile } from '../../src/xlsx/streamWorkbook';
import { packageDiff, SHEET_LISTING_PARTS } from '../xlsx/packageDiff';
import { tempDir, writeXlsx } from '../xlsx/workbookFixtures';
import { buildCli } from '../support/cliBuild';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'window-bulletin.js');

/** A score sheet, and a sheet of case records that makes up most of the XML (as in a real hall's workbook). */
function workbook(windows: number, records: number) {
  return (wb: import('exceljs').Workbook) => {
    const ws = wb.addWorksheet('考核');
    ws.addRow(['部门窗口', '基础分值', '减分分值', '加分分值']);
    for (let i = 0; i < windows; i++) ws.addRow([`窗口${i}`, 100, (i % 7) / 10, (i % 5) / 2]);
    const cases = wb.addWorksheet('办件明细');
    cases.addRow(['受理编号', '事项', '办理情况']);
    for (let i = 0; i < records; i++) cases.addRow([`SL2023${String(i).padStart(8, '0')}`, `事项${i % 300}`, `第${i}件按时办结，申请人评价满意，材料齐全，无补正。`]);
  };
}

beforeAll(async () => {
  await buildCli();
});

it('rank --out on a 64 MB heap writes the complete copy: every sheet kept, the bulletin sheet added', async () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = await writeXlsx(path.join(dir, 'big.xlsx'), workbook(2_000, 25_000));
    const out = path.join(dir, 'out.xlsx');
    const run = spawnSync(process.execPath, ['--max-old-space-size=64', BIN, 'rank', input, '--json', '--out', out, '--period', '2023-08'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).not.toMatch(/错误|\n\s+at |heap out of memory/);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).rows).toHaveLength(2_000);

    const diff = await packageDiff(readFileSync(input), readFileSync(out));
    expect(diff).toEqual({ changed: [...SHEET_LISTING_PARTS].sort(), added: ['xl/worksheets/sheet3.xml'], removed: [] });

    const read = await streamWorkbookFile(out);
    if (!read.ok) throw new Error(read.problem.message);
    expect(read.workbook.sheets.map((s) => s.name)).toEqual(['考核', '办件明细', '8月考核结果']);
    expect(read.workbook.sheets[1].values).toHaveLength(25_001);
    const names = read.workbook.sheets[2].values.map((row) => row[1]);
    expect(names).toContain('窗口0');
    expect(names).toContain('窗口1999');
  } finally {
    cleanup();
  }
}, 120_000);
