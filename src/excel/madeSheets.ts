/**
 * Which sheets the add-in itself made, so that "replace" is offered only for those and never for a sheet a clerk
 * typed, and so that nothing the add-in made is ever ranked again. Each made sheet gets a hidden workbook name
 * pointing at its A1: Excel keeps the reference right when the sheet is renamed, turns it into #REF! when the sheet
 * is deleted (a new sheet of the same name is not mistaken for ours), and the names are read in the same sync as
 * the source — no extra round trip.
 *
 * A ranking also gets a second hidden name pointing at the sheet it was made from (WindowBulletin_Source_N beside
 * WindowBulletin_Sheet_N): when the ribbon is pressed on a ranking, it ranks that sheet again, not the ranking.
 *
 * Markers have a kind, in their prefix. An output (WindowBulletin_Sheet_N: a ranking, a bulletin, a tally's detail) is
 * never a source nor an input: it is left out of the source list and of 生成通报's inputs, and the ribbon pressed on
 * it ranks its source instead. A made score sheet (WindowBulletin_Score_N: the tally's 「2023年8月考核」) is the
 * add-in's own too — its write is cleaned up and versioned like an output's — but it is an input: offered first in
 * the source list, ranked by the ribbon and 生成排名, read by 生成通报.
 *
 * The marker is added in the same request as the sheet, straight after it, with a "being written" comment; the last
 * action of the write sets the "made" comment. So a failed write's clean-up finds the half-written sheet by its
 * marker (whatever Excel's error says), and a write whose answer was lost is known complete by the comment.
 */
import { splitSheetAddress } from './rangeAddress';

export const MARKER_PREFIX = 'WindowBulletin_Sheet_';
export const SOURCE_PREFIX = 'WindowBulletin_Source_';
export const SCORE_PREFIX = 'WindowBulletin_Score_';

/** output: a ranking, bulletin or detail sheet; score: a score sheet the tally wrote (an input to ranking). */
export type MadeSheetKind = 'output' | 'score';
export const MARKER_WRITING = '窗口考核通报正在写入的工作表';
export const MARKER_MADE = '窗口考核通报生成的工作表';

export interface MadeSheetMarker {
  /** The workbook name, e.g. WindowBulletin_Sheet_3. */
  marker: string;
  kind: MadeSheetKind;
  /** The sheet it points at now; null when that sheet was deleted (#REF!). */
  sheet: string | null;
  /** The sheet this one was ranked from (its WindowBulletin_Source_N), when that is known and still there. */
  source: string | null;
  /** That WindowBulletin_Source_N name, when there is one (sheets made before it existed, and bulletins, have none). */
  sourceName: string | null;
}

export interface NameLike {
  name: string;
  type: string;
  value: unknown;
}

function pointsAt(n: NameLike): string | null {
  return n.type === 'Range' ? splitSheetAddress(String(n.value)).sheet : null;
}

/** The markers among the workbook's names (loaded with name, type and value). */
export function markersOf(names: readonly NameLike[]): MadeSheetMarker[] {
  const sources = new Map<string, NameLike>();
  for (const n of names) if (n.name.startsWith(SOURCE_PREFIX)) sources.set(n.name.slice(SOURCE_PREFIX.length), n);
  return names
    .filter((n) => n.name.startsWith(MARKER_PREFIX) || n.name.startsWith(SCORE_PREFIX))
    .map((n) => {
      if (n.name.startsWith(SCORE_PREFIX)) return { marker: n.name, kind: 'score', sheet: pointsAt(n), source: null, sourceName: null };
      const source = sources.get(n.name.slice(MARKER_PREFIX.length));
      return { marker: n.name, kind: 'output', sheet: pointsAt(n), source: source ? pointsAt(source) : null, sourceName: source?.name ?? null };
    });
}

export function queueMadeSheets(context: Excel.RequestContext): () => MadeSheetMarker[] {
  const names = queueNames(context);
  return () => markersOf(names());
}

/** The workbook's names as the markers need them. */
export function queueNames(context: Excel.RequestContext): () => NameLike[] {
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value');
  return () => names.items;
}

/**
 * The marker for the next made sheet: one past the highest number any of the add-in's names uses — a source note
 * whose marker was deleted by hand still holds its number, and adding a name that exists would fail the write.
 */
export function nextMarkerName(names: readonly { name: string }[]): string {
  let max = 0;
  for (const { name } of names) {
    const prefix = [MARKER_PREFIX, SOURCE_PREFIX, SCORE_PREFIX].find((p) => name.startsWith(p)) ?? null;
    const n = prefix ? Number(name.slice(prefix.length)) : NaN;
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${MARKER_PREFIX}${max + 1}`;
}

/** The source name that goes with a marker: WindowBulletin_Sheet_3 → WindowBulletin_Source_3. */
export function sourceNameOf(marker: string): string {
  return SOURCE_PREFIX + marker.slice(MARKER_PREFIX.length);
}

/** The score-sheet marker with the same number: WindowBulletin_Sheet_3 → WindowBulletin_Score_3. */
export function scoreMarkerOf(marker: string): string {
  return SCORE_PREFIX + marker.slice(MARKER_PREFIX.length);
}

/** Sheet names (compared as Excel does, ignoring case) that carry a live marker of any kind: the add-in's own. */
export function madeSheetNames(markers: readonly MadeSheetMarker[]): Set<string> {
  return new Set(markers.filter((m) => m.sheet !== null).map((m) => (m.sheet as string).toLowerCase()));
}

/** An output the add-in made (ranking, bulletin, detail): never a source or an input. A made score sheet is not one. */
export function isMadeSheet(markers: readonly MadeSheetMarker[], sheet: string): boolean {
  return madeSheetNames(markers.filter((m) => m.kind === 'output')).has(sheet.toLowerCase());
}

/** A score sheet the tally made: a source, offered before the others. */
export function isMadeScoreSheet(markers: readonly MadeSheetMarker[], sheet: string): boolean {
  return madeSheetNames(markers.filter((m) => m.kind === 'score')).has(sheet.toLowerCase());
}

/** The sheet a made sheet was ranked from, when it is known and not itself one of ours. */
export function madeFrom(markers: readonly MadeSheetMarker[], sheet: string): string | null {
  const lower = sheet.toLowerCase();
  const m = markers.find((x) => x.sheet?.toLowerCase() === lower);
  return m?.source && !isMadeSheet(markers, m.source) ? m.source : null;
}

/**
 * The comment of a marker while its sheet is being written: with a token of this write, so that a clean-up can tell
 * its own marker from one of the same name another writer added meanwhile.
 */
export function writingComment(): string {
  return `${MARKER_WRITING} ${Math.random().toString(36).slice(2, 12)}`;
}

/** Queues the marker of a sheet just added, in the same request (the name refers to the sheet object), hidden. */
export function queueMarkSheet(context: Excel.RequestContext, sheet: Excel.Worksheet, marker: string, comment: string): void {
  const item = context.workbook.names.add(marker, sheet.getRange('A1'), comment);
  item.visible = false;
}

/** Queues the note of where a ranking came from (a hidden name on the source's A1, following its renames). */
export function queueMarkSource(context: Excel.RequestContext, marker: string, sourceSheet: string): void {
  const item = context.workbook.names.add(sourceNameOf(marker), context.workbook.worksheets.getItem(sourceSheet).getRange('A1'), '窗口考核通报：排名的数据来源');
  item.visible = false;
}

/** Queues the write's last action: the marker says the sheet is complete. */
export function queueMarkMade(context: Excel.RequestContext, marker: string): void {
  context.workbook.names.getItem(marker).comment = MARKER_MADE;
}

/** Queues a look at whether the marker says "made"; read it only after the next sync. */
export function queueMadeProbe(context: Excel.RequestContext, marker: string): () => boolean {
  const item = context.workbook.names.getItemOrNullObject(marker);
  item.load('comment');
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- a probe: read by the caller only after its sync
  return () => !item.isNullObject && item.comment === MARKER_MADE;
}

/** Drops markers whose sheet is gone (#REF!), with their source notes where there are any. */
export function queueForgetMarkers(context: Excel.RequestContext, markers: readonly MadeSheetMarker[]): void {
  for (const m of markers) {
    context.workbook.names.getItem(m.marker).delete();
    if (m.sourceName) context.workbook.names.getItem(m.sourceName).delete();
  }
}
