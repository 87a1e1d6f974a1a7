/**
 * Cell values as a reader meets them (row by row, left to right) → the engine's SheetGrid: the used range only,
 * merged areas holding their value in the top-left cell, formulas without a cached result listed for a warning.
 * Both readers use it — the in-memory ExcelJS one and the streaming one — so the two grids follow one rule.
 */
import type { CellRange, CellValue, SheetGrid, TableRef } from '../core/cell';
import { cellAddress, sheetCellRef } from '../core/address';
import { problem, type Problem } from '../core/problems';

/** Stands in a row for a formula without its cached result until finish(); never reaches a grid. */
const UNCACHED = { kind: 'error', code: 'uncached formula' } as CellValue;

/** How many cells a warning names before it says "等 N 个". */
const CELLS_NAMED = 5;

export class SheetGridBuilder {
  /** Sheet rows (0-based) that hold a cell, in the order met, and their values from column A (dense, null-padded). */
  private readonly rowNumbers: number[] = [];
  private readonly rows: CellValue[][] = [];
  private anyUncached = false;
  private inOrder = true;
  /** Row number → index in `rows`, kept once rows came out of order (a scan per cell would be quadratic). */
  private indexOfRow: Map<number, number> | null = null;

  /** A cell's value; `null` and "" are blank. `row` and `col` are 0-based; rows come in sheet order, or nearly. */
  add(row: number, col: number, value: CellValue): void {
    if (value === null || value === '') return;
    this.put(row, col, value);
  }

  /**
   * A formula saved without its result: blank in the grid, named in the warning. Marked in its row until finish(),
   * so a merged area blanks it like any value (a list checked against every merge would be quadratic).
   */
  addUncached(row: number, col: number): void {
    this.put(row, col, UNCACHED);
    this.anyUncached = true;
  }

  private put(row: number, col: number, value: CellValue): void {
    const cells = this.rowFor(row);
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  }

  private rowFor(row: number): CellValue[] {
    const n = this.rowNumbers.length;
    if (n > 0 && this.rowNumbers[n - 1] === row) return this.rows[n - 1];
    if (n > 0 && this.rowNumbers[n - 1] > row && !this.indexOfRow) {
      this.inOrder = false;
      this.indexOfRow = new Map(this.rowNumbers.map((r, i) => [r, i]));
    }
    if (this.indexOfRow) {
      const i = this.indexOfRow.get(row);
      if (i !== undefined) return this.rows[i];
      this.indexOfRow.set(row, n);
    }
    const cells: CellValue[] = [];
    this.rowNumbers.push(row);
    this.rows.push(cells);
    return cells;
  }

  /**
   * The grid. Merges blank every cell of their area but the top-left one (Excel shows only that value) before the
   * used range is measured; a merge or a table may reach further up or left than any value (an empty merged title).
   */
  finish(name: string, merges: CellRange[], tables: TableRef[]): { grid: SheetGrid; uncached: string[] } {
    if (!this.inOrder) this.sortRows();
    for (const m of merges) this.blankMergedArea(m);
    const uncached = this.anyUncached ? this.takeUncached() : [];
    let minRow = Infinity;
    let maxRow = -1;
    let minCol = Infinity;
    const kept: number[] = [];
    for (let i = 0; i < this.rows.length; i++) {
      const cells = this.rows[i];
      let first = -1;
      for (let c = 0; c < cells.length; c++) {
        if (cells[c] !== null && cells[c] !== undefined) {
          first = c;
          break;
        }
      }
      if (first < 0) continue;
      kept.push(i);
      minCol = Math.min(minCol, first);
      minRow = Math.min(minRow, this.rowNumbers[i]);
      maxRow = Math.max(maxRow, this.rowNumbers[i]);
    }
    for (const r of [...merges, ...tables.map((t) => t.range)]) {
      minRow = Math.min(minRow, r.row);
      minCol = Math.min(minCol, r.col);
    }
    const values: CellValue[][] = [];
    if (kept.length > 0 || merges.length > 0 || tables.length > 0) {
      const height = Math.max(maxRow, minRow) - minRow + 1;
      for (let i = 0; i < height; i++) values.push([]);
      for (const i of kept) {
        const cells = this.rows[i];
        // Shifted in place: a copy of every row would double the sheet's memory for a moment.
        if (minCol > 0) cells.splice(0, minCol);
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
        values[this.rowNumbers[i] - minRow] = cells;
      }
    }
    const empty = values.length === 0;
    return {
      grid: { name, originRow: empty ? 0 : minRow, originCol: empty ? 0 : minCol, values, merges, tables },
      uncached,
    };
  }

  /** The marked formulas' addresses, row by row, each mark turned into a blank. */
  private takeUncached(): string[] {
    const found: string[] = [];
    for (let i = 0; i < this.rows.length; i++) {
      const cells = this.rows[i];
      for (let c = 0; c < cells.length; c++) {
        if (cells[c] !== UNCACHED) continue;
        found.push(cellAddress(this.rowNumbers[i], c));
        cells[c] = null;
      }
    }
    return found;
  }

  private sortRows(): void {
    const order = this.rowNumbers.map((_, i) => i).sort((a, b) => this.rowNumbers[a] - this.rowNumbers[b]);
    const numbers = order.map((i) => this.rowNumbers[i]);
    const rows = order.map((i) => this.rows[i]);
    // Element by element: splice(0, n, ...rows) would spread a million rows into one call and overflow the stack.
    for (let i = 0; i < order.length; i++) {
      this.rowNumbers[i] = numbers[i];
      this.rows[i] = rows[i];
    }
    this.indexOfRow = null;
  }

  /** Rows are sorted here: the first row of the area is found by bisection, a sheet may have thousands of merges. */
  private blankMergedArea(m: CellRange): void {
    let lo = 0;
    let hi = this.rowNumbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rowNumbers[mid] < m.row) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.rows.length && this.rowNumbers[i] < m.row + m.rows; i++) {
      const row = this.rowNumbers[i];
      const cells = this.rows[i];
      const end = Math.min(cells.length, m.col + m.cols);
      for (let c = m.col; c < end; c++) if (row !== m.row || c !== m.col) cells[c] = null;
    }
  }
}

export function uncachedWarning(sheet: string, cells: string[]): Problem {
  const named = cells.slice(0, CELLS_NAMED).map((c) => sheetCellRef(sheet, c)).join('、');
  const more = cells.length > CELLS_NAMED ? `等 ${cells.length} 个单元格` : '';
  return problem(
    'UNREADABLE_FILE',
    'warning',
    `${named}${more}的公式没有保存计算结果（文件可能由程序生成，未在 Excel 或 WPS 中打开保存过），按空白读取。请在 Excel 或 WPS 中打开并保存后再试。`,
    sheet,
    cells,
  );
}
