/**
 * The pane's live preview: the same read and ranking as generate, nothing written (and, as there, never of a sheet
 * the add-in made: on one of its rankings, the sheet it came from). One sync: the source, and the
 * workbook's sheet names with the add-in's markers, so the pane can offer to replace an earlier ranking of the same
 * period (only one the add-in made) instead of adding 「8月考核结果 (2)」.
 */
import type { PreviewResult } from '../core/hostContract';
import { inferPeriod } from '../core/period';
import type { BulletinSettings } from '../core/settings';
import { periodSheetName, uniqueSheetName } from '../core/sheetNames';
import { madeSheetProblem } from './generateProblems';
import { queueInventory, type WorkbookInventory } from './inventory';
import { isMadeSheet, madeFrom } from './madeSheets';
import { rankToBulletinSteps } from './rankToBulletin';
import { Slicer } from './slicer';
import { readSourceWith, sourceSpecOf } from './readGrid';
import { SyncLedger } from './syncLedger';

function replaceableIn(inventory: WorkbookInventory | undefined, name: string, source: string): string | null {
  const lower = name.toLowerCase();
  const holder = inventory?.sheets.find((s) => s.name.toLowerCase() === lower);
  // The source itself is never offered, even when it is a sheet the add-in made (generate refuses it too).
  if (!holder || !inventory || holder.name.toLowerCase() === source.toLowerCase()) return null;
  return isMadeSheet(inventory.markers, holder.name) ? holder.name : null;
}

export async function previewBulletin(context: Excel.RequestContext, settings: BulletinSettings, today: Date = new Date()): Promise<PreviewResult> {
  const slicer = new Slicer();
  const ledger = new SyncLedger(context);
  const spec = sourceSpecOf(settings);
  const first = await readSourceWith(context, spec, ledger, queueInventory, slicer);
  const extra = first.extra;
  let read = first.read;
  // As generate does: a ranking the add-in made is never previewed as a source; the sheet it came from is.
  if (!spec.sheet && !spec.table && read.grid && extra && isMadeSheet(extra.markers, read.grid.name)) {
    const origin = madeFrom(extra.markers, read.grid.name);
    if (!origin) return { sheet: read.grid.name, header: null, bulletin: null, problems: [madeSheetProblem(read.grid.name)], replaceable: null };
    ({ read } = await readSourceWith(context, { sheet: origin }, ledger, undefined, slicer));
  }
  if (!read.grid) return { sheet: settings.sourceSheet ?? '', header: null, bulletin: null, problems: read.problems, replaceable: null };
  const ranked = await slicer.run(rankToBulletinSteps(read.grid, settings, today));
  return {
    sheet: read.grid.name,
    header: ranked.header,
    bulletin: ranked.bulletin,
    problems: [...read.problems, ...ranked.outcome.problems],
    replaceable: ranked.bulletin ? replaceableIn(extra, periodSheetName(ranked.period), read.grid.name) : null,
    period: ranked.period,
    // Which rule rankToBulletin's period came from, so the pane can say "from the title" and keep it when unticked.
    periodFrom: settings.period ? 'settings' : inferPeriod(read.grid) ? 'title' : 'clock',
    windows: ranked.outcome.table?.count,
    nextSheet: ranked.bulletin && extra ? uniqueSheetName(periodSheetName(ranked.period), extra.sheets.map((s) => s.name)) : undefined,
  };
}
