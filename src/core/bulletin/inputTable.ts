/**
 * Finds a header row anywhere in an input sheet by its words and reads the rows under it, keeping each
 * cell's A1 address so every problem can name its cell.
 */
import { cellAddress } from '../address';
import type { CellValue, SheetGrid, Workbook } from '../cell';
import { at, problem, type Problem } from '../problems';
import { isBlank, readText } from './cellRead';
import { labelMatches, normalizeLabel } from './labels';

export interface ColumnSpec<K extends string> {
  key: K;
  /** The header the template writes, e.g. 咨询（人次）. */
  label: string;
  /** Other headers accepted for it (the label itself always is). */
  aliases: readonly string[];
  required: boolean;
}

export interface InputCell {
  value: CellValue;
  /** "C5" */
  address: string;
}

export interface InputRow<K extends string> {
  /** 0-based sheet row. */
  row: number;
  cells: Partial<Record<K, InputCell>>;
}

export interface InputTable<K extends string> {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<K, number>>;
  rows: InputRow<K>[];
}

/** A sheet by its name, tolerating full-width characters, spaces and the listed alternative names. */
export function findSheet(wb: Workbook, names: readonly string[]): SheetGrid | null {
  const wanted = names.map(normalizeLabel);
  return wb.sheets.find((s) => wanted.includes(normalizeLabel(s.name))) ?? null;
}

export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.originRow];
  if (!r) return null;
  return r[col - grid.originCol] ?? null;
}

/** Which spec a header cell names, if any. */
function matchHeaderRow<K extends string>(grid: SheetGrid, i: number, specs: readonly ColumnSpec<K>[]): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  const row = grid.values[i] ?? [];
  row.forEach((v, j) => {
    if (typeof v !== 'string') return;
    const spec = specs.find((s) => columns[s.key] === undefined && labelMatches(v, [s.label, ...s.aliases]));
    if (spec) columns[spec.key] = grid.originCol + j;
  });
  return columns;
}

const NOTE_ROW = /^(?:注|备注|说明)/u;
const TOTAL_ROW = /^(?:合计|总计|小计|累计)$/u;

/**
 * Reads the first row holding every required header, and the rows under it to the end of the sheet.
 * Blank rows and notes rows (注：…) are skipped; a totals row (合计) is skipped with a warning, since
 * adding it in would count every figure twice.
 */
export function readInputTable<K extends string>(
  grid: SheetGrid,
  specs: readonly ColumnSpec<K>[],
): { table: InputTable<K> | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const required = specs.filter((s) => s.required);
  let headerIndex = -1;
  let columns: Partial<Record<K, number>> = {};
  for (let i = 0; i < grid.values.length; i++) {
    const found = matchHeaderRow(grid, i, specs);
    if (required.every((s) => found[s.key] !== undefined)) {
      headerIndex = i;
      columns = found;
      break;
    }
  }
  if (headerIndex < 0) {
    const words = required.map((s) => s.label).join('、');
    problems.push(problem('INPUT', 'error', `「${grid.name}」中找不到表头：需要一行写有 ${words} 的标题。`, grid.name));
    return { table: null, problems };
  }
  const headerRow = grid.originRow + headerIndex;
  const rows: InputRow<K>[] = [];
  for (let i = headerIndex + 1; i < grid.values.length; i++) {
    const row = grid.originRow + i;
    const cells: Partial<Record<K, InputCell>> = {};
    const present: InputCell[] = [];
    for (const spec of specs) {
      const col = columns[spec.key];
      if (col === undefined) continue;
      const cell = { value: cellAt(grid, row, col), address: cellAddress(row, col) };
      cells[spec.key] = cell;
      if (!isBlank(cell.value)) present.push(cell);
    }
    if (present.length === 0) continue;
    const lead = normalizeLabel(readText(present[0].value));
    if (NOTE_ROW.test(lead) && present.length === 1) continue;
    if (TOTAL_ROW.test(lead)) {
      problems.push(
        problem('SKIPPED_ROW', 'warning', `${at(grid.name, present[0].address)} 是合计行，不计入（合计由程序计算）。`, grid.name, [present[0].address]),
      );
      continue;
    }
    rows.push({ row, cells });
  }
  return { table: { sheet: grid.name, headerRow, columns, rows }, problems };
}
