/**
 * rank reads a workbook in two passes without --sheet (heads of every sheet, then in full only the sheets where a
 * score table is found). What the engine concludes must be what it concludes from the whole workbook: the same
 * ranking, the same problems, the same read warnings for the ranked sheet — on the whole corpus and on layouts
 * made to sit at the edges of the head (a header far down, an Excel table far down, a first cell that is blank,
 * the score sheet after a large sheet).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { HEADER_SCAN_ROWS } from '../../src/core/findTable';
import { rankWorkbook } from '../../src/core/engine';
import { readProblemsFor, readWorkbookValues } from '../../src/cli/workbookInput';
import { streamWorkbookFile } from '../../src/xlsx/streamWorkbook';
import { addScoreTable, tempDir, writeXlsx } from '../xlsx/workbookFixtures';

const ROOT = path.join(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** The engine's conclusions from rank's two-pass read, and from a full read of every sheet. */
async function bothReads(file: string) {
  const twoPass = await readWorkbookValues(file);
  const full = await streamWorkbookFile(file);
  expect(twoPass.ok).toBe(full.ok);
  if (!twoPass.ok || !full.ok) {
    if (!twoPass.ok && !full.ok) expect(twoPass.problem).toEqual(full.problem);
    return null;
  }
  const a = rankWorkbook(twoPass.workbook);
  const b = rankWorkbook(full.workbook);
  return {
    twoPass: { ...a, read: readProblemsFor(twoPass.readProblems, a.table?.sheet) },
    full: { ...b, read: readProblemsFor(full.problems, b.table?.sheet) },
    sheets: twoPass.workbook.sheets,
  };
}

describe('rank without --sheet: the two-pass read leads the engine where the full read does', () => {
  const files = [
    ...readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => path.join(FIXTURES, f)),
    path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx'),
  ];
  it.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', async (_, file) => {
    const both = await bothReads(file);
    if (both) expect(both.twoPass).toEqual(both.full);
  });

  describe('layouts at the edges of the head', () => {
    let dir: string;
    let cleanup: () => void;
    beforeEach(() => ({ dir, cleanup } = tempDir()));
    afterEach(() => cleanup());

    const scores = [
      ['公安厅', 100, 0, 7.5],
      ['水利厅', 100, 2, 1],
    ];
    async function check(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<NonNullable<Awaited<ReturnType<typeof bothReads>>>> {
      const both = await bothReads(await writeXlsx(path.join(dir, name), build));
      expect(both).not.toBeNull();
      expect(both!.twoPass).toEqual(both!.full);
      return both!;
    }

    it('ranks the score sheet after a large detail sheet, whose rows past the head are not kept', async () => {
      const both = await check('detail-first.xlsx', (wb) => {
        const detail = wb.addWorksheet('办件明细');
        detail.addRow(['序号', '受理编号', '部门窗口', '状态']);
        for (let r = 1; r <= 2000; r++) detail.addRow([r, `SX${r}`, `窗口${r % 7}`, '已办结']);
        addScoreTable(wb.addWorksheet('考核'), 2, 1, scores);
      });
      expect(both.twoPass.table?.sheet).toBe('考核');
      expect(both.sheets[0].values.length).toBeLessThan(HEADER_SCAN_ROWS + 10);
    });

    it('finds no header past the scan, like the full read (row 1 + 202)', async () => {
      const both = await check('header-too-far.xlsx', (wb) => {
        const ws = wb.addWorksheet('考核');
        ws.getCell('A1').value = '说明';
        addScoreTable(ws, HEADER_SCAN_ROWS + 3, 1, scores);
      });
      expect(both.twoPass.problems.map((p) => p.code)).toEqual(['NO_SCORE_SHEET']);
    });

    it('finds the header on the last row the scan covers', async () => {
      const both = await check('header-at-edge.xlsx', (wb) => {
        const ws = wb.addWorksheet('考核');
        ws.getCell('A1').value = '说明';
        addScoreTable(ws, HEADER_SCAN_ROWS, 1, scores);
      });
      expect(both.twoPass.table?.count).toBe(2);
    });

    it('keeps an Excel table whose header is far below the head', async () => {
      const both = await check('table-far-down.xlsx', (wb) => {
        const ws = wb.addWorksheet('考核');
        ws.getCell('A1').value = '说明';
        ws.addTable({
          name: '窗口考核',
          ref: 'B500',
          columns: [{ name: '单位' }, { name: '扣分' }, { name: '加分' }],
          rows: [
            ['水利厅', 0, 10],
            ['商务厅', 1, 6],
          ],
        });
      });
      expect(both.twoPass.table?.count).toBe(2);
    });

    it('reads a sheet in full when its first cell turns out blank and the header lies beyond the head', async () => {
      const both = await check('blank-first-cell.xlsx', (wb) => {
        const ws = wb.addWorksheet('考核');
        // A1 is a shared string that is empty: the head counts from row 1, but the grid starts at the header,
        // 250 rows down, where the full read finds it.
        ws.getCell('A1').value = { richText: [{ text: '' }] };
        addScoreTable(ws, 250, 1, scores);
        // A later sheet with a table of its own: were the first missed, this one would be ranked instead.
        addScoreTable(wb.addWorksheet('上月'), 1, 1, scores.slice(0, 1));
      });
      expect(both.twoPass.table?.sheet).toBe('考核');
      expect(both.twoPass.table?.count).toBe(2);
    });
  });
});
