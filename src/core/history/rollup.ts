/**
 * Quarter and year roll-ups: per window each month's score and rank, the months counted, the average score and
 * the rank of the average by the engine with the month's tie rules, times last, veto months, and (for a year)
 * whether the window may be the year's 红旗窗口 and why not.
 *
 * Rounding: the average is the exact sum of the counted months' scores divided by their number, rounded half
 * away from zero to AVERAGE_DECIMALS places, as Excel's ROUND does; the rounded average is what is shown and
 * what is ranked, so two windows showing 98.35 tie.
 */
import { formatDecimal, UNITS_PER_POINT } from '../decimal';
import type { Period, RankStyle } from '../model';
import { rankScores } from '../rank';
import { comparePeriods, periodIndex, type History } from './model';
import { lastOf } from './monthReport';
import type { HistorySettings } from './settings';

export const AVERAGE_DECIMALS = 2;
const AVERAGE_STEP = UNITS_PER_POINT / 10 ** AVERAGE_DECIMALS;

export interface RollupSpan {
  kind: 'quarter' | 'year';
  year: number;
  /** 1–4 for a quarter. */
  quarter?: number;
  /** The calendar months the span covers. */
  months: Period[];
}

export interface RollupCell {
  score: number;
  rank: number;
  veto: boolean;
  last: boolean;
}

export interface Eligibility {
  eligible: boolean;
  /** 「累计2次末位」「3月否决」, joined with ；, empty when eligible. */
  reason: string;
}

export interface RollupWindow {
  window: string;
  /** One per recorded month of the span (RollupResult.months); null when the window was absent that month. */
  cells: (RollupCell | null)[];
  monthsCounted: number;
  /** Present for fewer than the span's recorded months: averaged over its own months. */
  partial: boolean;
  /** Units (1/10^4 point), rounded to AVERAGE_DECIMALS. */
  average: number;
  averageText: string;
  rank: number;
  timesLast: number;
  vetoMonths: number[];
  /** Year roll-ups only. */
  honour?: Eligibility;
}

export interface Rollup {
  span: RollupSpan;
  /** 「2023年第3季度考核汇总」「2023年度考核汇总」 */
  title: string;
  /** The span's months that the history holds, in calendar order. */
  months: Period[];
  rankStyle: RankStyle;
  /** Windows in bulletin order: rank of the average, ties in listing order (first month present, then that month's order). */
  windows: RollupWindow[];
}

export function quarterSpan(year: number, quarter: number): RollupSpan {
  const months = [0, 1, 2].map((i) => ({ year, month: (quarter - 1) * 3 + 1 + i }));
  return { kind: 'quarter', year, quarter, months };
}

export function yearSpan(year: number): RollupSpan {
  return { kind: 'year', year, months: Array.from({ length: 12 }, (_, i) => ({ year, month: i + 1 })) };
}

export function rollupTitle(span: RollupSpan): string {
  return span.kind === 'year' ? `${span.year}年度考核汇总` : `${span.year}年第${span.quarter}季度考核汇总`;
}

/** Exact sum / count rounded half away from zero to AVERAGE_STEP units; integers only, so no float error. */
export function averageUnits(sum: number, count: number): number {
  const step = count * AVERAGE_STEP;
  const magnitude = Math.floor((2 * Math.abs(sum) + step) / (2 * step));
  return (sum < 0 ? -magnitude : magnitude) * AVERAGE_STEP || 0;
}

function honourOf(w: Omit<RollupWindow, 'honour'>, s: HistorySettings): Eligibility {
  const reasons: string[] = [];
  if (w.timesLast >= s.honourLastTimesLimit) reasons.push(`累计${w.timesLast}次末位`);
  if (s.honourExcludesVeto && w.vetoMonths.length > 0) reasons.push(`${w.vetoMonths.map((m) => `${m}月`).join('、')}否决`);
  return { eligible: reasons.length === 0, reason: reasons.join('；') };
}

export function rollup(history: History, span: RollupSpan, settings: HistorySettings): Rollup {
  const inSpan = new Set(span.months.map(periodIndex));
  const months = history.months.filter((m) => inSpan.has(periodIndex(m.period))).sort((a, b) => comparePeriods(a.period, b.period));
  const listing: string[] = [];
  const byWindow = new Map<string, (RollupCell | null)[]>();
  months.forEach((m, i) => {
    const last = lastOf(m);
    for (const r of m.rows) {
      let cells = byWindow.get(r.window);
      if (!cells) {
        byWindow.set(r.window, (cells = new Array<RollupCell | null>(months.length).fill(null)));
        listing.push(r.window);
      }
      cells[i] = { score: r.score, rank: r.rank, veto: r.veto, last: last.has(r.window) };
    }
  });
  const rankStyle: RankStyle = months.length > 0 ? (months[months.length - 1].rows[0]?.rankStyle ?? 'competition') : 'competition';
  const partial = listing.map((window) => {
    const cells = byWindow.get(window)!;
    const counted = cells.filter((c): c is RollupCell => c !== null);
    const sum = counted.reduce((s, c) => s + c.score, 0);
    const average = averageUnits(sum, counted.length);
    return {
      window,
      cells,
      monthsCounted: counted.length,
      partial: counted.length < months.length,
      average,
      averageText: formatDecimal(average),
      rank: 0,
      timesLast: counted.filter((c) => c.last).length,
      vetoMonths: cells.flatMap((c, i) => (c?.veto ? [months[i].period.month] : [])),
    };
  });
  const ranking = rankScores(Float64Array.from(partial.map((w) => w.average / AVERAGE_STEP)), rankStyle);
  const windows: RollupWindow[] = [];
  for (let k = 0; k < ranking.order.length; k++) {
    const w = { ...partial[ranking.order[k]], rank: ranking.rank[k] };
    windows.push(span.kind === 'year' ? { ...w, honour: honourOf(w, settings) } : w);
  }
  return { span, title: rollupTitle(span), months: months.map((m) => m.period), rankStyle, windows };
}
