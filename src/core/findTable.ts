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
  /**
   * Set when the table ends at another table further down the sheet (blank rows, then a title and a header of
   * its own, as when last month's table is kept under this month's): the sheet row where that other table starts.
   */
  nextTableRow?: number;
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

/** The text a header cell shows: its own, or that of the merged area it lies in (a group header over several columns). */
function shownText(grid: SheetGrid, sheetRow: number, sheetCol: number): string {
  const own = grid.values[sheetRow - grid.originRow]?.[sheetCol - grid.originCol];
  if (typeof own === 'string') return own;
  for (const m of grid.merges) {
    if (sheetRow >= m.row && sheetRow < m.row + m.rows && sheetCol >= m.col && sheetCol < m.col + m.cols) {
      const anchor = grid.values[m.row - grid.originRow]?.[m.col - grid.originCol];
      return typeof anchor === 'string' ? anchor : '';
    }
  }
  return '';
}

/**
 * A header split over two rows: each column's words are its two cells read together (基础分 over 分值 is 基础分值),
 * or the lower cell alone (基础分值 under a merged 考核分值 group), or the upper alone (部门窗口 merged down both rows).
 */
function rolesOfTwoRows(grid: SheetGrid, gridRow: number): RowRoles {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const labels: Partial<Record<ColumnRole, string>> = {};
  let count = 0;
  const width = Math.max(grid.values[gridRow]?.length ?? 0, grid.values[gridRow + 1]?.length ?? 0);
  const sheetRow = grid.originRow + gridRow;
  for (let c = 0; c < width; c++) {
    const sheetCol = grid.originCol + c;
    const top = shownText(grid, sheetRow, sheetCol);
    const below = grid.values[gridRow + 1]?.[c];
    const bottom = typeof below === 'string' ? below : '';
    if (top === '' && bottom === '') continue;
    for (const text of [top + bottom, bottom, top]) {
      const role = headerRole(foldHeader(text));
      if (role === null) continue;
      if (columns[role] === undefined) {
        columns[role] = sheetCol;
        labels[role] = text;
        count++;
      }
      break;
    }
  }
  return { columns, labels, count };
}

/** True when the row under a header is the rest of its words: text only, and some column's two cells make a header word. */
function continuesHeader(grid: SheetGrid, gridRow: number): boolean {
  const below = grid.values[gridRow + 1];
  if (below === undefined || !below.every((v) => v === null || typeof v === 'string')) return false;
  const sheetRow = grid.originRow + gridRow;
  return below.some((v, c) => {
    if (typeof v !== 'string' || v.trim() === '') return false;
    const top = shownText(grid, sheetRow, grid.originCol + c);
    return top !== '' && headerRole(foldHeader(top + v)) !== null;
  });
}

/** Runs on every row of the table: a plain loop that stops at the first filled cell, usually the window name. */
function isBlankRow(grid: SheetGrid, gridRow: number): boolean {
  const row = grid.values[gridRow];
  if (row === undefined) return true;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) return false;
  }
  return true;
}

/** Title lines a second table may have between the blank rows and its header. */
const TITLE_ROWS_BEFORE_HEADER = 2;

/**
 * Where a table found at a header ends: at the blank rows before a second table's own header, if there is one.
 * A header repeated right under data rows (a table pasted page by page) does not end it: readScores skips that row.
 * Only rows after a blank run are looked at, so a 10^6-row table without gaps costs one pass of cheap checks.
 */
function tableEnd(grid: SheetGrid, firstDataGridRow: number): { endGridRow: number; nextTableGridRow?: number } {
  const rows = grid.values.length;
  for (let r = firstDataGridRow; r < rows; r++) {
    if (!isBlankRow(grid, r)) continue;
    const blankStart = r;
    while (r < rows && isBlankRow(grid, r)) r++;
    for (let h = r; h < Math.min(rows, r + TITLE_ROWS_BEFORE_HEADER + 1); h++) {
      if (qualifies(rolesOfRow(grid, h, 0, Number.MAX_SAFE_INTEGER))) return { endGridRow: blankStart, nextTableGridRow: r };
    }
  }
  return { endGridRow: rows };
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
      // 部门窗口 | 基础分 | 减分 | 加分 is a header by itself; a row of 分值 under it still belongs to it.
      const found = continuesHeader(grid, r) ? headerAt(grid, r, 2, rolesOfTwoRows(grid, r)) : headerAt(grid, r, 1, roles);
      return { found, nearMiss: null };
    }
    // Two rows read together only when the lower one is not a header by itself (a title above a header is not
    // a two-row header: the header row alone is found on the next turn).
    if (r + 1 < grid.values.length && !qualifies(rolesOfRow(grid, r + 1, 0, Number.MAX_SAFE_INTEGER))) {
      const two = rolesOfTwoRows(grid, r);
      if (qualifies(two)) return { found: headerAt(grid, r, 2, two), nearMiss: null };
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

function headerAt(grid: SheetGrid, gridRow: number, headerRows: number, roles: RowRoles): FoundTable {
  const headerRow = grid.originRow + gridRow;
  const { endGridRow, nextTableGridRow } = tableEnd(grid, gridRow + headerRows);
  const found: FoundTable = {
    header: { sheet: grid.name, headerRow, headerRows, columns: roles.columns, labels: roles.labels },
    firstDataRow: headerRow + headerRows,
    endRow: grid.originRow + endGridRow,
  };
  if (nextTableGridRow !== undefined) found.nextTableRow = grid.originRow + nextTableGridRow;
  return found;
}
