/**
 * Joining a window across months when it was renamed (省国土资源厅 → 自然资源厅). The roster of windows with their
 * aliases (「窗口名单」, the ledger's src/core/ledger/roster.ts) is passed in through this interface; without one
 * only exact names join. Names that look alike but were not joined are reported, never joined by guess.
 */
import { foldHeader, trimName } from '../text';
import { at, problem, type Problem } from '../problems';
import { HISTORY_SHEET } from './model';

/** name → the window's canonical name, or undefined when the roster does not know the name. */
export interface WindowAliases {
  canonicalName(name: string): string | undefined;
}

/** No roster: every name is its own window. */
export const EXACT_NAMES: WindowAliases = { canonicalName: () => undefined };

/** A roster given as canonical name → its other names (what 「窗口名单」's 别名 column holds). */
export function aliasesFrom(entries: Iterable<[canonical: string, aliases: readonly string[]]>): WindowAliases {
  const map = new Map<string, string>();
  for (const [canonical, aliases] of entries) {
    map.set(trimName(canonical), trimName(canonical));
    for (const a of aliases) map.set(trimName(a), trimName(canonical));
  }
  return { canonicalName: (name) => map.get(trimName(name)) };
}

export function canonical(aliases: WindowAliases, name: string): string {
  return aliases.canonicalName(name) ?? name;
}

/** What two names share when they differ only in spacing, width, a 省/市 prefix or a 窗口 suffix. */
function looseKey(name: string): string {
  return foldHeader(name)
    .replace(/[()（）·•.,，、]/gu, '')
    .replace(/^(四川)?省/u, '')
    .replace(/窗口$/u, '');
}

/** Where a name was first seen: its sheet cell (「考核历史」!B12), when the name came from a sheet. */
export type NameCell = (name: string) => { sheet: string; cell: string } | undefined;

/**
 * Pairs of joined names (after aliases) that are probably one window: equal loosely, or one inside the other,
 * and never in the same month. Said as warnings naming the cell of each name's first row, so the clerk adds an
 * alias to the roster.
 */
export function nearDuplicates(windowsByMonth: readonly (readonly string[])[], cellOf: NameCell = () => undefined): Problem[] {
  const months = new Map<string, Set<number>>();
  windowsByMonth.forEach((names, m) => {
    for (const n of names) {
      let set = months.get(n);
      if (!set) months.set(n, (set = new Set()));
      set.add(m);
    }
  });
  const names = [...months.keys()].sort();
  const byKey = new Map<string, string[]>();
  for (const n of names) {
    const k = looseKey(n);
    if (k.length < 2) continue;
    byKey.set(k, [...(byKey.get(k) ?? []), n]);
  }
  const problems: Problem[] = [];
  const said = new Set<string>();
  const keys = [...byKey.keys()];
  const disjoint = (a: string, b: string) => ![...months.get(a)!].some((m) => months.get(b)!.has(m));
  const report = (a: string, b: string) => {
    const pair = `${a}\u0000${b}`;
    if (said.has(pair) || !disjoint(a, b)) return;
    said.add(pair);
    const where = [cellOf(a), cellOf(b)];
    const named = (n: string, w: (typeof where)[number]) => (w ? `${at(w.sheet, w.cell)} 的“${n}”` : `“${n}”`);
    const cells = where.flatMap((w) => (w && w.sheet === HISTORY_SHEET ? [w.cell] : []));
    problems.push(
      problem(
        'HISTORY_NEAR_DUPLICATE',
        'warning',
        `${named(a, where[0])}和${named(b, where[1])}从未在同一个月出现，可能是同一个窗口改了名，但考核历史没有把它们当作同一窗口。如是同一窗口，请在「窗口名单」中把其中一个登记为另一个的简称（曾用名）。`,
        HISTORY_SHEET,
        cells,
      ),
    );
  };
  for (const k of keys) {
    const same = byKey.get(k)!;
    for (let i = 0; i < same.length; i++) for (let j = i + 1; j < same.length; j++) report(same[i], same[j]);
  }
  // One loose name inside another (交通厅 / 交通运输厅 is not caught; 自然资源 / 自然资源厅 is).
  if (keys.length <= 2000) {
    for (const a of keys) {
      for (const b of keys) {
        if (a !== b && a.length >= 3 && b.includes(a)) report(byKey.get(a)![0], byKey.get(b)![0]);
      }
    }
  }
  return problems;
}
