/**
 * The pure middle of preview and generate: grid → ranking → bulletin table, with the period taken from the
 * settings, else the source's title (「2023年8月…」), else the month before today.
 */
import { bulletinTableSteps } from '../core/bulletinTable';
import { rankSheetSteps } from '../core/engine';
import { inferPeriod } from '../core/period';
import type { SheetGrid } from '../core/cell';
import type { BulletinTable, HeaderMatch, Period, RankOutcome } from '../core/model';
import { hasErrors } from '../core/problems';
import type { BulletinSettings } from '../core/settings';
import { FRESH_TASK, runSteps, type Steps } from '../core/steps';
import { previousMonth } from './defaultPeriod';

export interface RankedBulletin {
  outcome: RankOutcome;
  header: HeaderMatch | null;
  /** Null when the ranking stopped on errors. */
  bulletin: BulletinTable | null;
  period: Period;
}

/** The performance-timeline name of the ranking step. */
export const RANKING_MEASURE = 'window-bulletin:rank';

export function rankToBulletin(grid: SheetGrid, settings: BulletinSettings, today: Date): RankedBulletin {
  return runSteps(rankToBulletinSteps(grid, settings, today));
}

/**
 * rankToBulletin in steps for the task pane (Slicer.run): the ranking in the engine's slices (its sort, which cannot
 * be cut, in a task of its own), then the bulletin table in slices.
 */
export function* rankToBulletinSteps(grid: SheetGrid, settings: BulletinSettings, today: Date): Steps<RankedBulletin> {
  yield FRESH_TASK;
  const started = performance.now();
  const outcome = yield* rankSheetSteps(grid, { rankStyle: settings.rankStyle, tieDisplay: settings.tieDisplay, defaultBase: settings.defaultBase });
  // The ranking, slices and sort, named on the browser's performance timeline (DevTools, the e2e test).
  performance.measure?.(RANKING_MEASURE, { start: started, end: performance.now() });
  const period = settings.period ?? inferPeriod(grid) ?? previousMonth(today);
  const header = outcome.table?.header ?? null;
  if (hasErrors(outcome.problems) || !outcome.table || !outcome.ranking) return { outcome, header, bulletin: null, period };
  yield FRESH_TASK;
  const bulletin = yield* bulletinTableSteps(outcome.table, outcome.ranking, { period, hallName: settings.hallName }, settings.tieDisplay);
  return { outcome, header, bulletin, period };
}
