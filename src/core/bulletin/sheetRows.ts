/**
 * Reading an input sheet row by row: each row's cells by column key, read as counts, dates or text with
 * their problems collected; a row with an error is reported and left out, the others are kept.
 */
import type { SheetGrid } from '../cell';
import type { Problem } from '../problems';
import { countIn, dateIn, textIn } from './cellProblems';
import type { CivilDate } from './civilDate';
import type { InputSheet } from './inputSheets';
import { readInputTable, type InputCell, type InputRow } from './inputTable';

export interface RowReader<K extends string> {
  /** 0-based sheet row. */
  row: number;
  /** The cell under column `key`; undefined for an optional column the sheet does not have. */
  cell(key: K): InputCell | undefined;
  count(key: K, required?: boolean): number | null;
  date(key: K, required?: boolean): CivilDate | null;
  text(key: K, required?: boolean): string;
  /** Problems of this row; an error here drops the row. */
  problems: Problem[];
}

export function columnLabel<K extends string>(spec: InputSheet<K>, key: K): string {
  return spec.columns.find((c) => c.key === key)!.label;
}

/** Required columns are always present (the header needs them); an optional one may be missing. */
function rowReader<K extends string>(sheet: string, spec: InputSheet<K>, r: InputRow<K>): RowReader<K> {
  const problems: Problem[] = [];
  const label = (key: K) => columnLabel(spec, key);
  return {
    row: r.row,
    problems,
    cell: (key) => r.cells[key],
    count: (key, required = true) => (r.cells[key] ? countIn(sheet, r.cells[key], label(key), required, problems) : null),
    date: (key, required = true) => (r.cells[key] ? dateIn(sheet, r.cells[key], label(key), required, problems) : null),
    text: (key, required = true) => (r.cells[key] ? textIn(sheet, r.cells[key], label(key), required, problems) : ''),
  };
}

export function readSheetRows<K extends string, T>(
  grid: SheetGrid,
  spec: InputSheet<K>,
  read: (row: RowReader<K>) => T,
): { items: T[]; problems: Problem[] } {
  const { table, problems } = readInputTable(grid, spec.columns);
  const items: T[] = [];
  if (!table) return { items, problems };
  for (const r of table.rows) {
    const reader = rowReader(grid.name, spec, r);
    const item = read(reader);
    problems.push(...reader.problems);
    if (!reader.problems.some((p) => p.severity === 'error')) items.push(item);
  }
  return { items, problems };
}
