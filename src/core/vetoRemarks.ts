/**
 * 一票否决 on a score sheet: what a window's 备注 says a veto does to the ranking. The tally writes the hall's veto
 * setting into the 备注 of each vetoed window (「一票否决」, 「一票否决，排在最后」), so the score sheet carries it:
 * ranking that sheet — by the pane, the ribbon, `rank` or the file page — gives the tally's own ranking, and a
 * hand-made sheet with the same totals and the same notes ranks the same. The mode travels in the note rather than
 * being looked up in 「考核细则」: the sheet is then self-describing (copied to another workbook, printed, or typed
 * by hand, it means what it says), and ranking it reads no other sheet (no extra sync in Excel).
 *
 * - 备注 says 一票否决 only: marked, ranked by score as before (nothing changes for sheets without these words);
 * - 一票否决 and 排在最后: ranked after every window not so marked, among themselves by score (ranks go on from
 *   there: 29 windows clean, the vetoed ones are 30, 31…);
 * - 一票否决 and 不参加排名: left out of the ranking, with a warning naming the cell.
 */
import { cellAddress } from './address';
import type { CellValue, SheetGrid } from './cell';
import type { FoundTable } from './findTable';
import type { RankStyle, Ranking, ScoreTable } from './model';
import { at } from './problems';
import type { ProblemSink } from './problemSink';
import { rankScores } from './rank';
import { foldHeader } from './text';

const REMARK_WORDS = new Set(['备注', '说明', '备注说明', '附注']);
export const VETO_WORD = '一票否决';
export const VETO_LAST_WORDS = '排在最后';
export const VETO_EXCLUDE_WORDS = '不参加排名';

/** Grid column (relative to the origin) of the table's 备注 header, or −1. */
function remarkColumn(grid: SheetGrid, found: FoundTable): number {
  const { headerRow, headerRows } = found.header;
  for (let r = headerRow; r < headerRow + headerRows; r++) {
    const row = grid.values[r - grid.originRow] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && REMARK_WORDS.has(foldHeader(v))) return c;
    }
  }
  return -1;
}

export type VetoPlacement = 'mark' | 'last' | 'exclude';

/** What a 备注 says about a veto, or null when it says nothing of one. */
export function vetoOfRemark(value: CellValue): VetoPlacement | null {
  if (typeof value !== 'string' || !value.includes(VETO_WORD)) return null;
  const text = foldHeader(value);
  if (text.includes(VETO_EXCLUDE_WORDS)) return 'exclude';
  if (text.includes(VETO_LAST_WORDS)) return 'last';
  return 'mark';
}

export interface VetoedTable {
  table: ScoreTable;
  /** last[i] = 1 when window i is ranked after the others; null when none is. */
  last: Uint8Array | null;
}

/** Reads the vetoes off the 备注 column: the table without the windows left out, and which ones go last. */
export function applyVetoRemarks(grid: SheetGrid, found: FoundTable, table: ScoreTable, sink: ProblemSink): VetoedTable {
  const col = remarkColumn(grid, found);
  if (col < 0) return { table, last: null };
  const placement: (VetoPlacement | null)[] = new Array<VetoPlacement | null>(table.count);
  let any = false;
  for (let i = 0; i < table.count; i++) {
    placement[i] = vetoOfRemark(grid.values[table.sourceRows[i] - grid.originRow]?.[col] ?? null);
    if (placement[i] === 'last' || placement[i] === 'exclude') any = true;
  }
  if (!any) return { table, last: null };
  const keep: number[] = [];
  for (let i = 0; i < table.count; i++) {
    if (placement[i] !== 'exclude') {
      keep.push(i);
      continue;
    }
    const cell = cellAddress(table.sourceRows[i], grid.originCol + col);
    sink.add('VETOED', 'warning', `${at(table.sheet, cell)} 的备注写明“${table.names[i]}”一票否决、不参加排名，未列入排名。`, table.sheet, [cell]);
  }
  const kept = keep.length === table.count ? table : pick(table, keep);
  const last = Uint8Array.from(keep, (i) => (placement[i] === 'last' ? 1 : 0));
  return { table: kept, last: last.includes(1) ? last : null };
}

function pick(t: ScoreTable, keep: number[]): ScoreTable {
  const f = (a: Float64Array) => Float64Array.from(keep, (i) => a[i]);
  return {
    ...t,
    count: keep.length,
    names: keep.map((i) => t.names[i]),
    sourceRows: Uint32Array.from(keep, (i) => t.sourceRows[i]),
    base: f(t.base),
    deduction: f(t.deduction),
    bonus: f(t.bonus),
    score: f(t.score),
  };
}

/**
 * The ranking with the windows marked 排在最后 after all others. Their scores are shifted below the lowest
 * unmarked one by the whole span of scores, so one pass of the engine ranks both groups: competition ranks of
 * the marked ones go on from the count of the others, dense ranks from their last rank, exactly as ranking the
 * two groups one after the other would (src/core/ledger/ranking.ts does that for the tally's own ranking).
 */
export function rankWithVetoes(score: Float64Array, last: Uint8Array | null, style: RankStyle): Ranking {
  if (last === null) return rankScores(score, style);
  let top = -Infinity;
  let bottom = Infinity;
  for (const s of score) {
    if (s > top) top = s;
    if (s < bottom) bottom = s;
  }
  const span = top - bottom + 1;
  return rankScores(
    score.map((s, i) => (last[i] === 1 ? s - span : s)),
    style,
  );
}
