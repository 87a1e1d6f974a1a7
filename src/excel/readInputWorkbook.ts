/**
 * The workbook as the bulletin needs it: every sheet the add-in did not make (the input sheets 通报信息, 办件统计, …
 * and the score sheet), each read as generate reads its source (values with their types, merged areas where
 * ExcelApi 1.13 is present). Two syncs whatever the number of sheets: the inventory, then all sheets at once.
 * The sheets the add-in made (earlier rankings and bulletins) are left out: they are outputs, and a ranking
 * sheet would otherwise compete with the score sheet for the attachment.
 *
 * All sheets in one answer can be too much for Excel — over 5 MB on the web (a 70,000-row sheet of other records
 * next to the inputs is enough), or over 5,000,000 cells. Then each sheet is read on its own, as generate reads its
 * source, slicing the ones that are still too large; the workbook read is the same, only in more round trips.
 */
import type { Workbook } from '../core/cell';
import { queueInventory, type WorkbookInventory } from './inventory';
import { isMadeSheet } from './madeSheets';
import { collectWhole, queueSource, readSourceWith, resolveMerges, valuesWithheld } from './readGrid';
import type { SyncLedger } from './syncLedger';

export interface InputWorkbookRead {
  workbook: Workbook;
  inventory: WorkbookInventory;
}

export async function readInputWorkbook(context: Excel.RequestContext, ledger: SyncLedger): Promise<InputWorkbookRead> {
  const queuedInventory = queueInventory(context);
  await ledger.sync();
  const inventory = queuedInventory();
  const inputs = inventory.sheets.filter((s) => !isMadeSheet(inventory.markers, s.name));
  const queued = inputs.map((s) => queueSource(context, { sheet: s.name }, true));
  const together = await ledger.syncUnlessTooLarge();
  if (together && !queued.some(valuesWithheld)) {
    const merges = await resolveMerges(ledger, queued);
    return { workbook: { sheets: queued.map((q, i) => collectWhole(q, merges[i])) }, inventory };
  }
  const sheets = [];
  for (const s of inputs) {
    const { read } = await readSourceWith(context, { sheet: s.name }, ledger);
    // The sheet was in the inventory a moment ago; gone now, it is simply not an input any more.
    if (read.grid) sheets.push(read.grid);
  }
  return { workbook: { sheets }, inventory };
}
