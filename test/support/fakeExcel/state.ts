/**
 * The workbook behind the fake: sheets of cells, merges, formats as applied, page layout, tables, names and
 * settings. Writes follow Excel's rules as far as this project relies on them: a string written into a cell that
 * is not text-formatted ("@") is parsed the way Excel parses typing — "=…"/"@…" become formulas, "+86"/"-1"/"3.5"/
 * "10%" numbers, "1/2" a date, "TRUE" a boolean — while a "@" cell keeps the string as it is.
 */
import type { CellRange } from '../../../src/core/cell';
import { FakeOfficeError } from './errors';
import { emptyHeadersFooters, type SheetHeadersFooters } from './headerFooter';
import { protectedError } from './limits';

export type Scalar = string | number | boolean | null;

export interface FakeCell {
  value: Scalar;
  /** Set when Excel took what was written as a formula. */
  formula?: string;
  /** An error value such as #DIV/0! (value holds the same text). */
  error?: string;
  /** True when a date was parsed from text. */
  date?: boolean;
  numberFormat?: string;
}

export interface FormatRecord {
  range: CellRange;
  prop: string;
  value: unknown;
}

export interface FakeTable {
  name: string;
  sheetId: string;
  range: CellRange;
}

export interface FakeName {
  name: string;
  sheetId: string;
  range: CellRange;
  visible: boolean;
  comment: string;
}

export class FakeSheet {
  rows: (FakeCell | undefined)[][] = [];
  merges: CellRange[] = [];
  formats: FormatRecord[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  pageLayout: Record<string, unknown> = {};
  printTitleRows: CellRange | null = null;
  pageBreaks: number[] = [];
  /** PageLayout.headersFooters as set (headerFooter.ts). */
  headersFooters: SheetHeadersFooters = emptyHeadersFooters();
  /** Data validation as set, in order: the range and the property (rule, errorAlert, ignoreBlanks) with its value. */
  validations: { range: CellRange; prop: string; value: unknown }[] = [];
  /** Review → Protect Sheet: every write to its cells and formats is refused (limits.ts). */
  isProtected = false;
  private writeCount = 0;

  /** Every write that reached this sheet, to prove a source was never touched. Each write passes here first. */
  get writes(): number {
    return this.writeCount;
  }

  set writes(n: number) {
    if (n > this.writeCount && this.isProtected) throw protectedError(`The sheet "${this.name}"`, 'Range');
    this.writeCount = n;
  }
  /** Cell-content writes in the order they landed: shows number formats preceding the values they govern. */
  contentLog: { kind: 'values' | 'numberFormat'; range: CellRange }[] = [];

  constructor(
    public id: string,
    public name: string,
    public visibility: 'Visible' | 'Hidden' = 'Visible',
  ) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }

  ensureCell(row: number, col: number): FakeCell {
    const line = (this.rows[row] ??= []);
    return (line[col] ??= { value: null });
  }

  /** Bounding box of cells holding a value or a formula: getUsedRange(valuesOnly = true). */
  usedRange(): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.rows.forEach((line, r) => {
      line?.forEach((c, col) => {
        if (!c || (c.value === null && !c.formula)) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, col);
        right = Math.max(right, col);
      });
    });
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** The last value a format property got on a cell, replaying the recorded formats in order. */
  formatAt(row: number, col: number, prop: string): unknown {
    let value: unknown;
    for (const f of this.formats) {
      if (f.prop !== prop) continue;
      const r = f.range;
      if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) value = f.value;
    }
    return value;
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const DATE = /^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/;

/** What Excel stores when a string is written into a cell of the given number format. */
export function parseWritten(cell: FakeCell, s: string): void {
  delete cell.formula;
  delete cell.error;
  delete cell.date;
  if (cell.numberFormat === '@') {
    cell.value = s;
    return;
  }
  const t = s.trim();
  if (s === '') cell.value = null;
  else if (s.startsWith('=') || s.startsWith('@')) {
    cell.formula = s.startsWith('@') ? `=${s}` : s;
    cell.value = null;
  } else if (NUMBER.test(t)) cell.value = Number(t);
  else if (PERCENT.test(t)) cell.value = Number(t.slice(0, -1)) / 100;
  else if (/^[+-]/.test(s)) {
    // "+abc" / "-abc" are typed formulas to Excel (=+abc).
    cell.formula = `=${s}`;
    cell.value = null;
  } else if (DATE.test(t)) {
    cell.value = 45000; // a date serial; the exact day does not matter to these tests
    cell.date = true;
  } else if (/^(true|false)$/i.test(t)) cell.value = t.toLowerCase() === 'true';
  else cell.value = s;
}

export function writeValue(sheet: FakeSheet, row: number, col: number, v: unknown): void {
  if (v === null || v === undefined) return; // null in a values array: leave the cell as it is
  const cell = sheet.ensureCell(row, col);
  if (typeof v === 'string') parseWritten(cell, v);
  else if (typeof v === 'number' || typeof v === 'boolean') {
    delete cell.formula;
    delete cell.error;
    cell.value = v;
  } else throw new FakeOfficeError('InvalidArgument', `不支持的单元格值 ${JSON.stringify(v)}`);
}

/**
 * Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe, and
 * not "History" in any case (Excel keeps that name for its change-tracking sheet and refuses it).
 */
export function checkSheetName(name: string): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    throw new FakeOfficeError('InvalidArgument', `The sheet name "${name}" is not valid.`, 'Worksheet.name');
  }
}

export class FakeWorkbookState {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: FakeName[] = [];
  settings = new Map<string, unknown>();
  activeSheetId: string | null = null;
  /** A cell is being edited: Excel refuses every request (limits.ts). Tests switch it on and off. */
  cellEditing = false;
  /** Review → Protect Workbook (structure): sheets cannot be added, deleted or renamed (limits.ts). */
  structureProtected = false;
  selection: { sheetId: string; range: CellRange } | null = null;
  private nextId = 1;

  newSheetId(): string {
    return `{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, '0')}}`;
  }

  sheetByName(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheetByName(key);
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Throws as Excel does when the workbook's structure is protected. */
  checkStructure(location: string): void {
    if (this.structureProtected) throw protectedError('The workbook structure', location);
  }

  addSheet(name: string): FakeSheet {
    this.checkStructure('WorksheetCollection.add');
    checkSheetName(name);
    if (this.sheetByName(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`, 'Worksheets.add');
    const sheet = new FakeSheet(this.newSheetId(), name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.checkStructure('Worksheet.delete');
    if (this.sheets.filter((s) => s.visibility === 'Visible').length <= 1 && sheet.visibility === 'Visible') {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.', 'Worksheet.delete');
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
  }
}
