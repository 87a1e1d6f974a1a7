/**
 * A month's arithmetic, in the engine's exact units. For each window stationed in the month, its counted lines
 * (status 有效) are summed per category and sign, and the caps apply in this order:
 *
 * 1. per category: a category's deductions count at most its 类别上限, and so do its bonuses (扣完为止);
 * 2. the bonus total: the sum of the categories' bonuses counts at most 加分上限;
 * 3. the final score: base − deduction + bonus is held within 最高分 and 最低分, by counting less bonus (over the
 *    top) or less deduction (under the floor), so that the sheet still adds up: score = base − deduction + bonus.
 *
 * A counted line of a veto item (一票否决) marks the window; its points count like any other line.
 */
import type { LedgerLine } from './lines';
import type { RosterWindow } from './roster';
import type { LedgerSettings } from './settings';

export interface CategoryTally {
  category: string;
  /** −1: the category's deductions; +1: its bonuses. */
  sign: 1 | -1;
  /** Points of its lines (magnitude, units), before the cap, and as counted. */
  raw: number;
  counted: number;
  cap: number | null;
  capped: boolean;
}

export interface WindowTally {
  window: string;
  /** Row of the window on 「窗口名单」. */
  rosterRow: number;
  base: number;
  /** Points deducted (≥ 0) and added, after every cap; score = base − deduction + bonus. */
  deduction: number;
  bonus: number;
  score: number;
  categories: CategoryTally[];
  /** Bonus after the category caps, before 加分上限. */
  bonusBeforeCap: number;
  capped: { category: boolean; bonus: boolean; maxScore: boolean; minScore: boolean };
  veto: boolean;
  /** Counted lines (有效), by date then row; lines not counted (申诉成立, 撤销) likewise. */
  lines: LedgerLine[];
  notCounted: LedgerLine[];
}

function byDateThenRow(a: LedgerLine, b: LedgerLine): number {
  return a.date.year - b.date.year || a.date.month - b.date.month || a.date.day - b.date.day || a.row - b.row;
}

/** The windows in roster order, each with its lines tallied. `lines` may come in any order. */
export function tallyWindows(windows: readonly RosterWindow[], lines: readonly LedgerLine[], caps: ReadonlyMap<string, number>, settings: LedgerSettings): WindowTally[] {
  const linesOf = new Map<RosterWindow, LedgerLine[]>();
  for (const line of lines) {
    const list = linesOf.get(line.window);
    if (list) list.push(line);
    else linesOf.set(line.window, [line]);
  }
  return windows.map((w) => tallyWindow(w, (linesOf.get(w) ?? []).sort(byDateThenRow), caps, settings));
}

function tallyWindow(window: RosterWindow, lines: LedgerLine[], caps: ReadonlyMap<string, number>, settings: LedgerSettings): WindowTally {
  const counted = lines.filter((l) => l.status === 'valid');
  const categories = new Map<string, CategoryTally>();
  for (const line of counted) {
    const sign = line.rule.sign;
    const key = `${sign}\u0000${line.rule.category}`;
    let c = categories.get(key);
    if (!c) {
      c = { category: line.rule.category, sign, raw: 0, counted: 0, cap: caps.get(line.rule.category) ?? null, capped: false };
      categories.set(key, c);
    }
    c.raw += Math.abs(line.points);
  }
  let deduction = 0;
  let bonusBeforeCap = 0;
  for (const c of categories.values()) {
    c.capped = c.cap !== null && c.raw > c.cap;
    c.counted = c.capped ? (c.cap as number) : c.raw;
    if (c.sign < 0) deduction += c.counted;
    else bonusBeforeCap += c.counted;
  }
  let bonus = settings.bonusCap !== null ? Math.min(bonusBeforeCap, settings.bonusCap) : bonusBeforeCap;
  const bonusCapped = bonus < bonusBeforeCap;
  const base = settings.base;
  let score = base - deduction + bonus;
  let maxScore = false;
  let minScore = false;
  if (settings.maxScore !== null && score > settings.maxScore) {
    // base ≤ 最高分 (checked with the settings), so taking the excess off the bonus leaves it ≥ 0.
    bonus -= score - settings.maxScore;
    score = settings.maxScore;
    maxScore = true;
  }
  if (settings.minScore !== null && score < settings.minScore) {
    deduction -= settings.minScore - score;
    score = settings.minScore;
    minScore = true;
  }
  const list = [...categories.values()];
  return {
    window: window.name,
    rosterRow: window.row,
    base,
    deduction,
    bonus,
    score,
    categories: list,
    bonusBeforeCap,
    capped: { category: list.some((c) => c.capped), bonus: bonusCapped, maxScore, minScore },
    veto: counted.some((l) => l.rule.veto),
    lines: counted,
    notCounted: lines.filter((l) => l.status !== 'valid'),
  };
}
