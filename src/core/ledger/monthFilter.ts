/**
 * What of 「考核台账」 a tally of a known month needs: every cell of the month's lines, but of the other months' lines
 * only the date (readLedgerLines looks at nothing else there: a bad date in any month is an error). A file reader
 * streaming the sheet asks this filter cell by cell and passes over the rest of a row it answers false for — a
 * year's ledger is then mostly skipped unparsed, which is what keeps `tally` within 2× of `rank` (docs/ledger.md).
 *
 * The header is found in the sheet's first rows exactly as readLedgerLines finds it (ledgerHeader), from the cells
 * streamed so far; until then, and without a header, nothing is dropped. The reader checks afterwards that the
 * whole sheet has the header the filter went by, and reads again without the filter if not.
 */
import type { CellValue, SheetGrid } from '../cell';
import { readDate } from '../bulletin/cellRead';
import type { Period } from '../model';
import { HEADER_SCAN_ROWS, inMonth, ledgerHeader } from './lines';

export interface LedgerHeader {
  row: number;
  dateCol: number;
}

export interface LedgerRowFilter {
  /** False: the rest of this row is not needed. */
  cell(row: number, col: number, value: CellValue): boolean;
  /** The header the filter went by; null while not yet known, or when there is none (then it drops nothing). */
  header(): LedgerHeader | null;
  /** Whether any row was cut short. */
  dropped(): boolean;
}

export function monthRowFilter(sheet: string, period: Period): LedgerRowFilter {
  const head: CellValue[][] = [];
  let firstRow = -1;
  let header: LedgerHeader | null = null;
  let decided = false;
  let dropped = false;
  const decide = (): void => {
    decided = true;
    const values = Array.from(head, (row) => Array.from(row ?? [], (v) => v ?? null));
    const grid: SheetGrid = { name: sheet, originRow: firstRow, originCol: 0, values, merges: [], tables: [] };
    header = ledgerHeader(grid);
  };
  return {
    header: () => header,
    dropped: () => dropped,
    cell(row, col, value) {
      if (!decided) {
        if (firstRow < 0) firstRow = row;
        if (row - firstRow < HEADER_SCAN_ROWS) {
          (head[row - firstRow] ??= [])[col] = value;
          return true;
        }
        decide();
      }
      if (header === null || row <= header.row || col !== header.dateCol) return true;
      const date = readDate(value);
      const otherMonth = date.ok && date.value !== null && !inMonth(date.value, period);
      if (otherMonth) dropped = true;
      return !otherMonth;
    },
  };
}

/** The same header, or both none: the filter dropped only what readLedgerLines does not read. */
export function sameHeader(a: LedgerHeader | null, b: LedgerHeader | null): boolean {
  return a === null || b === null ? a === b : a.row === b.row && a.dateCol === b.dateCol;
}
