/**
 * Reading the windows under a found header into the columnar ScoreTable: one pass over the rows (scoreRows.ts),
 * then the duplicate names, then the arrays cut to size at the table's scale. Scores are computed here
 * (base − deduction + bonus) because the sheet's own 实得分值, when present, is only checked against them.
 */
import { cellAddress } from './address';
import type { SheetGrid } from './cell';
import { decimalFromNumber, formatDecimal, scaleFor, UNITS_PER_POINT } from './decimal';
import { cellText } from './figures';
import type { FoundTable } from './findTable';
import type { RankOptions, ScoreTable } from './model';
import { at } from './problems';
import { ProblemSink } from './problemSink';
import { repeatedGroups } from './nameIndex';
import { nameKey, readRows, startRows, type GridColumns } from './scoreRows';
import type { Steps } from './steps';
import { trimName } from './text';

function gridColumns(grid: SheetGrid, found: FoundTable): GridColumns {
  const { columns } = found.header;
  const of = (col: number | undefined) => (col === undefined ? -1 : col - grid.originCol);
  return {
    window: (columns.window as number) - grid.originCol,
    base: of(columns.base),
    deduction: of(columns.deduction),
    bonus: of(columns.bonus),
    score: of(columns.score),
  };
}

export interface ScoresRead {
  table: ScoreTable;
  problems: ProblemSink;
}

/** Yields after every `rowsPerStep` rows read (the task pane's host runs it in slices; rankSheet in one). */
export function* readScoresSteps(grid: SheetGrid, found: FoundTable, options: RankOptions, rowsPerStep: number): Steps<ScoresRead> {
  const { header } = found;
  const sheet = grid.name;
  const sink = new ProblemSink();
  const cols = gridColumns(grid, found);

  const defaultBase = decimalFromNumber(options.defaultBase);
  if (!defaultBase) throw new RangeError(`defaultBase ${options.defaultBase} is not a finite number`);
  if (cols.base < 0) {
    sink.add('DEFAULT_BASE', 'warning', `「${sheet}」的考核表没有“基础分值”列，各窗口按基础分 ${formatDecimal(defaultBase.units)} 计算。`, sheet);
  }

  const capacity = Math.max(0, found.endRow - found.firstDataRow);
  const rows = startRows(grid, cols, defaultBase, sink, capacity);
  for (let from = found.firstDataRow; from < found.endRow; from += rowsPerStep) {
    readRows(rows, from, Math.min(found.endRow, from + rowsPerStep));
    yield;
  }
  const { count } = rows;

  const nameAt = (sheetRow: number): string => trimName(cellText(grid.values[sheetRow - grid.originRow][cols.window] ?? null));
  const repeated = yield* repeatedGroups(rows.keyHashes.subarray(0, rows.keyCount), (k) => nameKey(nameAt(rows.keyRows[k])));
  for (const positions of repeated) {
    const sheetRows = positions.map((k) => rows.keyRows[k]);
    const cells = sheetRows.map((r) => cellAddress(r, grid.originCol + cols.window));
    sink.add('DUPLICATE_WINDOW', 'error', `窗口“${nameAt(sheetRows[0])}”重复出现在 ${cells.map((c) => at(sheet, c)).join('、')}。`, sheet, cells);
  }

  // Keep the smallest scale that holds every figure exactly: units of 1/10 for a sheet of halves.
  const scale = scaleFor(rows.decimals);
  const divisor = UNITS_PER_POINT / scale;
  const names = rows.names;
  names.length = count;
  const base = toScale(rows.base, count, divisor);
  const deduction = toScale(rows.deduction, count, divisor);
  yield;
  const bonus = toScale(rows.bonus, count, divisor);
  const score = toScale(rows.score, count, divisor);
  const table: ScoreTable = { sheet, header, count, scale, names, sourceRows: rows.sourceRows.subarray(0, count), base, deduction, bonus, score };
  return { table, problems: sink };
}

/** The first `count` units, divided down to the table's scale in place (exact: every figure is a multiple). */
function toScale(units: Float64Array, count: number, divisor: number): Float64Array {
  const out = units.subarray(0, count);
  if (divisor !== 1) for (let i = 0; i < count; i++) out[i] /= divisor;
  return out;
}
