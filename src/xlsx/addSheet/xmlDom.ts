/**
 * The few package parts a new sheet touches (workbook, its relationships, content types, styles) are edited as
 * DOM documents rather than as strings: writers differ in namespace prefixes ("x:sheet" from the .NET SDK), in
 * attribute order and in whitespace, and a DOM edit keeps whatever each file has.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

// xmldom implements the standard DOM interfaces; its typings are the DOM library's.
export type XmlDocument = Document;
export type XmlElement = Element;

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Parses a part; malformed XML throws (naming the part) instead of being repaired silently. A DOCTYPE is refused
 * before parsing: package parts may not declare one (ISO/IEC 29500-2), and one is how entity-expansion and
 * external-entity attacks would arrive; the streaming reader refuses it the same way (xmlScanner.ts).
 */
export function parseXml(text: string, part: string): XmlDocument {
  const fail = (message: string) => {
    // xmldom's own wording, without its "[xmldom error]" tag and position marker, after the part's name.
    const detail = message.replace(/^\[xmldom [a-z]+\]\s*/u, '').replace(/\s*@#\[line:.*$/su, '');
    throw new Error(`部件 ${part} 的 XML 有误：${detail}`);
  };
  if (/<!DOCTYPE/iu.test(text)) fail('工作簿的 XML 部件中不应有 DOCTYPE 声明');
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(text, 'text/xml');
  if (!doc.documentElement) fail('no root element');
  return doc;
}

export function serializeXml(doc: XmlDocument): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith('<?xml') ? text : DECLARATION + text;
}

/** Element children of `parent` with this local name, in the parent's namespace. */
export function childrenNamed(parent: XmlElement, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).localName === localName && (n as XmlElement).namespaceURI === parent.namespaceURI) {
      found.push(n as XmlElement);
    }
  }
  return found;
}

export function childNamed(parent: XmlElement, localName: string): XmlElement | null {
  return childrenNamed(parent, localName)[0] ?? null;
}

/** A new element in `parent`'s namespace, with the same prefix the file already uses for it. */
export function createLike(parent: XmlElement, localName: string): XmlElement {
  const prefix = parent.prefix ? `${parent.prefix}:` : '';
  return parent.ownerDocument.createElementNS(parent.namespaceURI, `${prefix}${localName}`);
}

/**
 * The child `localName` of `parent`, created if missing at the place the schema's sequence puts it: before the
 * first existing child whose name comes later in `order`. Excel rejects a part whose children are out of order.
 */
export function ensureChild(parent: XmlElement, localName: string, order: readonly string[]): XmlElement {
  const existing = childNamed(parent, localName);
  if (existing) return existing;
  const created = createLike(parent, localName);
  const later = new Set(order.slice(order.indexOf(localName) + 1));
  let before: XmlElement | null = null;
  for (let n = parent.firstChild; n && !before; n = n.nextSibling) {
    if (n.nodeType === 1 && later.has((n as XmlElement).localName ?? '')) before = n as XmlElement;
  }
  parent.insertBefore(created, before);
  return created;
}

/**
 * A copy of `source` (from another document) made in `target`'s document: elements of the source's namespace
 * move into the target's, with the target's prefix; anything else (extensions) and attributes are copied as is.
 */
export function importInto(target: XmlElement, source: XmlElement): XmlElement {
  const copy = createLike(target, source.localName ?? source.nodeName);
  for (let i = 0; i < source.attributes.length; i++) {
    const a = source.attributes.item(i)!;
    if (a.namespaceURI) copy.setAttributeNS(a.namespaceURI, a.name, a.value);
    else copy.setAttribute(a.name, a.value);
  }
  for (let n = source.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as XmlElement).namespaceURI === source.namespaceURI) copy.appendChild(importInto(copy, n as XmlElement));
    else if (n.nodeType === 1 || n.nodeType === 3) copy.appendChild(target.ownerDocument.importNode(n, true));
  }
  return copy;
}
