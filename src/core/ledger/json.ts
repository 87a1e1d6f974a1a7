/**
 * The `--json` contract of `window-bulletin tally`: keep stable, other tools rely on it (docs/ledger.md).
 * Figures are plain numbers in points (113.5); `deduction` is the points deducted (≥ 0), as in `rank --json`.
 */
import { unitsToNumber } from '../decimal';
import type { Problem } from '../problems';
import type { MonthTally } from './month';
import { VETO_WORDS, type VetoMode } from './settings';

export interface TallyJson {
  month: string;
  settings: { base: number; bonusCap: number | null; maxScore: number | null; minScore: number | null; veto: VetoMode };
  /** In roster order. */
  windows: {
    window: string;
    rank: number | null;
    base: number;
    deduction: number;
    bonus: number;
    score: number;
    capped: { category: string[]; bonus: boolean; maxScore: boolean; minScore: boolean };
    veto: boolean;
    /** Rows of 「考核台账」 counted (有效), and those listed but not counted (申诉成立, 撤销). */
    lines: number[];
    notCounted: number[];
  }[];
  persons: { person: string; window: string; rank: number; deduction: number; bonus: number; total: number; lines: number[] }[];
  warnings: { code: string; message: string; sheet?: string; cells?: string[] }[];
}

const n = (u: number) => unitsToNumber(u);
const orNull = (u: number | null) => (u === null ? null : n(u));

export function toTallyJson(tally: MonthTally, problems: readonly Problem[]): TallyJson {
  const { settings } = tally;
  return {
    month: `${tally.period.year}-${String(tally.period.month).padStart(2, '0')}`,
    settings: { base: n(settings.base), bonusCap: orNull(settings.bonusCap), maxScore: orNull(settings.maxScore), minScore: orNull(settings.minScore), veto: settings.veto },
    windows: tally.windows.map((w, i) => ({
      window: w.window,
      rank: tally.ranking.rank[i],
      base: n(w.base),
      deduction: n(w.deduction),
      bonus: n(w.bonus),
      score: n(w.score),
      capped: {
        category: w.categories.filter((c) => c.capped).map((c) => c.category),
        bonus: w.capped.bonus,
        maxScore: w.capped.maxScore,
        minScore: w.capped.minScore,
      },
      veto: w.veto,
      lines: w.lines.map((l) => l.row),
      notCounted: w.notCounted.map((l) => l.row),
    })),
    persons: tally.persons.map((p) => ({ person: p.person, window: p.window, rank: p.rank, deduction: n(p.deduction), bonus: n(p.bonus), total: n(p.total), lines: p.lines })),
    warnings: problems
      .filter((p) => p.severity === 'warning')
      .map((p) => ({ code: p.code, message: p.message, ...(p.sheet ? { sheet: p.sheet } : {}), ...(p.cells ? { cells: p.cells } : {}) })),
  };
}

/** 备注 of the score sheet: what the caps and a veto did, in a few words. */
export function windowRemark(tally: MonthTally, i: number): string {
  const w = tally.windows[i];
  const parts: string[] = [];
  for (const c of w.categories) if (c.capped) parts.push(`${c.category}按上限计${c.sign < 0 ? '扣' : '加'}${fmt(c.counted)}分`);
  if (w.capped.bonus) parts.push(`加分按上限计${fmt(tally.settings.bonusCap as number)}分`);
  if (w.capped.maxScore) parts.push(`按最高分${fmt(tally.settings.maxScore as number)}计`);
  if (w.capped.minScore) parts.push(`按最低分${fmt(tally.settings.minScore as number)}计`);
  if (w.veto) parts.push(tally.settings.veto === 'mark' ? '一票否决' : `一票否决，${VETO_WORDS[tally.settings.veto]}`);
  return parts.join('；');
}

function fmt(u: number): string {
  return String(unitsToNumber(u));
}
