/**
 * Golden: the bundled sample workbook (raw scores in department order) and the published attachment table
 * read back in must both reproduce the reference bulletin's August 2023 ranking exactly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from './runCli';
import { tempDir, writeXlsx } from '../xlsx/workbookFixtures';

const SAMPLE = path.join('samples', 'weekly-bulletin-2023-38.xlsx');

interface GoldenRow {
  rank: number;
  rankLabel: string;
  window: string;
  base: number;
  deduction: number;
  deductionShown: number;
  bonus: number;
  score: number;
}
const golden = JSON.parse(readFileSync(path.join(__dirname, 'golden', 'reference-attachment.json'), 'utf8')) as {
  title: string;
  rows: GoldenRow[];
};
const contractRows = golden.rows.map(({ rank, window, base, deduction, bonus, score }) => ({ rank, window, base, deduction, bonus, score }));

describe('window-bulletin rank on the bundled sample', () => {
  it('--json prints one JSON document with the reference ranking, ties included', async () => {
    const run = await runCli(['rank', SAMPLE, '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc).sort()).toEqual(['rows', 'sheet', 'warnings']);
    expect(doc.sheet).toBe('考核');
    expect(doc.rows).toEqual(contractRows);
    // The only thing worth a warning in the sample is its note row under the table.
    for (const w of doc.warnings) expect(w.code).toBe('SKIPPED_ROW');
  });

  it('prints a table with the reference title, blank ranks inside tie groups and aligned columns', async () => {
    const run = await runCli(['rank', SAMPLE]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(golden.title);
    const body = lines.filter((l) => /\d$/.test(l) && !l.startsWith('2023'));
    expect(body).toHaveLength(29);
    golden.rows.forEach((row, i) => {
      const cells = body[i].trim().split(/\s+/);
      const expected = [row.rankLabel, row.window, String(row.base), String(row.deductionShown), String(row.bonus), String(row.score)].filter((c) => c !== '');
      expect(cells).toEqual(expected);
    });
    // Right-aligned figures end in the same terminal column on every row, counting Chinese characters as two.
    const { displayWidth } = await import('../../src/cli/displayWidth');
    expect(new Set(body.map(displayWidth)).size).toBe(1);
  });

  it('reads the published attachment table itself back (rank column, −2 deductions, a two-line header)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = await writeXlsx(path.join(dir, 'published.xlsx'), (wb) => {
        const ws = wb.addWorksheet('附件');
        ws.getCell('A1').value = '附件';
        ws.getCell('A2').value = golden.title;
        ws.mergeCells('A2:F2');
        ws.getRow(3).values = ['排名', '部门窗口', '基础分\n分值', '减分分值', '加分分值', '实得分值'];
        golden.rows.forEach((r, i) => {
          ws.getRow(4 + i).values = [r.rankLabel === '' ? null : Number(r.rankLabel), r.window, r.base, r.deductionShown, r.bonus, r.score];
        });
      });
      const run = await runCli(['rank', file, '--json']);
      expect(run.stderr).not.toContain('错误');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).rows).toEqual(contractRows);
    } finally {
      cleanup();
    }
  });
});
