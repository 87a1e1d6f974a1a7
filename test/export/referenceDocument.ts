/**
 * The reference week's bulletin document, built from the bundled sample workbook through the core: the bulletin
 * input sheets, and the ranking of its score sheet as the attachment.
 */
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { buildBulletinTable } from '../../src/core/bulletinTable';
import type { BulletinDocument } from '../../src/core/bulletin/document';
import { buildBulletinDocument } from '../../src/core/bulletin/documentBuilder';
import { readBulletinInputs } from '../../src/core/bulletin/readInputs';
import { rankWorkbook } from '../../src/core/engine';
import { inferPeriod } from '../../src/core/period';
import { loadWorkbookFile } from '../../src/xlsx/loadWorkbookFile';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

export const SAMPLE = 'samples/weekly-bulletin-2023-38.xlsx';

export async function referenceDocument(): Promise<BulletinDocument> {
  const loaded = await loadWorkbookFile(SAMPLE);
  if (!loaded.ok) throw new Error(loaded.problem.message);
  const workbook = readWorkbook(loaded.excel).workbook;
  const read = readBulletinInputs(workbook);
  if (!read.inputs) throw new Error(read.problems.map((p) => p.message).join('\n'));
  const scores = { sheets: workbook.sheets.filter((s) => !read.inputSheets.includes(s.name)) };
  const outcome = rankWorkbook(scores);
  if (!outcome.table || !outcome.ranking) throw new Error(outcome.problems.map((p) => p.message).join('\n'));
  const period = inferPeriod(scores.sheets.find((s) => s.name === outcome.table!.sheet)!);
  if (!period) throw new Error('no period in the score sheet');
  const table = buildBulletinTable(outcome.table, outcome.ranking, { period, hallName: DEFAULT_SETTINGS.hallName }, 'blank');
  return buildBulletinDocument(read.inputs, { table, period });
}
