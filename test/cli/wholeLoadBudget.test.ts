/**
 * A workbook too large to load whole (rank --out writes a copy of it through ExcelJS) is refused at once with a
 * Chinese message and no file, instead of running for minutes and dying with V8's out-of-memory trace; the same
 * workbook still ranks without --out (values are streamed). Run as a child process with a 64 MB heap, so a
 * workbook of a few megabytes of XML stands in for a 50 MB one on an ordinary heap.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { HEAP_PER_XML_BYTE, unzippedSize, wholeLoadProblem } from '../../src/xlsx/loadBudget';
import { tempDir, writeXlsx, xlsxBytes } from '../xlsx/workbookFixtures';

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

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT });
});

describe('loading a whole workbook within the heap', () => {
  it('measures the unzipped XML and refuses only past the heap limit', async () => {
    const bytes = await xlsxBytes(workbook(50, 150));
    const xml = (await unzippedSize(bytes)) as number;
    expect(xml).toBeGreaterThan(20_000);
    expect(await wholeLoadProblem(bytes, 'a.xlsx', xml * HEAP_PER_XML_BYTE)).toBeNull();
    const refused = await wholeLoadProblem(bytes, 'a.xlsx', xml * HEAP_PER_XML_BYTE - 1);
    expect(refused?.problem).toMatchObject({ code: 'UNREADABLE_FILE', severity: 'error' });
    expect(refused?.problem.message).toContain('“a.xlsx”解压后约');
    expect(refused?.problem.message).toContain('不加 --out 只排名');
  });

  it('rank --out on a small heap: exit 1, a Chinese message, no output; without --out it ranks', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const input = await writeXlsx(path.join(dir, 'big.xlsx'), workbook(2_000, 25_000));
      const out = path.join(dir, 'out.xlsx');
      const run = (args: string[]) => spawnSync(process.execPath, ['--max-old-space-size=64', BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
      const refused = run(['rank', input, '--json', '--out', out]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('已停止，没有写出任何文件');
      expect(refused.stderr).not.toMatch(/\n\s+at |heap out of memory/);
      expect(existsSync(out)).toBe(false);
      const ranked = run(['rank', input, '--json']);
      expect(ranked.status).toBe(0);
      expect(JSON.parse(ranked.stdout).rows).toHaveLength(2_000);
    } finally {
      cleanup();
    }
  }, 120_000);
});
