/**
 * What generate must know about the workbook before writing, loaded in the same sync as the source: the sheet
 * names (to version 「8月考核结果 (2)」), their ids (so a clean-up never deletes a sheet that was already there) and
 * the markers of the sheets the add-in made.
 */
import { markersOf, nextMarkerName, queueNames, type MadeSheetMarker } from './madeSheets';

export interface WorkbookInventory {
  sheets: { name: string; id: string }[];
  markers: MadeSheetMarker[];
  /** The marker name the next made sheet gets. */
  nextMarker: string;
}

export function queueInventory(context: Excel.RequestContext): () => WorkbookInventory {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id');
  const names = queueNames(context);
  return () => ({ sheets: sheets.items.map((s) => ({ name: s.name, id: s.id })), markers: markersOf(names()), nextMarker: nextMarkerName(names()) });
}

export function sheetExists(inventory: WorkbookInventory, name: string): boolean {
  const lower = name.toLowerCase();
  return inventory.sheets.some((s) => s.name.toLowerCase() === lower);
}
