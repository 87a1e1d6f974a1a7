/**
 * One month against the history before it: each window's rank change since the previous recorded month, the
 * 流动红旗 windows, and the windows last this month with their runs and counts against the saved thresholds.
 */
import type { Period } from '../model';
import { comparePeriods, periodIndex, type History, type HistoryMonth, type HistoryRow } from './model';
import type { HistorySettings } from './settings';

export type ChangeKind = 'up' | 'down' | 'same' | 'new';

export interface RankChange {
  kind: ChangeKind;
  /** Places moved (0 for same and new). */
  by: number;
  /** ↑3, ↓2, 持平, 新进驻 */
  label: string;
}

export interface MonthWindow {
  window: string;
  score: number;
  rank: number;
  veto: boolean;
  previousRank: number | null;
  change: RankChange;
}

export interface RedFlags {
  /** The setting N. */
  count: number;
  /** In bulletin order; more than N when windows tie at the edge. */
  windows: string[];
  /** Set when the edge rank is shared: all of them are in, and this says so. */
  edgeTie: { rank: number; windows: string[] } | null;
  /** Vetoed windows passed over. */
  vetoed: string[];
}

export type FlagLevel = 'notice' | 'report';

export interface LastPlaceFlag {
  window: string;
  /** Calendar months running, this one included, the window was last. */
  consecutive: number;
  /** Months of this year up to this one the window was last. */
  timesThisYear: number;
  /** What the thresholds call for: an internal notice, a report to the department, or nothing yet. */
  level: FlagLevel | null;
  /** 「连续2个月末位」「年内第3次末位」: why the level applies. */
  reasons: string[];
}

export interface MonthReport {
  period: Period;
  previous: Period | null;
  windows: MonthWindow[];
  redFlags: RedFlags;
  lastPlace: LastPlaceFlag[];
}

export function rankChange(rank: number, previous: number | null): RankChange {
  if (previous === null) return { kind: 'new', by: 0, label: '新进驻' };
  if (rank < previous) return { kind: 'up', by: previous - rank, label: `↑${previous - rank}` };
  if (rank > previous) return { kind: 'down', by: rank - previous, label: `↓${rank - previous}` };
  return { kind: 'same', by: 0, label: '持平' };
}

export function redFlagsOf(month: HistoryMonth, n: number): RedFlags {
  const vetoed = month.rows.filter((r) => r.veto).map((r) => r.window);
  const eligible = month.rows.filter((r) => !r.veto);
  if (n <= 0 || eligible.length === 0) return { count: n, windows: [], edgeTie: null, vetoed };
  const edgeRank = eligible[Math.min(n, eligible.length) - 1].rank;
  const windows = eligible.filter((r) => r.rank <= edgeRank).map((r) => r.window);
  const atEdge = eligible.filter((r) => r.rank === edgeRank).map((r) => r.window);
  return { count: n, windows, edgeTie: windows.length > n ? { rank: edgeRank, windows: atEdge } : null, vetoed };
}

/** The windows last in a month: those at the month's lowest rank, when it is not everyone's. */
export function lastOf(month: HistoryMonth): Set<string> {
  if (month.rows.length < 2) return new Set();
  const bottom = Math.max(...month.rows.map((r) => r.rank));
  if (bottom === Math.min(...month.rows.map((r) => r.rank))) return new Set();
  return new Set(month.rows.filter((r) => r.rank === bottom).map((r) => r.window));
}

function levelOf(consecutive: number, times: number, s: HistorySettings): { level: FlagLevel | null; reasons: string[] } {
  const reasons: string[] = [];
  if (consecutive >= 2) reasons.push(`连续${consecutive}个月末位`);
  reasons.push(`年内第${times}次末位`);
  const report = consecutive >= s.reportConsecutive || times >= s.reportTimesInYear;
  const notice = consecutive >= s.noticeConsecutive || times >= s.noticeTimesInYear;
  return { level: report ? 'report' : notice ? 'notice' : null, reasons };
}

export function monthReport(history: History, period: Period, settings: HistorySettings): MonthReport | null {
  const at = history.months.findIndex((m) => comparePeriods(m.period, period) === 0);
  if (at < 0) return null;
  const month = history.months[at];
  const prev = at > 0 ? history.months[at - 1] : null;
  const prevRank = new Map(prev?.rows.map((r) => [r.window, r.rank]) ?? []);
  const windows: MonthWindow[] = month.rows.map((r: HistoryRow) => {
    const previousRank = prevRank.get(r.window) ?? null;
    return { window: r.window, score: r.score, rank: r.rank, veto: r.veto, previousRank, change: rankChange(r.rank, previousRank) };
  });

  const lastByMonth = new Map(history.months.slice(0, at + 1).map((m) => [periodIndex(m.period), lastOf(m)]));
  const lastPlace: LastPlaceFlag[] = [...(lastByMonth.get(periodIndex(period)) ?? [])].map((window) => {
    let consecutive = 0;
    for (let i = periodIndex(period); lastByMonth.get(i)?.has(window); i--) consecutive++;
    let times = 0;
    for (let m = 1; m <= period.month; m++) if (lastByMonth.get(period.year * 12 + m - 1)?.has(window)) times++;
    return { window, consecutive, timesThisYear: times, ...levelOf(consecutive, times, settings) };
  });
  return { period, previous: prev?.period ?? null, windows, redFlags: redFlagsOf(month, settings.redFlagCount), lastPlace };
}
