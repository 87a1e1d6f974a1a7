/**
 * Which sheets the add-in itself made, so that "replace" is offered only for those and never for a sheet a clerk
 * typed. Each made sheet gets a hidden workbook name pointing at its A1: Excel keeps the reference right when the
 * sheet is renamed, turns it into #REF! when the sheet is deleted (a new sheet of the same name is not mistaken
 * for ours), and the names are read in the same sync as the source — no extra round trip.
 */
import { splitSheetAddress } from './rangeAddress';

export const MARKER_PREFIX = 'WindowBulletin_Sheet_';

export interface MadeSheetMarker {
  /** The workbook name, e.g. WindowBulletin_Sheet_3. */
  marker: string;
  /** The sheet it points at now; null when that sheet was deleted (#REF!). */
  sheet: string | null;
}

export function queueMadeSheets(context: Excel.RequestContext): () => MadeSheetMarker[] {
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value');
  return () =>
    names.items
      .filter((n) => n.name.startsWith(MARKER_PREFIX))
      .map((n) => ({ marker: n.name, sheet: n.type === 'Range' ? splitSheetAddress(String(n.value)).sheet : null }));
}

export function nextMarkerName(markers: readonly MadeSheetMarker[]): string {
  let max = 0;
  for (const m of markers) {
    const n = Number(m.marker.slice(MARKER_PREFIX.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${MARKER_PREFIX}${max + 1}`;
}

/** Sheet names (compared as Excel does, ignoring case) that carry a live marker. */
export function madeSheetNames(markers: readonly MadeSheetMarker[]): Set<string> {
  return new Set(markers.filter((m) => m.sheet !== null).map((m) => (m.sheet as string).toLowerCase()));
}

export function isMadeSheet(markers: readonly MadeSheetMarker[], sheet: string): boolean {
  return madeSheetNames(markers).has(sheet.toLowerCase());
}

/** Queues the marker for a sheet just added (same batch is fine: the name refers to the sheet object). */
export function queueMarkSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, marker: string): void {
  const item = context.workbook.names.add(marker, sheet.getRange('A1'), '窗口考核通报生成的工作表');
  item.visible = false;
}

/** Drops markers whose sheet is gone (#REF!). */
export function queueForgetMarkers(context: Excel.RequestContext, markers: readonly string[]): void {
  for (const m of markers) context.workbook.names.getItem(m).delete();
}
