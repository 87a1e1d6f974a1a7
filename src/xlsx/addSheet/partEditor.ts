/**
 * Additions spliced into a part's original bytes at the tags a scan located (partScan.ts): content appended
 * inside an element, an element put before another, a start tag's attribute set. Everything else — the
 * declaration, a byte-order mark, prefixes, quoting, whitespace, the other elements — stays byte for byte.
 */
import { encodeInserted, type PartEncoding } from './partEncoding';
import type { ClosedElement, ScannedElement } from './partScan';

interface Splice {
  offset: number;
  remove: number;
  text: string;
  /** Splices at one offset keep the order they were asked for. */
  order: number;
}

export class PartEditor {
  private readonly splices: Splice[] = [];
  private readonly gt: Buffer;
  private readonly lt: Buffer;
  private lastGt = { index: 0, offset: -1 };

  constructor(
    private readonly bytes: Buffer,
    private readonly encoding: PartEncoding,
  ) {
    this.gt = encodeInserted('>', encoding);
    this.lt = encodeInserted('<', encoding);
  }

  /** `text` as the element's last content; an empty element (<x:sheets/>) is opened and closed around it. */
  appendInside(element: ClosedElement, text: string): void {
    if (element.selfClosing) {
      const slash = this.gtOffset(element.startGt) - this.encoding.unit;
      this.splice(slash, this.encoding.unit, `>${text}</${element.qname}`);
    } else {
      this.splice(this.tagStart(element.endGt), 0, text);
    }
  }

  /** `text` just before the element's start tag. */
  insertBefore(element: ScannedElement, text: string): void {
    this.splice(this.tagStart(element.startGt), 0, text);
  }

  /** Takes the element away, its start tag to its end tag (the history replaces a sheet: its listing goes). */
  remove(element: ClosedElement): void {
    const start = this.tagStart(element.startGt);
    this.splice(start, this.gtOffset(element.endGt) + this.encoding.unit - start, '');
  }

  /** `text` (markup) in place of the element's content; an empty element gets an end tag. */
  replaceContent(element: ClosedElement, text: string): void {
    if (element.selfClosing) return this.appendInside(element, text);
    const from = this.gtOffset(element.startGt) + this.encoding.unit;
    this.splice(from, this.tagStart(element.endGt) - from, text);
  }

  /** Sets an attribute in no namespace on the element's start tag, replacing its value or adding it. */
  setAttribute(element: ScannedElement, name: string, value: string): void {
    const end = this.gtOffset(element.startGt);
    const start = this.tagStart(element.startGt);
    const { unit } = this.encoding;
    // Markup is ASCII: in a one-byte-unit encoding latin1 shows it at its byte offsets, other bytes as filler.
    const tag = unit === 1 ? this.bytes.toString('latin1', start, end) : new TextDecoder(this.encoding.label).decode(this.bytes.subarray(start, end));
    // Attributes in order: a value cannot hold its own quote, so this never matches inside another value.
    const attributes = /\s+([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/gy;
    attributes.lastIndex = tag.search(/[\s/]|$/u);
    for (let m = attributes.exec(tag); m; m = attributes.exec(tag)) {
      if (m[1] === name) {
        const valueAt = m.index + m[0].length - m[2].length + 1;
        this.splice(start + valueAt * unit, (m[2].length - 2) * unit, escapeAttribute(value));
        return;
      }
    }
    const close = element.selfClosing ? end - unit : end;
    this.splice(close, 0, ` ${name}="${escapeAttribute(value)}"`);
  }

  /** The part's bytes with every splice made. */
  result(): Buffer {
    // At one offset, additions come before a removal there (an attribute added before the "/" an append replaces).
    const ordered = [...this.splices].sort((a, b) => a.offset - b.offset || Math.sign(a.remove) - Math.sign(b.remove) || a.order - b.order);
    const pieces: Buffer[] = [];
    let at = 0;
    for (const s of ordered) {
      if (s.offset < at) throw new Error('overlapping edits of one part');
      pieces.push(this.bytes.subarray(at, s.offset), encodeInserted(s.text, this.encoding));
      at = s.offset + s.remove;
    }
    pieces.push(this.bytes.subarray(at));
    return Buffer.concat(pieces);
  }

  private splice(offset: number, remove: number, text: string): void {
    this.splices.push({ offset, remove, text, order: this.splices.length });
  }

  /** Byte offset of the `index`-th ">" (1-based) of the part, found onward from the last one asked for. */
  private gtOffset(index: number): number {
    let { index: k, offset } = index >= this.lastGt.index ? this.lastGt : { index: 0, offset: -1 };
    while (k < index) {
      offset = this.find(this.gt, offset + 1);
      k++;
    }
    this.lastGt = { index: k, offset };
    return offset;
  }

  /** Byte offset of the "<" that starts the tag ended by the `gt`-th ">": no tag holds a "<" of its own. */
  private tagStart(gt: number): number {
    let at = this.gtOffset(gt);
    do at = this.bytes.lastIndexOf(this.lt, at - 1);
    while (at >= 0 && !this.aligned(at));
    if (at < 0) throw new Error('tag without a start');
    return at;
  }

  private find(unit: Buffer, from: number): number {
    let at = this.bytes.indexOf(unit, from);
    while (at >= 0 && !this.aligned(at)) at = this.bytes.indexOf(unit, at + 1);
    if (at < 0) throw new Error('fewer ">" in the bytes than in the text');
    return at;
  }

  /** In UTF-16 a code unit starts at an even distance from the first character. */
  private aligned(offset: number): boolean {
    return (offset - this.encoding.bom) % this.encoding.unit === 0;
  }
}

export function escapeText(text: string): string {
  return text.replace(/[&<>\r]/gu, (c) => ENTITY[c]);
}

/** Whitespace other than a space is written as a reference: a parser would turn it into a space. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/gu, (c) => ENTITY[c]);
}

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** `<qname a="v" …/>` or with content; attribute values escaped here, content given as markup. */
export function elementXml(qname: string, attributes: readonly (readonly [string, string])[], content = ''): string {
  const attrs = attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('');
  return content === '' ? `<${qname}${attrs}/>` : `<${qname}${attrs}>${content}</${qname}>`;
}

/**
 * A new child of `parent` (a scanned element whose children in its own namespace are `children`, in document
 * order) at the place the schema's sequence puts it: before the first existing child whose name comes later in
 * `order`, else last. Excel rejects a part whose children are out of order.
 */
export function insertInOrder(
  editor: PartEditor,
  parent: ClosedElement,
  children: readonly ScannedElement[],
  order: readonly string[],
  local: string,
  xml: string,
): void {
  const later = new Set(order.slice(order.indexOf(local) + 1));
  const before = children.find((c) => later.has(c.local));
  if (before) editor.insertBefore(before, xml);
  else editor.appendInside(parent, xml);
}

/** The name a new element in `parent`'s namespace gets: the prefix the parent is written with, if any. */
export function qnameLike(parent: ScannedElement, local: string): string {
  return parent.prefix ? `${parent.prefix}:${local}` : local;
}
