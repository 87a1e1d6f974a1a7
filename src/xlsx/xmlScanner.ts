/**
 * A small XML tokenizer for the parts of an .xlsx package, fed chunk by chunk: tags with their attributes, text
 * with entities decoded, comments, processing instructions and CDATA. Written for speed on worksheet XML (a
 * general parser going character by character reads about 20 MB of XML a second; a 50 MB workbook holds 350 MB
 * of it): markup is found with indexOf, text between tags is sliced. It still checks what a damaged part would
 * break — every element closed by its own name, one root, nothing after the end — and refuses a DOCTYPE, which
 * no package part has and which could declare entities.
 *
 * Names are resolved per XML Namespaces: each element is reported with its local name and its namespace URI, and
 * attributes with a prefix are asked for by URI. A prefix is whatever the part binds it to — a sheet's form
 * controls carry <xdr:row> anchors that are not rows, and a workbook may call its relationship attribute ns:id.
 */
import { AttributeReader, type TagAttributes } from './xmlAttributes';
import { decodeEntities, isSpace, normalizeBreaks } from './xmlText';
import { PACKAGE_RELATIONSHIPS_NS, RELATIONSHIPS_NS, SPREADSHEET_NS } from './namespaces';

export type { TagAttributes } from './xmlAttributes';

/**
 * What open() may answer: skip ahead to the end tag of the nearest enclosing element with this local name, in the
 * namespace of the element just opened. What lies
 * between is not parsed (nor checked) and the elements open inside it are closed without events — a reader that
 * needs only what follows a sheet's cells (its merges) passes over 300 MB of rows with one indexOf per chunk.
 */
export interface SkipRequest {
  skipToEndOf: string;
}

export interface XmlHandlers {
  /** The element's local name (x:row is row) and its namespace URI ('' when it is in none). */
  open(name: string, attributes: TagAttributes, ns: string): void | SkipRequest;
  text?(text: string): void;
  close?(name: string, ns: string): void;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * The namespaces readers compare element namespaces with, as the very string constants they compare with: a URI
 * sliced from the part is another string of the same text, and each of the ~10^6 comparisons of a large sheet
 * (isSpreadsheetMl) then went through its 60 characters — about a tenth of reading a year's ledger. The same
 * object compares at once.
 */
const KNOWN_NS = new Map<string, string>(
  [...Object.values(SPREADSHEET_NS), ...Object.values(RELATIONSHIPS_NS), PACKAGE_RELATIONSHIPS_NS, XML_NS].map((uri) => [uri, uri]),
);

/** Prefix → namespace URI in scope; a new map only where an element declares namespaces (rare: the root, mostly). */
type Bindings = ReadonlyMap<string, string>;

/**
 * A copy of text the scanner handed out, for keeping. Text is sliced from the chunk being scanned, and V8 lets a
 * slice of 13 or more characters point into its parent instead of copying: a string kept from each chunk would
 * keep every chunk, the whole inflated XML, alive. Joining forces V8 to flatten the text into a string of its own.
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}


function resolvePrefix(bindings: Bindings, prefix: string): string {
  const ns = bindings.get(prefix);
  if (ns !== undefined) return ns;
  if (prefix === 'xml') return XML_NS;
  throw new Error(`XML 命名空间错误：前缀“${prefix.slice(0, 40)}”没有声明`);
}

/** No tag or text run of a package part comes near this; one never closed would be carried along to the end. */
const MAX_PENDING = 4 * 1024 * 1024;


export class XmlScanner {
  /** What the last chunk ended in the middle of: a tag, a comment, or text whose end is not known yet. */
  private rest = '';
  /** Elements open now: qualified names (checked against end tags), the local names and namespaces handlers see. */
  private readonly open: string[] = [];
  private readonly openLocal: string[] = [];
  private readonly openNs: string[] = [];
  /** The namespaces in scope, and those each element that declared some replaced (restored at its end). */
  private bindings: Bindings = new Map([['', '']]);
  /** The default namespace of `bindings`, kept apart: most tags have no prefix, and a Map lookup each costs. */
  private defaultNs = '';
  private readonly scopes: { depth: number; outer: Bindings }[] = [];
  /**
   * Where "xmlns" next occurs in the text being scanned, found once and reused tag after tag: only a tag it falls
   * in can declare a namespace, and searching each tag's attributes for it would cost more than the tag itself.
   */
  private xmlnsAt = -1;
  private rootSeen = false;
  private rootClosed = false;
  private readonly attributes = new AttributeReader((prefix) => resolvePrefix(this.bindings, prefix));
  /** While skipping: the end tag looked for ("</sheetData") and the depth of its element in `open`. */
  private skipTo: { tag: string; depth: number } | null = null;

  constructor(private readonly handlers: XmlHandlers) {}

  write(chunk: string): void {
    const s = this.rest.length > 0 ? this.rest + chunk : chunk;
    this.rest = '';
    this.xmlnsAt = -1;
    const n = s.length;
    let i = 0;
    if (this.skipTo) {
      i = this.skipAhead(s);
      if (i < 0) return;
    }
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        // Excel keeps a cell's text under 32,767 characters; text running on for megabytes would be carried
        // (and copied) from chunk to chunk to the end of the part.
        if (n - i > MAX_PENDING) throw new Error('XML 结构错误：文字过长');
        this.rest = s.slice(i);
        return;
      }
      if (lt > i) this.text(s.slice(i, lt));
      const next = this.markup(s, lt);
      if (next < 0) {
        if (n - lt > MAX_PENDING) throw new Error('XML 结构错误：标记过长或没有结束');
        this.rest = s.slice(lt);
        return;
      }
      i = next;
    }
  }

  /** The end of the document: anything left unclosed means the part was cut short. */
  close(): void {
    if (this.rest.indexOf('<') >= 0) throw new Error('XML 不完整：最后一个标记没有结束');
    if (this.rest.length > 0) this.text(this.rest);
    this.rest = '';
    if (this.open.length > 0) throw new Error(`XML 不完整：<${this.open[this.open.length - 1]}> 没有结束`);
    if (!this.rootSeen) throw new Error('XML 是空的');
  }

  private text(raw: string): void {
    if (this.open.length === 0) {
      if (raw.trim().length > 0) throw new Error('XML 的根元素之外有文字');
      return;
    }
    this.handlers.text?.(decodeEntities(normalizeBreaks(raw)));
  }

  /** Handles the markup starting at `lt`; returns the index after it, or -1 when it does not end in `s`. */
  private markup(s: string, lt: number): number {
    const c1 = s.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */) return this.declaration(s, lt);
    if (c1 === 63 /* ? */) {
      const end = s.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    const gt = tagEnd(s, lt + 1);
    if (gt < 0) return -1;
    if (c1 === 47 /* / */) {
      const expected = this.open.pop();
      const local = this.openLocal.pop();
      const ns = this.openNs.pop() as string;
      // Compared in place: slicing every end tag's name out of a 350 MB part costs seconds.
      const after = lt + 2 + (expected?.length ?? 0);
      const matches = expected !== undefined && s.startsWith(expected, lt + 2) && (after === gt || s.slice(after, gt).trim() === '');
      if (!matches) throw new Error(`XML 结构错误：</${s.slice(lt + 2, gt).trim()}> 与 <${expected ?? ''}> 不匹配`);
      if (this.open.length === 0) this.rootClosed = true;
      this.endScope();
      this.handlers.close?.(local as string, ns);
      return gt + 1;
    }
    const selfClosing = s.charCodeAt(gt - 1) === 47;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    let p = lt + 1;
    while (p < bodyEnd && !isSpace(s.charCodeAt(p))) p++;
    const name = s.slice(lt + 1, p);
    if (name.length === 0) throw new Error('XML 中有没有名称的标记');
    if (this.open.length === 0) {
      if (this.rootClosed || this.rootSeen) throw new Error('XML 有不止一个根元素');
      this.rootSeen = true;
    }
    this.attributes.set(s, p, bodyEnd);
    if (this.xmlnsAt < p) {
      const at = s.indexOf('xmlns', p);
      this.xmlnsAt = at < 0 ? s.length : at;
    }
    if (this.xmlnsAt < bodyEnd) this.declare();
    const colon = name.indexOf(':');
    const local = colon < 0 ? name : name.slice(colon + 1);
    const ns = colon < 0 ? this.defaultNs : resolvePrefix(this.bindings, name.slice(0, colon));
    const skip = this.handlers.open(local, this.attributes, ns);
    if (selfClosing) {
      if (this.open.length === 0) this.rootClosed = true;
      this.endScope();
      this.handlers.close?.(local, ns);
    } else {
      this.open.push(name);
      this.openLocal.push(local);
      this.openNs.push(ns);
    }
    if (skip) return this.startSkip(s, gt + 1, skip.skipToEndOf, ns);
    return gt + 1;
  }

  /** The namespace declarations of the tag whose attributes are being read, in scope until its end. */
  private declare(): void {
    const declared = this.attributes.declarations();
    if (declared.length === 0) return;
    const inner = new Map(this.bindings);
    for (const [prefix, uri] of declared) {
      // Only the default namespace may be undeclared (xmlns=""); a prefix must name a namespace (Namespaces 1.0).
      if (uri === '' && prefix !== '') throw new Error(`XML 命名空间错误：前缀“${prefix}”绑定到了空的命名空间`);
      inner.set(prefix, KNOWN_NS.get(uri) ?? uri);
    }
    this.scopes.push({ depth: this.open.length, outer: this.bindings });
    this.setBindings(inner);
  }

  /** After an element's end: the namespaces it declared go out of scope. */
  private endScope(): void {
    const top = this.scopes[this.scopes.length - 1];
    if (top !== undefined && top.depth >= this.open.length) {
      this.setBindings(top.outer);
      this.scopes.pop();
    }
  }

  private setBindings(bindings: Bindings): void {
    this.bindings = bindings;
    this.defaultNs = bindings.get('') ?? '';
  }

  /** Starts skipping to the end of the nearest open element `local` in `ns`; returns where scanning resumes. */
  private startSkip(s: string, from: number, local: string, ns: string): number {
    let depth = this.openLocal.length - 1;
    while (depth >= 0 && (this.openLocal[depth] !== local || this.openNs[depth] !== ns)) depth--;
    if (depth < 0) throw new Error(`XML 扫描：没有打开的 <${local}> 可以跳到结尾`);
    this.skipTo = { tag: `</${this.open[depth]}`, depth };
    const at = this.skipAhead(s.slice(from));
    return at < 0 ? s.length : from + at;
  }

  /**
   * While skipping: the index in `s` of the end tag looked for, with the elements opened inside it closed;
   * -1 when it is not in `s` (the end of `s` is kept, as the tag may begin there and end in the next chunk).
   */
  private skipAhead(s: string): number {
    const skip = this.skipTo as { tag: string; depth: number };
    let at = s.indexOf(skip.tag);
    while (at >= 0) {
      const next = s.charCodeAt(at + skip.tag.length);
      if (next === 62 || isSpace(next)) break; // "</sheetData>", not "</sheetDataX>"
      if (Number.isNaN(next)) break; // the tag runs into the next chunk: resume here and let markup wait for it
      at = s.indexOf(skip.tag, at + 1);
    }
    if (at < 0) {
      this.rest = s.slice(Math.max(0, s.length - skip.tag.length));
      return -1;
    }
    this.open.length = skip.depth + 1;
    this.openLocal.length = skip.depth + 1;
    this.openNs.length = skip.depth + 1;
    // Namespaces declared by the elements closed unseen go out of scope with them.
    while (this.scopes.length > 0 && this.scopes[this.scopes.length - 1].depth > skip.depth) this.setBindings((this.scopes.pop() as { outer: Bindings }).outer);
    this.skipTo = null;
    return at;
  }

  private declaration(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      if (this.open.length === 0) throw new Error('XML 的根元素之外有 CDATA');
      this.handlers.text?.(normalizeBreaks(s.slice(lt + 9, end)));
      return end + 3;
    }
    // Long enough to tell what it is: "<!DOCTYPE" and the like are refused, not skipped.
    if (s.length - lt < 9) return -1;
    throw new Error('工作簿的 XML 部件中不应有 DOCTYPE 声明');
  }
}

/**
 * The index of the '>' closing the tag whose body starts at `from`, past any '>' inside a quoted attribute value;
 * -1 when the tag does not end in `s` (the rest of it is in the next chunk). `s` holds everything from the tag on,
 * so a '<' before the tag's end, outside quotes, can only be damage.
 */
function tagEnd(s: string, from: number): number {
  let i = from;
  for (;;) {
    const gt = s.indexOf('>', i);
    if (gt < 0) return -1;
    let quote = -1;
    for (let k = i; k < gt; k++) {
      const c = s.charCodeAt(k);
      if (c === 34 || c === 39) {
        quote = k;
        break;
      }
      if (c === 60) throw new Error('XML 结构错误：标记中出现了“<”');
    }
    if (quote < 0) return gt;
    const close = s.indexOf(s[quote], quote + 1);
    if (close < 0) return -1;
    i = close + 1;
  }
}
