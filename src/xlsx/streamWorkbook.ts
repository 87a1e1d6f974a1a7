/**
 * A workbook file → the engine's Workbook without loading it into ExcelJS: the package is opened from its bytes,
 * each worksheet part is inflated and parsed as a stream, and only cell values are kept (see streamSheet.ts).
 * Memory stays near the file's size plus the values themselves, where ExcelJS needs about 130 times the file size
 * (a cell object with style per cell). The grids equal readWorkbook's for the same file (test/xlsx/streamWorkbook).
 */
import type { SheetGrid, TableRef } from '../core/cell';
import type { Problem } from '../core/problems';
import { damagedWorkbook, notAWorkbook, readWorkbookBytes, unreadable, type Unreadable } from './workbookBytes';
import { hasPart, mainDocumentPart, openPackage, parsePart, relationshipsOf, type OpenPackage } from './packageParts';
import { otherFormatMessage, zipPackageFormat, type OtherFormat } from './otherFormats';
import type { ReadOutcome } from './readWorkbook';
import { isRelationshipType, isSpreadsheetMl } from './namespaces';
import { parseRange } from './rangeRef';
import { uncachedWarning } from './sheetGridBuilder';
import { streamSheet, type RowFilter } from './streamSheet';
import { readWorkbookParts, WORKBOOK_PART, type WorkbookParts } from './workbookParts';

export type StreamResult = ({ ok: true } & ReadOutcome) | Unreadable;

export interface StreamOptions {
  /**
   * Which sheets to read (default: all). A sheet left out is listed by name with no cells and its part is not
   * even inflated: with `rank --sheet`, a workbook's other large sheets cost neither time nor memory.
   */
  readSheet?: (name: string) => boolean;
  /**
   * Read only the head of each sheet: every row from the grid's first row down `headRows` rows, and the header
   * row of each Excel table, exactly as a full read gives them; rows further down are skipped unparsed (only the
   * merges after them are read). Enough to tell whether a sheet holds a score table, in little memory and time;
   * damage in the rows skipped goes unnoticed (a part cut short still does not). A sheet whose head
   * cannot be told without reading on (its first cells blank, its values starting further down) is read in full.
   */
  headRows?: number;
  /** A sheet's row filter (streamSheet.ts), for a reader that needs only the first cells of some rows. */
  rowFilter?: (name: string) => RowFilter | undefined;
}

export async function streamWorkbookFile(path: string, options: StreamOptions = {}): Promise<StreamResult> {
  const bytes = await readWorkbookBytes(path);
  if (!bytes.ok) return bytes;
  return streamWorkbookBytes(bytes.bytes, path, options);
}

export async function streamWorkbookBytes(bytes: Buffer, label: string, options: StreamOptions = {}): Promise<StreamResult> {
  try {
    const pkg = await openPackage(bytes);
    const found = await findWorkbookPart(pkg);
    if (found === null) return hasBackslashNames(pkg) ? damagedWorkbook(label, new Error(BACKSLASH_NAMES)) : notAWorkbook(label);
    if ('other' in found) return unreadable(otherFormatMessage(found.other, label));
    const book = await readWorkbookParts(pkg, found.part);
    // A zip that is some other package (a .docx or .pptx renamed) has no worksheet in it.
    if (book.sheets.length === 0) return notAWorkbook(label);
    const sheets: SheetGrid[] = [];
    const problems: Problem[] = [];
    for (const { name, part } of book.sheets) {
      if (options.readSheet && !options.readSheet(name)) {
        sheets.push({ name, originRow: 0, originCol: 0, values: [], merges: [], tables: [] });
        continue;
      }
      const { grid, uncached } = await inSheet(name, readSheet(pkg, part, book, name, options.headRows, options.rowFilter?.(name)));
      sheets.push(grid);
      if (uncached.length > 0) problems.push(uncachedWarning(name, uncached));
    }
    return { ok: true, workbook: { sheets }, problems };
  } catch (e) {
    return damagedWorkbook(label, e);
  }
}

/**
 * The workbook part, from the package relationships (_rels/.rels) wherever it is; a package without them (not
 * valid, but written by some tools) at Excel's own place. Otherwise what the package is instead, when known.
 */
async function findWorkbookPart(pkg: OpenPackage): Promise<{ part: string } | { other: OtherFormat } | null> {
  const main = await mainDocumentPart(pkg);
  const other = await zipPackageFormat(pkg, main);
  if (other) return { other };
  const part = main ?? WORKBOOK_PART;
  return hasPart(pkg, part) ? { part } : null;
}

/** Zip entries named xl\\workbook.xml: not part names (which use "/"); LibreOffice cannot open such a file either. */
const hasBackslashNames = (pkg: OpenPackage): boolean => Object.keys(pkg.files).some((name) => name.includes('\\'));
const BACKSLASH_NAMES = '包内部件的路径用了反斜杠“\\”，不是规范的 .xlsx 包，请用生成它的程序重新导出，或在 Excel 中打开后另存为 .xlsx';

/** A sheet's damage said with the sheet's name: the file is unreadable all the same, but the clerk knows where to look. */
async function inSheet<T>(name: string, reading: Promise<T>): Promise<T> {
  try {
    return await reading;
  } catch (e) {
    throw new Error(`工作表「${name}」：${(e as Error).message}`, { cause: e });
  }
}

async function readSheet(pkg: OpenPackage, part: string, book: WorkbookParts, name: string, headRows: number | undefined, filter?: RowFilter) {
  if (headRows === undefined) {
    const { builder, merges, tableRels } = await streamSheet(pkg, part, book, undefined, filter);
    return builder.finish(name, merges, await readTables(pkg, part, tableRels));
  }
  // The tables are read first, from the sheet's relationships, so that their header rows are kept.
  const relatedTables = (await relationshipsOf(pkg, part)).filter((r) => isRelationshipType(r.type, 'table')).map((r) => r.id);
  const tables = await readTables(pkg, part, relatedTables);
  const alsoRows = new Set(tables.map((t) => t.range.row));
  const { builder, merges, droppedFrom } = await streamSheet(pkg, part, book, { rows: headRows, alsoRows });
  const head = builder.finish(name, merges, tables);
  // Exact when nothing left out could be within headRows of where the whole grid starts, which is at or above
  // the head's start. An empty head (its first cells blank) says nothing about where that is: read it all.
  const empty = head.grid.values.length === 0;
  if (droppedFrom !== Infinity && (empty || droppedFrom <= head.grid.originRow + headRows)) {
    return readSheet(pkg, part, book, name, undefined);
  }
  return head;
}

/** The Excel tables (ListObjects) a sheet lists in its <tableParts>, each from its own part. */
async function readTables(pkg: OpenPackage, sheetPart: string, tableRels: string[]): Promise<TableRef[]> {
  if (tableRels.length === 0) return [];
  const rels = await relationshipsOf(pkg, sheetPart);
  const tables: TableRef[] = [];
  for (const id of tableRels) {
    const part = rels.find((r) => r.id === id)?.part;
    if (!part || !hasPart(pkg, part)) continue;
    let found: TableRef | null = null;
    await parsePart(pkg, part, {
      open(name, a, ns) {
        if (name !== 'table' || !isSpreadsheetMl(ns) || found) return;
        const ref = a.get('ref');
        const range = ref ? parseRange(ref) : null;
        if (range) found = { name: a.get('displayName') ?? a.get('name') ?? '', range };
      },
    });
    if (found) tables.push(found);
  }
  return tables;
}
