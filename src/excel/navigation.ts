/** Taking the user to a place in the workbook: a problem's cell, a new bulletin sheet. */
import { parseRangeAddress } from './rangeAddress';

/** Activates the sheet and selects the cell (a problem's 「考核」!D9). */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<void> {
  if (!parseRangeAddress(address)) throw new Error(`单元格地址“${address}”无效。`);
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await context.sync();
}

export async function activateSheet(context: Excel.RequestContext, name: string): Promise<void> {
  context.workbook.worksheets.getItem(name).activate();
  await context.sync();
}
