/**
 * Finding the score table in a sheet laid out by hand: the header row is found by its words wherever it starts
 * (under title rows, merged banners, a 制表 line), or an Excel table (ListObject) is used when it has the words.
 */
import { cellAddress } from './address';
import type { SheetGrid } from './cell';
import { headerRole } from './headerWords';
import type { ColumnRole, HeaderMatch } from './model';
import { foldHeader } from './text';

/** Header rows sit near the top; scanning further would cost time on 10^6-row sheets for nothing. */
export const HEADER_SCAN_ROWS = 200;

export interface FoundTable {
  header: HeaderMatch;
  /** Sheet rows [firstDataRow, endRow) hold the windows (and any notes or summary rows among them). */
  firstDataRow: number;
  endRow: number;
}

/** The closest thing to a header when none qualifies: a row with some of the words, for the message. */
export interface HeaderNearMiss {
  cell: string;
  found: ColumnRole[];
}

interface RowRoles {
  columns: Partial<Record<ColumnRole, number>>;
  labels: Partial<Record<ColumnRole, string>>;
  count: number;
}

function rolesOfRow(grid: SheetGrid, gridRow: number, fromCol: number, toCol: number): RowRoles {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const labels: Partial<Record<ColumnRole, string>> = {};
  let count = 0;
  const row = grid.values[gridRow] ?? [];
  const end = Math.min(row.length, toCol);
  for (let c = Math.max(0, fromCol); c < end; c++) {
    const v = row[c];
    if (typeof v !== 'string') continue;
    const role = headerRole(foldHeader(v));
    if (role === null || columns[role] !== undefined) continue; // the first column with a word wins
    columns[role] = grid.originCol + c;
    labels[role] = v;
    count++;
  }
  return { columns, labels, count };
}

function qualifies(roles: RowRoles): boolean {
  return roles.columns.window !== undefined && (roles.columns.deduction !== undefined || roles.columns.bonus !== undefined);
}

function fromTables(grid: SheetGrid): FoundTable | null {
  for (const t of grid.tables) {
    const gridRow = t.range.row - grid.originRow;
    const roles = rolesOfRow(grid, gridRow, t.range.col - grid.originCol, t.range.col - grid.originCol + t.range.cols);
    if (!qualifies(roles)) continue;
    return {
      header: { sheet: grid.name, headerRow: t.range.row, headerRows: 1, columns: roles.columns, labels: roles.labels, tableName: t.name },
      firstDataRow: t.range.row + 1,
      // A host may report the table larger than the rows it read (or a stale range): rows past the grid are empty.
      endRow: Math.min(t.range.row + t.range.rows, grid.originRow + grid.values.length),
    };
  }
  return null;
}

export function findTable(grid: SheetGrid): { found: FoundTable | null; nearMiss: HeaderNearMiss | null } {
  const table = fromTables(grid);
  if (table) return { found: table, nearMiss: null };
  let nearMiss: HeaderNearMiss | null = null;
  let best = 0;
  const rows = Math.min(grid.values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const roles = rolesOfRow(grid, r, 0, Number.MAX_SAFE_INTEGER);
    if (qualifies(roles)) {
      const headerRow = grid.originRow + r;
      return {
        found: {
          header: { sheet: grid.name, headerRow, headerRows: 1, columns: roles.columns, labels: roles.labels },
          firstDataRow: headerRow + 1,
          endRow: grid.originRow + grid.values.length,
        },
        nearMiss: null,
      };
    }
    const scoreWords = roles.count - (roles.columns.serial !== undefined ? 1 : 0) - (roles.columns.rank !== undefined ? 1 : 0);
    if (scoreWords > best) {
      best = scoreWords;
      const firstCol = Math.min(...Object.values(roles.columns).map((c) => c as number));
      nearMiss = { cell: cellAddress(grid.originRow + r, firstCol), found: Object.keys(roles.columns) as ColumnRole[] };
    }
  }
  return { found: null, nearMiss };
}
