/**
 * The `--json` contract of `window-bulletin history` (docs/history.md): fields are only ever added. Figures are
 * plain numbers (deduction ≥ 0, as in `rank --json`), months are "2023-08".
 */
import { unitsToNumber } from '../decimal';
import type { Problem } from '../problems';
import { periodKey, type History } from './model';
import { monthReport, type MonthReport } from './monthReport';
import { AVERAGE_DECIMALS, type Rollup } from './rollup';
import { partialNote } from './rollupPlan';
import type { HistorySettings } from './settings';

export interface HistoryJson {
  sheet: string;
  /** Months imported by this run (with --import). */
  imported: string[];
  months: {
    month: string;
    previous: string | null;
    rows: {
      window: string;
      base: number;
      deduction: number;
      bonus: number;
      score: number;
      rank: number;
      rankStyle: 'competition' | 'dense';
      veto: boolean;
      previousRank: number | null;
      /** ↑3, ↓2, 持平, 新进驻 */
      change: string;
    }[];
    redFlags: { count: number; windows: string[]; edgeTie: { rank: number; windows: string[] } | null; vetoed: string[] };
    lastPlace: { window: string; consecutive: number; timesThisYear: number; level: 'notice' | 'report' | null; reasons: string[] }[];
  }[];
  rollup: {
    title: string;
    kind: 'quarter' | 'year';
    year: number;
    quarter: number | null;
    months: string[];
    rankStyle: 'competition' | 'dense';
    averageDecimals: number;
    windows: {
      rank: number;
      window: string;
      months: ({ month: string; score: number; rank: number; veto: boolean; last: boolean } | null)[];
      monthsCounted: number;
      partial: boolean;
      note: string;
      average: number;
      averageText: string;
      timesLast: number;
      vetoMonths: number[];
      honour: { eligible: boolean; reason: string } | null;
    }[];
  } | null;
  warnings: { code: string; message: string; sheet?: string; cells?: string[] }[];
}

function monthJson(history: History, r: MonthReport): HistoryJson['months'][number] {
  const rows = history.months.find((m) => periodKey(m.period) === periodKey(r.period))!.rows;
  return {
    month: periodKey(r.period),
    previous: r.previous ? periodKey(r.previous) : null,
    rows: rows.map((row, i) => ({
      window: row.window,
      base: unitsToNumber(row.base),
      deduction: unitsToNumber(row.deduction),
      bonus: unitsToNumber(row.bonus),
      score: unitsToNumber(row.score),
      rank: row.rank,
      rankStyle: row.rankStyle,
      veto: row.veto,
      previousRank: r.windows[i].previousRank,
      change: r.windows[i].change.label,
    })),
    redFlags: r.redFlags,
    lastPlace: r.lastPlace.map((l) => ({ window: l.window, consecutive: l.consecutive, timesThisYear: l.timesThisYear, level: l.level, reasons: l.reasons })),
  };
}

export function toHistoryJson(args: {
  history: History;
  months: History['months'];
  rollup: Rollup | null;
  imported: string[];
  settings: HistorySettings;
  problems: Problem[];
}): HistoryJson {
  const { history, rollup: r } = args;
  return {
    sheet: '考核历史',
    imported: args.imported,
    months: args.months.map((m) => monthJson(history, monthReport(history, m.period, args.settings)!)),
    rollup: r
      ? {
          title: r.title,
          kind: r.span.kind,
          year: r.span.year,
          quarter: r.span.quarter ?? null,
          months: r.months.map(periodKey),
          rankStyle: r.rankStyle,
          averageDecimals: AVERAGE_DECIMALS,
          windows: r.windows.map((w) => ({
            rank: w.rank,
            window: w.window,
            months: w.cells.map((c, i) => (c ? { month: periodKey(r.months[i]), score: unitsToNumber(c.score), rank: c.rank, veto: c.veto, last: c.last } : null)),
            monthsCounted: w.monthsCounted,
            partial: w.partial,
            note: partialNote(w, r),
            average: unitsToNumber(w.average),
            averageText: w.averageText,
            timesLast: w.timesLast,
            vetoMonths: w.vetoMonths,
            honour: w.honour ?? null,
          })),
        }
      : null,
    warnings: args.problems
      .filter((p) => p.severity === 'warning')
      .map((p) => ({ code: p.code, message: p.message, ...(p.sheet !== undefined ? { sheet: p.sheet } : {}), ...(p.cells ? { cells: [...p.cells] } : {}) })),
  };
}

