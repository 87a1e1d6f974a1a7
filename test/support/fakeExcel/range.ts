/** Fake Excel.Range and its format objects. Geometry is resolved at sync time from the parent sheet proxy. */
import type { CellRange } from '../../../src/core/cell';
import { rangeAddress } from '../../../src/core/address';
import { parseRangeAddress } from '../../../src/excel/rangeAddress';
import { FakeClientObject } from './clientObject';
import type { FakeContextCore } from './context';
import { FakeOfficeError } from './errors';
import { MAX_COLUMN_WIDTH_PT, MAX_ROW_HEIGHT_PT, cellReadAllowed, checkAtMost } from './limits';
import { writeValue, type FakeSheet } from './state';

export interface RangeTarget {
  sheet: FakeSheet;
  range: CellRange;
}

/** "Sheet1" stays bare; anything else is quoted, as Excel writes addresses. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(t: RangeTarget): string {
  return `${sheetPrefix(t.sheet.name)}!${rangeAddress(t.range.row, t.range.col, t.range.rows, t.range.cols)}`;
}

function check2D(value: unknown, range: CellRange, what: string): unknown[][] {
  if (!Array.isArray(value) || value.length !== range.rows || value.some((row) => !Array.isArray(row) || row.length !== range.cols)) {
    throw new FakeOfficeError('InvalidArgument', `${what} must be a ${range.rows}×${range.cols} array`, `Range.${what}`);
  }
  return value as unknown[][];
}

function cellValue(sheet: FakeSheet, r: number, c: number): unknown {
  const cell = sheet.cell(r, c);
  if (!cell) return '';
  if (cell.error) return cell.error;
  return cell.value ?? '';
}

function cellType(sheet: FakeSheet, r: number, c: number): string {
  const cell = sheet.cell(r, c);
  if (!cell) return 'Empty';
  if (cell.error) return 'Error';
  if (cell.value === null) return 'Empty';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

function grid<V>(t: RangeTarget, f: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = 0; r < t.range.rows; r++) {
    const row: V[] = [];
    for (let c = 0; c < t.range.cols; c++) row.push(f(t.range.row + r, t.range.col + c));
    out.push(row);
  }
  return out;
}

abstract class FormatPart extends FakeClientObject<RangeTarget> {
  constructor(
    ctx: FakeContextCore,
    protected readonly range: FakeRange,
    private readonly prefix: string,
  ) {
    super(ctx);
  }

  resolveTarget(): RangeTarget | null {
    return this.range.resolveTarget();
  }

  protected readProp(t: RangeTarget, prop: string): unknown {
    return t.sheet.formatAt(t.range.row, t.range.col, `${this.prefix}${prop}`);
  }

  protected setFormat(prop: string, value: unknown, api = 1): void {
    this.act(prop, value, api, (t) => {
      t.sheet.writes++;
      t.sheet.formats.push({ range: t.range, prop: `${this.prefix}${prop}`, value });
    });
  }
}

export class FakeFont extends FormatPart {
  readonly typeName = 'RangeFont';
  set name(v: string) {
    this.setFormat('name', v);
  }
  set size(v: number) {
    if (!(v > 0)) throw new Error(`FakeExcel: font size ${v}`);
    this.setFormat('size', v);
  }
  set bold(v: boolean) {
    this.setFormat('bold', v);
  }
  set color(v: string) {
    this.setFormat('color', v);
  }
}

export class FakeFill extends FormatPart {
  readonly typeName = 'RangeFill';
  set color(v: string) {
    this.setFormat('color', v);
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export class FakeBorder extends FormatPart {
  readonly typeName = 'RangeBorder';
  set style(v: string) {
    this.setFormat('style', v);
  }
  set weight(v: string) {
    this.setFormat('weight', v);
  }
  set color(v: string) {
    this.setFormat('color', v);
  }
}

export class FakeBorders {
  constructor(
    private readonly ctx: FakeContextCore,
    private readonly range: FakeRange,
  ) {}
  getItem(edge: string): FakeBorder {
    if (!EDGES.includes(edge)) throw new Error(`FakeExcel: unknown border ${edge}`);
    return new FakeBorder(this.ctx, this.range, `border.${edge}.`);
  }
}

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

export class FakeRangeFormat extends FormatPart {
  readonly typeName = 'RangeFormat';
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: FakeBorders;

  constructor(ctx: FakeContextCore, range: FakeRange) {
    super(ctx, range, '');
    this.font = new FakeFont(ctx, range, 'font.');
    this.fill = new FakeFill(ctx, range, 'fill.');
    this.borders = new FakeBorders(ctx, range);
  }

  set horizontalAlignment(v: string) {
    if (!HORIZONTAL.includes(v)) throw new Error(`FakeExcel: horizontalAlignment ${v}`);
    this.setFormat('horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    if (!VERTICAL.includes(v)) throw new Error(`FakeExcel: verticalAlignment ${v}`);
    this.setFormat('verticalAlignment', v);
  }
  set wrapText(v: boolean) {
    this.setFormat('wrapText', v);
  }
  set columnWidth(points: number) {
    this.act('columnWidth', points, 1, (t) => {
      checkAtMost(points, MAX_COLUMN_WIDTH_PT, 'Column width', 'RangeFormat.columnWidth');
      t.sheet.writes++;
      for (let c = t.range.col; c < t.range.col + t.range.cols; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.act('rowHeight', points, 1, (t) => {
      checkAtMost(points, MAX_ROW_HEIGHT_PT, 'Row height', 'RangeFormat.rowHeight');
      t.sheet.writes++;
      for (let r = t.range.row; r < t.range.row + t.range.rows; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  /** RangeFormat.autofitColumns (ExcelApi 1.2): widths are Excel's business; recorded as a write. */
  autofitColumns(): void {
    this.act('autofitColumns', null, 2, (t) => {
      t.sheet.writes++;
    });
  }
}

export class FakeRangeAreas extends FakeClientObject<{ sheet: FakeSheet; areas: CellRange[] }> {
  readonly typeName = 'RangeAreas';
  constructor(
    ctx: FakeContextCore,
    private readonly find: () => { sheet: FakeSheet; areas: CellRange[] } | null,
  ) {
    super(ctx);
  }
  resolveTarget() {
    return this.find();
  }
  protected readProp(t: { sheet: FakeSheet; areas: CellRange[] }, prop: string): unknown {
    if (prop === 'address') {
      // office-js #1590: on some builds the address names only each area's top-left cell.
      const shown = this.ctx.options.limits?.mergedAreasTopLeftOnly ? t.areas.map((a) => ({ ...a, rows: 1, cols: 1 })) : t.areas;
      return shown.map((range) => fullAddress({ sheet: t.sheet, range })).join(', ');
    }
    if (prop === 'areaCount') return t.areas.length;
    throw new Error(`FakeExcel: RangeAreas.${prop} is not modelled`);
  }
  get address(): string {
    return this.read('address');
  }
  /** RangeAreas.areas (ExcelApi 1.9): each area as a range, whole even where `address` is cut short. */
  get areas(): FakeRangeCollection {
    return new FakeRangeCollection(this.ctx, () => {
      const t = this.target('RangeAreas.areas');
      return t.areas.map((range) => ({ sheet: t.sheet, range }));
    });
  }
}

/** A RangeCollection (RangeAreas.areas): load('items/address') gives each range's address. */
export class FakeRangeCollection extends FakeClientObject<RangeTarget[]> {
  readonly typeName = 'RangeCollection';
  private loadedItems: FakeRange[] | null = null;
  constructor(
    ctx: FakeContextCore,
    private readonly find: () => RangeTarget[],
  ) {
    super(ctx);
  }
  resolveTarget() {
    this.ctx.requireApi(9, 'RangeAreas.areas');
    return this.find();
  }
  protected readProp(): unknown {
    throw new Error('FakeExcel: load items/… on a range collection');
  }
  override snapshot(props: string[]) {
    const itemProps = props.map((p) => {
      if (!p.startsWith('items/')) throw new Error(`FakeExcel: RangeCollection.load("${p}") — load items/<property>`);
      return p.slice('items/'.length);
    });
    const items = (this.resolveTarget() ?? []).map((t) => new FakeRange(this.ctx, () => t));
    const snaps = items.map((i) => i.snapshot(itemProps));
    return { data: snaps.map((s) => s.data), deliver: () => ((this.loadedItems = items), snaps.forEach((s) => s.deliver())) };
  }
  get items(): FakeRange[] {
    if (!this.loadedItems) throw new Error('FakeExcel: RangeCollection.items was read before load() and context.sync()');
    return this.loadedItems;
  }
}

/** Range.dataValidation (ExcelApi 1.8): writes only, recorded on the sheet. */
export class FakeDataValidation {
  constructor(
    private readonly ctx: FakeContextCore,
    private readonly range: FakeRange,
  ) {}
  private set(prop: string, value: unknown): void {
    this.ctx.enqueue({
      kind: 'action',
      name: `DataValidation.${prop}`,
      payload: value,
      api: 8,
      run: () => {
        this.ctx.requireApi(8, `DataValidation.${prop}`);
        const t = this.range.target(`DataValidation.${prop}`);
        t.sheet.validations.push({ range: t.range, prop, value });
        t.sheet.writes++;
      },
    });
  }
  set rule(v: unknown) {
    this.set('rule', v);
  }
  set errorAlert(v: unknown) {
    this.set('errorAlert', v);
  }
  set ignoreBlanks(v: boolean) {
    this.set('ignoreBlanks', v);
  }
}

/** Properties with one entry per cell: the ones Excel's 5,000,000-cell get limit applies to. */
const CELL_PROPS = new Set(['values', 'valueTypes', 'numberFormat', 'formulas']);

export class FakeRange extends FakeClientObject<RangeTarget> {
  readonly typeName = 'Range';
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation = new FakeDataValidation(this.ctx, this);

  constructor(
    ctx: FakeContextCore,
    private readonly find: () => RangeTarget | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, this);
  }

  resolveTarget(): RangeTarget | null {
    return this.find();
  }

  protected readProp(t: RangeTarget, prop: string): unknown {
    if (CELL_PROPS.has(prop) && !cellReadAllowed(this.ctx.options.limits, t.range.rows * t.range.cols, `Range.${prop}`)) return null;
    switch (prop) {
      case 'address':
        return fullAddress(t);
      case 'values':
        return grid(t, (r, c) => cellValue(t.sheet, r, c));
      case 'valueTypes':
        return grid(t, (r, c) => cellType(t.sheet, r, c));
      case 'numberFormat':
        return grid(t, (r, c) => t.sheet.cell(r, c)?.numberFormat ?? 'General');
      case 'formulas':
        return grid(t, (r, c) => t.sheet.cell(r, c)?.formula ?? cellValue(t.sheet, r, c));
      case 'rowCount':
        return t.range.rows;
      case 'columnCount':
        return t.range.cols;
      case 'rowIndex':
        return t.range.row;
      case 'columnIndex':
        return t.range.col;
      default:
        throw new Error(`FakeExcel: Range.${prop} is not modelled`);
    }
  }

  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.act('values', v, 1, (t) => {
      const rows = check2D(v, t.range, 'values');
      t.sheet.writes++;
      t.sheet.contentLog.push({ kind: 'values', range: t.range });
      rows.forEach((row, r) => row.forEach((x, c) => writeValue(t.sheet, t.range.row + r, t.range.col + c, x)));
    });
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  /** Range.clear(applyTo) (ExcelApi 1.1): 'Contents' removes values and formulas, keeping formats; anything else is not modelled. */
  clear(applyTo: string): void {
    if (applyTo !== 'Contents') throw new Error(`FakeExcel: Range.clear("${applyTo}") is not modelled`);
    this.act('clear', applyTo, 1, (t) => {
      t.sheet.writes++;
      t.sheet.contentLog.push({ kind: 'values', range: t.range });
      const last = Math.min(t.range.row + t.range.rows, t.sheet.rows.length);
      for (let r = t.range.row; r < last; r++) {
        const line = t.sheet.rows[r];
        for (let c = t.range.col; line && c < Math.min(t.range.col + t.range.cols, line.length); c++) {
          const cell = line[c];
          if (!cell) continue;
          cell.value = null;
          delete cell.formula;
          delete cell.error;
        }
      }
    });
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: string[][]) {
    this.act('numberFormat', v, 1, (t) => {
      const rows = check2D(v, t.range, 'numberFormat');
      t.sheet.writes++;
      t.sheet.contentLog.push({ kind: 'numberFormat', range: t.range });
      rows.forEach((row, r) =>
        row.forEach((f, c) => {
          t.sheet.ensureCell(t.range.row + r, t.range.col + c).numberFormat = String(f);
        }),
      );
    });
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }

  private derived(location: string, api: number, shape: (t: RangeTarget) => CellRange | null): FakeRange {
    return new FakeRange(this.ctx, () => {
      this.ctx.requireApi(api, location);
      const t = this.target(location);
      const range = shape(t);
      return range ? { sheet: t.sheet, range } : null;
    });
  }

  getCell(row: number, col: number): FakeRange {
    return this.derived('Range.getCell', 1, (t) => ({ row: t.range.row + row, col: t.range.col + col, rows: 1, cols: 1 }));
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    return this.derived('Range.getResizedRange', 7, (t) => ({ ...t.range, rows: t.range.rows + deltaRows, cols: t.range.cols + deltaCols }));
  }

  getRow(row: number): FakeRange {
    return this.derived('Range.getRow', 1, (t) => ({ row: t.range.row + row, col: t.range.col, rows: 1, cols: t.range.cols }));
  }

  getEntireRow(): FakeRange {
    return this.derived('Range.getEntireRow', 1, (t) => ({ row: t.range.row, col: 0, rows: t.range.rows, cols: 16384 }));
  }

  getIntersectionOrNullObject(other: string | FakeRange): FakeRange {
    return this.derived('Range.getIntersectionOrNullObject', 4, (t) => {
      const o = typeof other === 'string' ? parseRangeAddress(other) : other.target('Range.getIntersectionOrNullObject').range;
      if (!o) throw new FakeOfficeError('InvalidArgument', `bad address ${String(other)}`);
      const top = Math.max(t.range.row, o.row);
      const left = Math.max(t.range.col, o.col);
      const bottom = Math.min(t.range.row + t.range.rows, o.row + o.rows);
      const right = Math.min(t.range.col + t.range.cols, o.col + o.cols);
      return bottom > top && right > left ? { row: top, col: left, rows: bottom - top, cols: right - left } : null;
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      this.ctx.requireApi(13, 'Range.getMergedAreasOrNullObject');
      const t = this.target('Range.getMergedAreasOrNullObject');
      const r = t.range;
      const areas = t.sheet.merges.filter((m) => m.row < r.row + r.rows && r.row < m.row + m.rows && m.col < r.col + r.cols && r.col < m.col + m.cols);
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }

  merge(across = false): void {
    this.act('merge', { across }, 2, (t) => {
      if (across) throw new Error('FakeExcel: merge(across) is not modelled');
      const r = t.range;
      if (t.sheet.merges.some((m) => m.row < r.row + r.rows && r.row < m.row + m.rows && m.col < r.col + r.cols && r.col < m.col + m.cols)) {
        throw new FakeOfficeError('MergedRangeConflict', 'Cannot merge over a merged area.', 'Range.merge');
      }
      t.sheet.writes++;
      // Excel keeps the top-left value and clears the rest of the area.
      for (let i = r.row; i < r.row + r.rows; i++) {
        for (let j = r.col; j < r.col + r.cols; j++) if ((i !== r.row || j !== r.col) && t.sheet.cell(i, j)) t.sheet.ensureCell(i, j).value = null;
      }
      t.sheet.merges.push({ ...r });
    });
  }

  select(): void {
    this.act('select', null, 1, (t) => {
      const state = this.ctx.state;
      if (state.activeSheetId !== t.sheet.id) throw new FakeOfficeError('InvalidSelection', 'Select works on the active sheet only.', 'Range.select');
      state.selection = { sheetId: t.sheet.id, range: t.range };
    });
  }
}
