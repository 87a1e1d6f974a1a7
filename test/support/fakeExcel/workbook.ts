/** Fake workbook-level objects: named items, settings, the workbook, and the RequestContext handed to host code. */
import { FakeClientObject } from './clientObject';
import { FakeContextCore, type FakeExcelOptions } from './context';
import { FakeOfficeError } from './errors';
import { FakeRange, sheetPrefix } from './range';
import type { FakeName, FakeWorkbookState } from './state';
import { FakeTables, FakeWorksheets } from './worksheet';

export class FakeNamedItem extends FakeClientObject<FakeName> {
  readonly typeName = 'NamedItem';
  constructor(
    ctx: FakeContextCore,
    private readonly find: () => FakeName | null,
  ) {
    super(ctx);
  }
  resolveTarget() {
    return this.find();
  }
  protected readProp(n: FakeName, prop: string): unknown {
    const sheet = this.ctx.state.sheetById(n.sheetId);
    switch (prop) {
      case 'name':
        return n.name;
      case 'visible':
        return n.visible;
      case 'comment':
        return n.comment;
      case 'type':
        return sheet ? 'Range' : 'Error';
      case 'value':
        // Excel keeps the reference on the sheet object: a rename follows it, a deletion turns it into #REF!.
        return sheet ? `${sheetPrefix(sheet.name)}!$A$1` : '#REF!';
      default:
        throw new Error(`FakeExcel: NamedItem.${prop} is not modelled`);
    }
  }
  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get value(): unknown {
    return this.read('value');
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(v: boolean) {
    this.act('visible', v, 1, (n) => {
      n.visible = v;
    });
  }
  get comment(): string {
    return this.read('comment');
  }
  set comment(v: string) {
    this.act('comment', v, 4, (n) => {
      n.comment = v;
    });
  }
  delete(): void {
    this.act('delete', null, 4, (n) => {
      this.ctx.state.names = this.ctx.state.names.filter((x) => x !== n);
    });
  }
}

function findName(state: FakeWorkbookState, name: string): FakeName | undefined {
  return state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
}

export class FakeNames extends FakeClientObject<FakeName[]> {
  readonly typeName = 'NamedItemCollection';
  private loadedItems: FakeNamedItem[] | null = null;
  resolveTarget() {
    return this.ctx.state.names;
  }
  protected readProp(): unknown {
    throw new Error('FakeExcel: load items/… on the names collection');
  }
  override snapshot(props: string[]) {
    const itemProps = props.map((p) => {
      if (!p.startsWith('items/')) throw new Error(`FakeExcel: NamedItemCollection.load("${p}") — load items/<property>`);
      return p.slice('items/'.length);
    });
    const items = this.ctx.state.names.map((n) => new FakeNamedItem(this.ctx, () => n));
    const snaps = items.map((i) => i.snapshot(itemProps));
    return { data: snaps.map((s) => s.data), deliver: () => ((this.loadedItems = items), snaps.forEach((s) => s.deliver())) };
  }
  get items(): FakeNamedItem[] {
    if (!this.loadedItems) throw new Error('FakeExcel: NamedItemCollection.items was read before load() and context.sync()');
    return this.loadedItems;
  }
  add(name: string, reference: FakeRange | string, comment = ''): FakeNamedItem {
    let created: FakeName | null = null;
    this.ctx.enqueue({
      kind: 'action',
      name: 'NamedItemCollection.add',
      payload: { name, comment },
      api: 4,
      run: () => {
        if (typeof reference === 'string') throw new Error('FakeExcel: names.add with a formula string is not modelled');
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeOfficeError('InvalidArgument', `bad name ${name}`, 'NamedItemCollection.add');
        if (findName(this.ctx.state, name)) throw new FakeOfficeError('ItemAlreadyExists', `name ${name} exists`, 'NamedItemCollection.add');
        const t = reference.target('NamedItemCollection.add');
        created = { name, sheetId: t.sheet.id, range: t.range, visible: true, comment };
        this.ctx.state.names.push(created);
      },
    });
    return new FakeNamedItem(this.ctx, () => created);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = findName(this.ctx.state, name);
      if (!n) throw new FakeOfficeError('ItemNotFound', `No name ${name}.`, 'NamedItemCollection.getItem');
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => findName(this.ctx.state, name) ?? null);
  }
}

export class FakeSetting extends FakeClientObject<{ key: string }> {
  readonly typeName = 'Setting';
  constructor(
    ctx: FakeContextCore,
    private readonly find: () => { key: string } | null,
  ) {
    super(ctx);
  }
  resolveTarget() {
    return this.find();
  }
  protected readProp(t: { key: string }, prop: string): unknown {
    if (prop === 'key') return t.key;
    if (prop === 'value') return this.ctx.state.settings.get(t.key);
    throw new Error(`FakeExcel: Setting.${prop} is not modelled`);
  }
  get value(): unknown {
    return this.read('value');
  }
  delete(): void {
    this.act('delete', null, 4, (t) => {
      this.ctx.state.settings.delete(t.key);
    });
  }
}

export class FakeSettings {
  constructor(private readonly ctx: FakeContextCore) {}
  add(key: string, value: unknown): FakeSetting {
    this.ctx.enqueue({
      kind: 'action',
      name: 'SettingCollection.add',
      payload: { key, value },
      api: 4,
      run: () => {
        // Settings are stored as JSON: what comes back is a copy, never the caller's object.
        this.ctx.state.settings.set(key, JSON.parse(JSON.stringify(value)));
      },
    });
    return new FakeSetting(this.ctx, () => ({ key }));
  }
  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => {
      this.ctx.requireApi(4, 'SettingCollection.getItem');
      if (!this.ctx.state.settings.has(key)) throw new FakeOfficeError('ItemNotFound', `No setting ${key}.`, 'SettingCollection.getItem');
      return { key };
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, () => {
      this.ctx.requireApi(4, 'SettingCollection.getItemOrNullObject');
      return this.ctx.state.settings.has(key) ? { key } : null;
    });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  readonly names: FakeNames;
  readonly settings: FakeSettings;
  constructor(ctx: FakeContextCore) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx, () => ctx.state.tables);
    this.names = new FakeNames(ctx);
    this.settings = new FakeSettings(ctx);
  }
}

/** What host code receives as `context`: a workbook and sync(). */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  constructor(readonly core: FakeContextCore) {
    this.workbook = new FakeWorkbook(core);
  }
  sync(): Promise<void> {
    return this.core.sync();
  }
}

export function makeContext(state: FakeWorkbookState, options: FakeExcelOptions): FakeRequestContext {
  return new FakeRequestContext(new FakeContextCore(state, options));
}
