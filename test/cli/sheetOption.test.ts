/**
 * rank --sheet on a large workbook reads only the named sheet: the others are listed by name but their parts are
 * not even inflated. Shown with a workbook whose other sheet is damaged: named, the score sheet ranks; unnamed,
 * the whole workbook is refused as before.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { runCli } from './runCli';
import { addScoreTable, tempDir, xlsxBytes } from '../xlsx/workbookFixtures';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** 考核 (ranked) and 办件明细, whose worksheet XML is cut in half. */
async function workbookWithDamagedDetailSheet(): Promise<string> {
  const bytes = await xlsxBytes((wb) => {
    addScoreTable(wb.addWorksheet('考核'), 1, 1, [
      ['公安厅', 100, 0, 7.5],
      ['水利厅', 100, 2, 1],
    ]);
    const detail = wb.addWorksheet('办件明细');
    for (let r = 1; r <= 50; r++) detail.addRow([r, `SX${r}`, '已办结']);
  });
  const zip = await JSZip.loadAsync(bytes);
  const part = 'xl/worksheets/sheet2.xml';
  const xml = await zip.file(part)!.async('string');
  zip.file(part, xml.slice(0, Math.floor(xml.length / 2)));
  const file = path.join(dir, '大工作簿.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

describe('rank --sheet reads the named sheet only', () => {
  it('ranks the named sheet though another sheet is damaged; the name may differ in case and spaces', async () => {
    const file = await workbookWithDamagedDetailSheet();
    for (const sheet of ['考核', ' 考核 ']) {
      const run = await runCli(['rank', file, '--json', '--sheet', sheet]);
      expect(run.code).toBe(0);
      const json = JSON.parse(run.stdout) as { sheet: string; rows: { window: string; score: number }[] };
      expect(json.sheet).toBe('考核');
      expect(json.rows.map((r) => [r.window, r.score])).toEqual([
        ['公安厅', 107.5],
        ['水利厅', 99],
      ]);
    }
  });

  it('still refuses the workbook when no sheet is named, or when the damaged sheet is', async () => {
    const file = await workbookWithDamagedDetailSheet();
    for (const extra of [[], ['--sheet', '办件明细']]) {
      const run = await runCli(['rank', file, '--json', ...extra]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/无法作为 \.xlsx 工作簿读取/u);
    }
  });

  it('names every sheet when the named one is missing', async () => {
    const file = await workbookWithDamagedDetailSheet();
    const run = await runCli(['rank', file, '--json', '--sheet', '九月']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('工作簿中没有名为「九月」的工作表。现有工作表：「考核」、「办件明细」。');
  });
});
