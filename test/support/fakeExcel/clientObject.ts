/**
 * Base of every fake Office.js object: a proxy that knows how to find its target at sync time, queues loads, and
 * refuses to give a property that was not loaded and synced (Office.js would hand back stale or missing data).
 */
import type { FakeContextCore } from './context';
import { FakeOfficeError, NotLoadedError } from './errors';

type Loaded = Record<string, unknown> & { __null?: boolean };

export function parseLoadArgument(arg: unknown): string[] {
  if (arg === undefined) {
    throw new Error('FakeExcel: load() without property names loads every property; name only what the code reads.');
  }
  const parts = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split(',') : null;
  if (!parts) throw new Error('FakeExcel: load() takes a string or an array of property names here.');
  return parts.map((p) => String(p).trim()).filter((p) => p.length > 0);
}

export abstract class FakeClientObject<T> {
  protected loaded: Loaded | null = null;

  constructor(readonly ctx: FakeContextCore) {}

  abstract readonly typeName: string;

  /** The target at sync time; null for a null object (the *OrNullObject methods). Throws ItemNotFound for getItem. */
  abstract resolveTarget(): T | null;

  protected abstract readProp(target: T, prop: string): unknown;

  /** Child objects reachable in a load path ("worksheet/name"). */
  protected navigation(prop: string): FakeClientObject<unknown> | null {
    void prop;
    return null;
  }

  /** Resolves the target for an action: a null object cannot be acted on. */
  target(location: string): T {
    const t = this.resolveTarget();
    if (t === null) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist (null object).', location);
    return t;
  }

  protected read<V>(prop: string): V {
    if (!this.loaded || this.loaded.__null || !(prop in this.loaded)) throw new NotLoadedError(`${this.typeName}.${prop}`);
    return this.loaded[prop] as V;
  }

  get isNullObject(): boolean {
    if (!this.loaded) throw new NotLoadedError(`${this.typeName}.isNullObject`);
    return this.loaded.__null === true;
  }

  /** Runs at sync time: the loaded data (for the response size) and how to deliver it after a successful sync. */
  snapshot(props: string[]): { data: unknown; deliver: () => void } {
    const target = this.resolveTarget();
    if (target === null) {
      return { data: { isNullObject: true }, deliver: () => (this.loaded = { __null: true }) };
    }
    const own: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    for (const p of props) {
      const slash = p.indexOf('/');
      if (slash < 0) own[p] = this.readProp(target, p);
      else {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
      }
    }
    const children = [...nested].map(([head, rest]) => {
      const child = this.navigation(head);
      if (!child) throw new Error(`FakeExcel: ${this.typeName} has no navigation property "${head}"`);
      return child.snapshot(rest);
    });
    return {
      data: { ...own, ...(children.length ? { nested: children.map((c) => c.data) } : {}) },
      deliver: () => {
        const previous = this.loaded && !this.loaded.__null ? this.loaded : {};
        this.loaded = { ...previous, ...own };
        for (const c of children) c.deliver();
      },
    };
  }

  load(arg?: unknown): this {
    const props = parseLoadArgument(arg);
    this.ctx.enqueue({ kind: 'load', name: `${this.typeName}.load`, payload: props, api: 1, run: () => this.snapshot(props) });
    return this;
  }

  /** Queues a property assignment or a method call. */
  protected act(name: string, payload: unknown, api: number, run: (target: T) => void): void {
    this.ctx.enqueue({ kind: 'action', name: `${this.typeName}.${name}`, payload, api, run: () => run(this.target(`${this.typeName}.${name}`)) });
  }
}

/** Resolves once and then sticks to the same object, as an Office.js proxy does after its first use. */
export function sticky<T>(find: () => T | null, stillValid: (t: T) => boolean): () => T | null {
  let cached: T | null = null;
  return () => {
    if (cached !== null && stillValid(cached)) return cached;
    if (cached !== null) throw new FakeOfficeError('ItemNotFound', 'The object no longer exists.');
    const found = find();
    if (found !== null) cached = found;
    return found;
  }
}
