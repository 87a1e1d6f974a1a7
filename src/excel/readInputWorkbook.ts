/**
 * The workbook as the bulletin needs it: every sheet the add-in did not make (the input sheets 通报信息, 办件统计, …
 * and the score sheet), each read as generate reads its source (values with their types, merged areas where
 * ExcelApi 1.13 is present). Two syncs whatever the number of sheets: the inventory, then all sheets at once.
 * The sheets the add-in made (earlier rankings and bulletins) are left out: they are outputs, and a ranking
 * sheet would otherwise compete with the score sheet for the attachment.
 */
import type { Workbook } from '../core/cell';
import { queueInventory, type WorkbookInventory } from './inventory';
import { isMadeSheet } from './madeSheets';
import { collectWhole, queueSource } from './readGrid';
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
  await ledger.sync();
  return { workbook: { sheets: queued.map(collectWhole) }, inventory };
}
