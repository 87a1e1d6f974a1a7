/** Fake Excel.Worksheet, its collection, page layout, page breaks and tables. */
import type { CellRange } from '../../../src/core/cell';
import { parseRangeAddress, splitSheetAddress } from '../../../src/excel/rangeAddress';
import { FakeCharts } from './charts';
import { FakeClientObject, sticky } from './clientObject';
import type { FakeContextCore } from './context';
import { FakeOfficeError } from './errors';
import { FakeHeaderFooterGroup } from './headerFooter';
import { MAX_HORIZONTAL_PAGE_BREAKS, checkAtMost } from './limits';
import { FakeRange } from './range';
import { checkSheetName, type FakeSheet, type FakeTable as TableState } from './state';

const PAGE_LAYOUT_API = 9;

export class FakePageLayout extends FakeClientObject<FakeSheet> {
  readonly typeName = 'PageLayout';
  constructor(
    ctx: FakeContextCore,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }
  resolveTarget(): FakeSheet | null {
    return this.sheet.resolveTarget();
  }
  protected readProp(t: FakeSheet, prop: string): unknown {
    return t.pageLayout[prop] ?? null;
  }
  /** PageLayout.headersFooters (ExcelApi 1.9): see headerFooter.ts. */
  get headersFooters(): FakeHeaderFooterGroup {
    return new FakeHeaderFooterGroup(this.ctx, () => this.sheet.resolveTarget());
  }
  private setLayout(prop: string, value: unknown, check?: () => void): void {
    this.act(prop, value, PAGE_LAYOUT_API, (t) => {
      check?.();
      t.writes++;
      t.pageLayout[prop] = value;
    });
  }
  set paperSize(v: string) {
    this.setLayout('paperSize', v);
  }
  set orientation(v: string) {
    this.setLayout('orientation', v, () => {
      if (v !== 'Portrait' && v !== 'Landscape') throw new FakeOfficeError('InvalidArgument', `orientation ${v}`, 'PageLayout.orientation');
    });
  }
  set zoom(v: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.setLayout('zoom', v);
  }
  set topMargin(v: number) {
    this.setLayout('topMargin', v);
  }
  set bottomMargin(v: number) {
    this.setLayout('bottomMargin', v);
  }
  set leftMargin(v: number) {
    this.setLayout('leftMargin', v);
  }
  set rightMargin(v: number) {
    this.setLayout('rightMargin', v);
  }
  set headerMargin(v: number) {
    this.setLayout('headerMargin', v);
  }
  set footerMargin(v: number) {
    this.setLayout('footerMargin', v);
  }
  set centerHorizontally(v: boolean) {
    this.setLayout('centerHorizontally', v);
  }
  set centerVertically(v: boolean) {
    this.setLayout('centerVertically', v);
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this.act('setPrintTitleRows', typeof rows === 'string' ? rows : 'range', PAGE_LAYOUT_API, (t) => {
      const r = typeof rows === 'string' ? parseRangeAddress(rows) : rows.target('PageLayout.setPrintTitleRows').range;
      if (!r) throw new FakeOfficeError('InvalidArgument', `print title rows ${String(rows)}`, 'PageLayout.setPrintTitleRows');
      t.writes++;
      t.printTitleRows = r;
    });
  }
}

export class FakePageBreaks {
  constructor(
    private readonly ctx: FakeContextCore,
    private readonly sheet: FakeWorksheet,
  ) {}
  add(at: FakeRange | string): void {
    this.ctx.enqueue({
      kind: 'action',
      name: 'PageBreakCollection.add',
      payload: typeof at === 'string' ? at : 'range',
      api: PAGE_LAYOUT_API,
      run: () => {
        const sheet = this.sheet.target('PageBreakCollection.add');
        const r = typeof at === 'string' ? parseRangeAddress(at) : at.target('PageBreakCollection.add').range;
        if (!r) throw new FakeOfficeError('InvalidArgument', 'page break', 'PageBreakCollection.add');
        checkAtMost(sheet.pageBreaks.length + 1, MAX_HORIZONTAL_PAGE_BREAKS, 'Horizontal page breaks', 'PageBreakCollection.add');
        sheet.writes++;
        sheet.pageBreaks.push(r.row);
      },
    });
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  readonly typeName = 'Worksheet';
  readonly pageLayout: FakePageLayout;
  readonly horizontalPageBreaks: FakePageBreaks;

  constructor(
    ctx: FakeContextCore,
    readonly find: () => FakeSheet | null,
  ) {
    super(ctx);
    this.pageLayout = new FakePageLayout(ctx, this);
    this.horizontalPageBreaks = new FakePageBreaks(ctx, this);
  }

  resolveTarget(): FakeSheet | null {
    return this.find();
  }

  protected readProp(t: FakeSheet, prop: string): unknown {
    switch (prop) {
      case 'name':
        return t.name;
      case 'id':
        return t.id;
      case 'visibility':
        return t.visibility;
      case 'position':
        return this.ctx.state.sheets.indexOf(t);
      default:
        throw new Error(`FakeExcel: Worksheet.${prop} is not modelled`);
    }
  }

  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.act('name', v, 1, (t) => {
      if (t.name !== v) this.ctx.state.checkStructure('Worksheet.name');
      checkSheetName(v);
      const other = this.ctx.state.sheetByName(v);
      if (other && other !== t) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${v}" already exists.`, 'Worksheet.name');
      t.name = v;
    });
  }
  get id(): string {
    return this.read('id');
  }
  get visibility(): string {
    return this.read('visibility');
  }

  activate(): void {
    this.act('activate', null, 1, (t) => {
      this.ctx.state.activeSheetId = t.id;
    });
  }

  delete(): void {
    this.act('delete', null, 1, (t) => this.ctx.state.deleteSheet(t));
  }

  private rangeOf(location: string, api: number, shape: (t: FakeSheet) => CellRange | null): FakeRange {
    return new FakeRange(this.ctx, () => {
      this.ctx.requireApi(api, location);
      const sheet = this.target(location);
      const range = shape(sheet);
      return range ? { sheet, range } : null;
    });
  }

  getRange(address?: string): FakeRange {
    return this.rangeOf('Worksheet.getRange', 1, () => {
      if (address === undefined) return { row: 0, col: 0, rows: 1048576, cols: 16384 };
      const r = parseRangeAddress(address);
      if (!r) throw new FakeOfficeError('InvalidArgument', `bad address ${address}`, 'Worksheet.getRange');
      return r;
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return this.rangeOf('Worksheet.getRangeByIndexes', 7, () => {
      if (rows < 1 || cols < 1 || row < 0 || col < 0) throw new FakeOfficeError('InvalidArgument', 'getRangeByIndexes', 'Worksheet.getRangeByIndexes');
      return { row, col, rows, cols };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error('FakeExcel: only getUsedRangeOrNullObject(true) is modelled');
    return this.rangeOf('Worksheet.getUsedRangeOrNullObject', 4, (t) => t.usedRange());
  }

  /** Worksheet.charts (ExcelApi 1.1): see charts.ts. */
  get charts(): FakeCharts {
    return new FakeCharts(this.ctx, () => this.target('Worksheet.charts'));
  }

  get tables(): FakeTables {
    return new FakeTables(this.ctx, () => this.ctx.state.tables.filter((t) => t.sheetId === this.target('Worksheet.tables').id));
  }
}

export class FakeWorksheets extends FakeClientObject<FakeSheet[]> {
  readonly typeName = 'WorksheetCollection';
  private loadedItems: FakeWorksheet[] | null = null;

  resolveTarget(): FakeSheet[] {
    return this.ctx.state.sheets;
  }
  protected readProp(): unknown {
    throw new Error('FakeExcel: load items/… on a worksheet collection');
  }

  override snapshot(props: string[]) {
    const itemProps = props.map((p) => {
      if (!p.startsWith('items/')) throw new Error(`FakeExcel: WorksheetCollection.load("${p}") — load items/<property>`);
      return p.slice('items/'.length);
    });
    const items = this.ctx.state.sheets.map((s) => new FakeWorksheet(this.ctx, sheetFinder(this.ctx, s)));
    const snaps = items.map((i) => i.snapshot(itemProps));
    return { data: snaps.map((s) => s.data), deliver: () => ((this.loadedItems = items), snaps.forEach((s) => s.deliver())) };
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new Error('FakeExcel: WorksheetCollection.items was read before load() and context.sync()');
    return this.loadedItems;
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.ctx.enqueue({
      kind: 'action',
      name: 'WorksheetCollection.add',
      payload: name,
      api: 1,
      run: () => {
        created = this.ctx.state.addSheet(name);
      },
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw new FakeOfficeError('ItemNotFound', 'The sheet was not added.', 'Worksheet');
      if (!this.ctx.state.sheets.includes(created)) throw new FakeOfficeError('ItemNotFound', 'The sheet was deleted.', 'Worksheet');
      return created;
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      sticky(
        () => {
          const s = this.ctx.state.sheetByKey(key);
          if (!s) throw new FakeOfficeError('ItemNotFound', `No worksheet "${key}".`, 'WorksheetCollection.getItem');
          return s;
        },
        (s) => this.ctx.state.sheets.includes(s),
      ),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      this.ctx.requireApi(4, 'WorksheetCollection.getItemOrNullObject');
      return this.ctx.state.sheetByKey(key) ?? null;
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      sticky(
        () => {
          const id = this.ctx.state.activeSheetId;
          const s = id ? this.ctx.state.sheetById(id) : undefined;
          if (!s) throw new FakeOfficeError('ItemNotFound', 'No active worksheet.', 'WorksheetCollection.getActiveWorksheet');
          return s;
        },
        (s) => this.ctx.state.sheets.includes(s),
      ),
    );
  }
}

function sheetFinder(ctx: FakeContextCore, sheet: FakeSheet): () => FakeSheet {
  return () => {
    if (!ctx.state.sheets.includes(sheet)) throw new FakeOfficeError('ItemNotFound', 'The sheet was deleted.', 'Worksheet');
    return sheet;
  };
}

export class FakeTableProxy extends FakeClientObject<TableState> {
  readonly typeName = 'Table';
  readonly worksheet: FakeWorksheet;

  constructor(
    ctx: FakeContextCore,
    private readonly find: () => TableState | null,
  ) {
    super(ctx);
    this.worksheet = new FakeWorksheet(ctx, () => this.sheetOf(this.target('Table.worksheet')));
  }
  resolveTarget() {
    return this.find();
  }
  protected readProp(t: TableState, prop: string): unknown {
    if (prop === 'name') return t.name;
    throw new Error(`FakeExcel: Table.${prop} is not modelled`);
  }
  protected override navigation(prop: string) {
    return prop === 'worksheet' ? (this.worksheet as FakeClientObject<unknown>) : null;
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.act('name', v, 1, (t) => {
      if (this.ctx.state.tables.some((o) => o !== t && o.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeOfficeError('InvalidArgument', `A table named "${v}" already exists.`, 'Table.name');
      }
      t.name = v;
    });
  }
  /** Table.style (ExcelApi 1.1): a built-in style name; the look is Excel's business. */
  set style(v: string) {
    this.act('style', v, 1, () => undefined);
  }
  /** Table.convertToRange (ExcelApi 1.2): the table goes, its cells stay. */
  convertToRange(): void {
    this.act('convertToRange', null, 2, (t) => {
      this.ctx.state.tables.splice(this.ctx.state.tables.indexOf(t), 1);
      this.sheetOf(t).writes++;
    });
  }
  private sheetOf(t: TableState): FakeSheet {
    const s = this.ctx.state.sheetById(t.sheetId);
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The table sheet is gone.', 'Table.worksheet');
    return s;
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target('Table.getRange');
      return { sheet: this.sheetOf(t), range: t.range };
    });
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target('Table.getHeaderRowRange');
      return { sheet: this.sheetOf(t), range: { ...t.range, rows: 1 } };
    });
  }
}

export class FakeTables extends FakeClientObject<TableState[]> {
  readonly typeName = 'TableCollection';
  private loadedItems: FakeTableProxy[] | null = null;
  constructor(
    ctx: FakeContextCore,
    private readonly list: () => TableState[],
  ) {
    super(ctx);
  }
  /**
   * tables.add(address, hasHeaders): a table over that range, named Table1, Table2, … until renamed. As the reference
   * says for TableCollection.add, "the range object or source address determines the worksheet": a Range is on its
   * sheet, an address names its sheet — and an address without a sheet name is on the *active* sheet, whichever
   * collection (workbook's or a worksheet's) add was called on.
   */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTableProxy {
    let created: TableState | null = null;
    this.ctx.enqueue({
      kind: 'action',
      name: 'TableCollection.add',
      payload: { address: typeof address === 'string' ? address : 'range', hasHeaders },
      api: 1,
      run: () => {
        if (!hasHeaders) throw new Error('FakeExcel: tables.add without headers is not modelled');
        const { sheet, range } = this.tableSite(address);
        if (!range) throw new FakeOfficeError('InvalidArgument', `bad address ${String(address)}`, 'TableCollection.add');
        const state = this.ctx.state;
        const overlaps = state.tables.some(
          (t) => t.sheetId === sheet.id && t.range.row < range.row + range.rows && range.row < t.range.row + t.range.rows && t.range.col < range.col + range.cols && range.col < t.range.col + t.range.cols,
        );
        if (overlaps) throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.', 'TableCollection.add');
        let n = state.tables.length + 1;
        while (state.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        created = { name: `Table${n}`, sheetId: sheet.id, range };
        state.tables.push(created);
        sheet.writes++;
      },
    });
    return new FakeTableProxy(this.ctx, () => created);
  }
  private tableSite(address: string | FakeRange): { sheet: FakeSheet; range: CellRange | null } {
    if (typeof address !== 'string') return address.target('TableCollection.add');
    const { sheet: named } = splitSheetAddress(address);
    const state = this.ctx.state;
    const sheet = named !== null ? state.sheetByName(named) : state.activeSheetId ? state.sheetById(state.activeSheetId) : undefined;
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `No worksheet for ${address}.`, 'TableCollection.add');
    return { sheet, range: parseRangeAddress(address) };
  }
  resolveTarget() {
    return this.list();
  }
  protected readProp(): unknown {
    throw new Error('FakeExcel: load items/… on a table collection');
  }
  override snapshot(props: string[]) {
    const itemProps = props.map((p) => {
      if (!p.startsWith('items/')) throw new Error(`FakeExcel: TableCollection.load("${p}") — load items/<property>`);
      return p.slice('items/'.length);
    });
    const items = this.list().map((t) => new FakeTableProxy(this.ctx, () => t));
    const snaps = items.map((i) => i.snapshot(itemProps));
    return { data: snaps.map((s) => s.data), deliver: () => ((this.loadedItems = items), snaps.forEach((s) => s.deliver())) };
  }
  get items(): FakeTableProxy[] {
    if (!this.loadedItems) throw new Error('FakeExcel: TableCollection.items was read before load() and context.sync()');
    return this.loadedItems;
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => {
      const t = this.list().find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeOfficeError('ItemNotFound', `No table "${name}".`, 'TableCollection.getItem');
      return t;
    });
  }
  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(this.ctx, () => this.list().find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
}
