/**
 * 「窗口名单」: the windows stationed in the hall, in the hall's department order, each with its other names
 * (简称, old names: 发改委, 省发改委) and the dates it moved in (进驻) and out (撤出). The tally scores every window
 * stationed in the month, ledger lines or not, and finds a ledger line's window through these names. Exported for
 * other readers of the roster (考核历史) as readRoster / findWindow / stationedIn.
 */
import type { SheetGrid, Workbook } from '../cell';
import type { Period } from '../model';
import { at, problem, type Problem } from '../problems';
import { compareDates, daysInMonth, isoDate, type CivilDate } from '../bulletin/civilDate';
import { findSheet, readInputTable } from '../bulletin/inputTable';
import { normalizeLabel } from '../bulletin/labels';
import { dateIn, textIn } from '../bulletin/cellProblems';
import { ROSTER_SHEET } from './sheets';

export interface RosterWindow {
  /** The name as the score sheet prints it. */
  name: string;
  aliases: string[];
  from: CivilDate | null;
  to: CivilDate | null;
  /** 1-based row on 「窗口名单」. */
  row: number;
}

export interface Roster {
  sheet: string;
  windows: RosterWindow[];
  /** Folded name or alias → window. */
  byName: Map<string, RosterWindow>;
}

export interface RosterRead {
  roster: Roster | null;
  problems: Problem[];
}

/** Names compare without spaces, in half-width: 省发展改革委 and 省发展改革委 （full-width space) are one. */
export function foldName(text: string): string {
  return normalizeLabel(text);
}

const ALIAS_SEPARATORS = /[、，,；;/|\n]+/u;

/** Reads 「窗口名单」 from the workbook (or its accepted other names); null with a problem when there is none. */
export function readRoster(wb: Workbook): RosterRead {
  const grid = findSheet(wb, [ROSTER_SHEET.name, ...ROSTER_SHEET.aliases]);
  if (!grid) {
    return {
      roster: null,
      problems: [problem('SHEET_NOT_FOUND', 'error', `工作簿中没有「${ROSTER_SHEET.name}」工作表：需要列出进驻大厅的全部窗口（部门窗口、简称、进驻日期、撤出日期）。`)],
    };
  }
  return readRosterSheet(grid);
}

export function readRosterSheet(grid: SheetGrid): RosterRead {
  const { table, problems } = readInputTable(grid, ROSTER_SHEET.columns);
  if (!table) return { roster: null, problems };
  const sheet = grid.name;
  const roster: Roster = { sheet, windows: [], byName: new Map() };
  const owner = new Map<string, { window: RosterWindow; address: string }>();
  for (const row of table.rows) {
    const c = row.cells;
    const name = c.window ? textIn(sheet, c.window, '部门窗口', true, problems) : '';
    const aliasText = c.aliases ? textIn(sheet, c.aliases, '简称', false, problems) : '';
    const from = c.from ? dateIn(sheet, c.from, '进驻日期', false, problems) : null;
    const to = c.to ? dateIn(sheet, c.to, '撤出日期', false, problems) : null;
    if (name === '') continue;
    if (from && to && compareDates(to, from) < 0) {
      const address = c.to!.address;
      problems.push(problem('INPUT', 'error', `${at(sheet, address)} 的撤出日期 ${isoDate(to)} 早于进驻日期 ${isoDate(from)}。`, sheet, [address]));
    }
    const window: RosterWindow = {
      name,
      aliases: aliasText.split(ALIAS_SEPARATORS).map((a) => a.trim()).filter((a) => a !== ''),
      from,
      to,
      row: row.row + 1,
    };
    const names: [string, string][] = [[name, c.window!.address], ...window.aliases.map((a): [string, string] => [a, c.aliases!.address])];
    let clash = false;
    for (const [text, address] of names) {
      const key = foldName(text);
      const earlier = owner.get(key);
      if (earlier && earlier.window !== window) {
        clash = true;
        problems.push(
          problem(
            'DUPLICATE_WINDOW',
            'error',
            `${at(sheet, address)} 的“${text}”与 ${at(sheet, earlier.address)} 重名，台账中写这个名称时无法确定是哪个窗口。`,
            sheet,
            [earlier.address, address],
          ),
        );
      } else if (!earlier) owner.set(key, { window, address });
    }
    if (clash) continue;
    roster.windows.push(window);
    for (const [text] of names) roster.byName.set(foldName(text), window);
  }
  if (roster.windows.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push(problem('NO_DATA', 'error', `「${sheet}」的表头下面没有窗口。`, sheet));
  }
  return { roster, problems };
}

export function findWindow(roster: Roster, text: string): RosterWindow | null {
  return roster.byName.get(foldName(text)) ?? null;
}

/** Stationed at some time in the month: moved in by its last day, not moved out before its first. */
export function stationedIn(window: RosterWindow, period: Period): boolean {
  const first: CivilDate = { year: period.year, month: period.month, day: 1 };
  const last: CivilDate = { year: period.year, month: period.month, day: daysInMonth(period.year, period.month) };
  return (window.from === null || compareDates(window.from, last) <= 0) && (window.to === null || compareDates(window.to, first) >= 0);
}

/** Stationed on that day. */
export function stationedOn(window: RosterWindow, day: CivilDate): boolean {
  return (window.from === null || compareDates(window.from, day) <= 0) && (window.to === null || compareDates(window.to, day) >= 0);
}

/** Edit distance between two short names (a window name is a few characters). */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/**
 * Up to three roster names a mistyped name most likely means: names containing it or contained in it first
 * (市场监管局 → 省市场监管局), then those within a third of its length in edits.
 */
export function closestNames(roster: Roster, text: string): string[] {
  const key = foldName(text);
  if (key === '') return [];
  const scored: { name: string; score: number }[] = [];
  for (const w of roster.windows) {
    let best = Infinity;
    for (const n of [w.name, ...w.aliases]) {
      const f = foldName(n);
      const d = f.includes(key) || key.includes(f) ? Math.abs(f.length - key.length) * 0.1 : distance(f, key);
      best = Math.min(best, d);
    }
    if (best <= Math.max(1, Math.floor(key.length / 3))) scored.push({ name: w.name, score: best });
  }
  return scored.sort((a, b) => a.score - b.score).slice(0, 3).map((s) => s.name);
}
