/**
 * One worksheet part, parsed as it is inflated, into a SheetGridBuilder: each cell's value as Excel shows it —
 * shared and inline strings, numbers (dates by their style), booleans, error values, and a formula by its cached
 * result — the same rules cellValue.ts applies to ExcelJS cells. Only values are kept, never a cell object.
 * Rows and cells without an r attribute (allowed, and written by some exporters) follow document order.
 */
import { isSheetCell } from '../core/address';
import { cellError, type CellRange, type CellValue } from '../core/cell';
import { isSpreadsheetMl, relationshipId } from './namespaces';
import { parsePart, type OpenPackage } from './packageParts';
import { ownCopy, type SkipRequest } from './xmlScanner';
import { parseRange } from './rangeRef';
import { SheetGridBuilder } from './sheetGridBuilder';
import { serialToDate } from './dateStyles';
import { unescapeXmlChars, type WorkbookParts } from './workbookParts';

export interface StreamedSheet {
  builder: SheetGridBuilder;
  merges: CellRange[];
  /** r:id of each <tablePart>, in sheet order. */
  tableRels: string[];
  /** With a head: the first sheet row whose cells were left out (Infinity when none was). */
  droppedFrom: number;
}

/**
 * Told each cell as it is read (row by row, left to right); answering false drops the rest of that row unparsed —
 * the XML up to its end tag is passed over with one indexOf. The cells already read stay. For a reader that can
 * tell from a row's first cells that it needs no more of it (the tally: a ledger line of another month).
 */
export interface RowFilter {
  cell(row: number, col: number, value: CellValue): boolean;
}

/** Only the top of a sheet: rows up to `rows` below the first row holding a value, and `alsoRows`. */
export interface SheetHead {
  rows: number;
  alsoRows: Set<number>;
}

/**
 * "AB12" → column 27 (0-based) and row 11; null when it is not a cell of a worksheet (no letters or digits, other
 * characters, or beyond XFD1048576): a file Excel wrote never holds one, and a damaged one must not make the grid
 * reach a column or row in the millions.
 */
function decodeRef(given: string): { row: number; col: number } | null {
  // Some writers put "$" in; the position is the same.
  const ref = given.includes('$') ? given.replaceAll('$', '') : given;
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 4; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + code - 64;
    else if (code >= 97 && code <= 122) col = col * 26 + code - 96;
    else break;
  }
  if (i === 0 || i === ref.length) return null;
  let row = 0;
  for (let j = i; j < ref.length; j++) {
    const digit = ref.charCodeAt(j) - 48;
    if (digit < 0 || digit > 9 || j - i >= 7) return null;
    row = row * 10 + digit;
  }
  return isSheetCell(row - 1, col - 1) ? { row: row - 1, col: col - 1 } : null;
}

/** Why a cell or row position makes the part unreadable; the reader's caller names the sheet. */
function outOfSheet(what: string): Error {
  return new Error(`${what}不是工作表中的单元格位置（最大到 XFD1048576）`);
}

export async function streamSheet(pkg: OpenPackage, part: string, book: WorkbookParts, head?: SheetHead, filter?: RowFilter): Promise<StreamedSheet> {
  const builder = new SheetGridBuilder();
  let firstRow = -1;
  let droppedFrom = Infinity;
  const lastAlsoRow = head ? Math.max(-1, ...head.alsoRows) : -1;
  const inHead = (r: number): boolean => {
    if (!head || firstRow < 0 || r <= firstRow + head.rows || head.alsoRows.has(r)) return true;
    droppedFrom = Math.min(droppedFrom, r);
    return false;
  };
  const merges: CellRange[] = [];
  const tableRels: string[] = [];
  const { sharedStrings, dateStyles, date1904 } = book;

  let row = -1;
  let col = -1;
  // The cell being read.
  let type = '';
  let style = 0;
  let isFormula = false;
  let value: string | undefined;
  let capture = false;
  let inFormula = false;
  let inPhonetic = false;
  /** The row the filter said to drop the rest of: the next cell of it skips to its end. */
  let dropRow = -1;

  const finishCell = (): void => {
    const v = value;
    if (head && !inHead(row)) return;
    if (firstRow < 0 && v) firstRow = row;
    if (isFormula) {
      // A formula counts by its cached result; <v> typed by t as for a plain value (a shared string never).
      if (!v) builder.addUncached(row, col);
      else builder.add(row, col, typedValue(v));
      return;
    }
    if (v === undefined) return;
    const cell = type === 's' ? (sharedStrings[parseInt(v, 10)] ?? null) : type === 'inlineStr' ? ownCopy(unescapeXmlChars(v)) : typedValue(v);
    // Excel's _xHHHH_ escapes mean the same in a cell's own text as in the shared strings (Excel and LibreOffice
    // decode both; ExcelJS's reader only where the text has runs, and its writer relies on it: see excelText.ts).
    builder.add(row, col, cell);
    if (filter && !filter.cell(row, col, cell)) dropRow = row;
  };

  const typedValue = (v: string): CellValue => {
    switch (type) {
      case 'str':
        return ownCopy(v);
      case 'b':
        return parseInt(v, 10) !== 0;
      case 'e':
        return cellError(v);
      default:
        return asNumber(v);
    }
  };

  const asNumber = (v: string): number | Date => {
    const n = parseFloat(v);
    return dateStyles[style] ? serialToDate(n, date1904) : n;
  };

  await parsePart(pkg, part, {
    open(name, a, ns): SkipRequest | undefined {
      // A form control's anchor (<xdr:row> inside <controls>) and other drawing markup are not cells.
      if (!isSpreadsheetMl(ns)) return undefined;
      switch (name) {
        case 'c': {
          const ref = a.get('r');
          if (ref) {
            const at = decodeRef(ref);
            if (!at) throw outOfSheet(`单元格引用“${ref.slice(0, 20)}”`);
            col = at.col;
            row = at.row;
          } else col += 1;
          if (!isSheetCell(row, col)) throw outOfSheet(`第 ${row + 1} 行第 ${col + 1} 列`);
          if (row === dropRow) return { skipToEndOf: 'row' };
          type = a.get('t') ?? '';
          const s = a.get('s');
          style = s ? parseInt(s, 10) : 0;
          isFormula = false;
          value = undefined;
          break;
        }
        case 'row': {
          const r = a.get('r');
          row = r ? (/^\d{1,7}$/u.test(r) ? Number(r) - 1 : -1) : row + 1;
          if (!isSheetCell(row, 0)) throw outOfSheet(`行号“${(r ?? String(row + 1)).slice(0, 20)}”`);
          col = -1;
          // Past the head and every table's header row nothing more is kept: jump to the merges after the rows.
          if (head && firstRow >= 0 && row > firstRow + head.rows && row > lastAlsoRow) {
            droppedFrom = Math.min(droppedFrom, row);
            return { skipToEndOf: 'sheetData' };
          }
          break;
        }
        case 'v':
          capture = true;
          break;
        case 't':
          capture = !inPhonetic;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 'f':
          // <f t="shared" si="0"/> (a shared formula's other cells) has no text but is a formula all the same.
          inFormula = true;
          if (a.get('t')) isFormula = true;
          break;
        case 'mergeCell': {
          const ref = a.get('ref');
          const range = ref ? parseRange(ref) : null;
          if (range) merges.push(range);
          break;
        }
        case 'tablePart': {
          const id = relationshipId(a);
          if (id) tableRels.push(id);
          break;
        }
        default:
          break;
      }
    },
    text(t) {
      if (capture) value = value === undefined ? t : value + t;
      else if (inFormula && t.length > 0) isFormula = true;
    },
    close(name, ns) {
      if (!isSpreadsheetMl(ns)) return;
      switch (name) {
        case 'c':
          finishCell();
          break;
        case 'v':
        case 't':
          capture = false;
          break;
        case 'f':
          inFormula = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        default:
          break;
      }
    },
  });
  return { builder, merges, tableRels, droppedFrom };
}
