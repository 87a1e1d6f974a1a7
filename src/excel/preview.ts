/** The pane's live preview: the same read and ranking as generate, nothing written. One sync. */
import type { PreviewResult } from '../core/hostContract';
import type { BulletinSettings } from '../core/settings';
import { sourceSpecOf } from './generate';
import { rankToBulletin } from './rankToBulletin';
import { readSourceWith } from './readGrid';
import { SyncLedger } from './syncLedger';

export async function previewBulletin(context: Excel.RequestContext, settings: BulletinSettings, today: Date = new Date()): Promise<PreviewResult> {
  const { read } = await readSourceWith(context, sourceSpecOf(settings), new SyncLedger(context));
  if (!read.grid) return { sheet: settings.sourceSheet ?? '', header: null, bulletin: null, problems: read.problems };
  const ranked = rankToBulletin(read.grid, settings, today);
  return { sheet: read.grid.name, header: ranked.header, bulletin: ranked.bulletin, problems: [...read.problems, ...ranked.outcome.problems] };
}
