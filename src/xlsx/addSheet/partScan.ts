/**
 * One pass of a namespace-aware XML parser (saxes, which checks well-formedness) over a package part, decoded a
 * slice at a time: no DOM and no string of the whole part, so a styles part bloated to 100 MB costs the parser's
 * state and whatever counts the caller keeps. Each tag is located by the number of ">" characters up to the one
 * that ends it: that count is the same in the decoded text and in the bytes (in UTF-8 and the ASCII-based legacy
 * encodings no other byte is 0x3E; in UTF-16 it is a code unit), so edits can be placed in the original bytes
 * afterwards (partEditor.ts) without ever mapping character offsets through the encoding.
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import type { OpenPackage } from '../packageParts';
import { partEncoding, type PartEncoding } from './partEncoding';

/** A package part's bytes as stored, and how they encode its text. */
export interface Part {
  path: string;
  bytes: Buffer;
  encoding: PartEncoding;
}

export function partOf(path: string, bytes: Buffer): Part {
  return { path, bytes, encoding: partEncoding(bytes, path) };
}

/** The part at `path` of the package as stored, or null when the package has none. */
export async function readPart(pkg: OpenPackage, path: string): Promise<Part | null> {
  const entry = pkg.file(path);
  return entry && !entry.dir ? partOf(path, await entry.async('nodebuffer')) : null;
}

export interface ScannedElement {
  /** 0 for the root element. */
  depth: number;
  uri: string;
  local: string;
  prefix: string;
  /** The name as written ("x:sheets"). */
  qname: string;
  attributes: Record<string, SaxesAttributeNS>;
  /** The namespace bindings in effect inside the element (prefix → URI; "" is the default namespace), the enclosing elements' on its prototype chain: read with [] or for…in. */
  scope: Record<string, string>;
  selfClosing: boolean;
  /** The ">" that ends the start tag, counted from the part's start (1-based). */
  startGt: number;
}

export interface ClosedElement extends ScannedElement {
  /** The ">" that ends the end tag (the start tag's own for an empty element). */
  endGt: number;
}

export interface PartVisitor {
  open?(element: ScannedElement): void;
  close?(element: ClosedElement): void;
  /** Character data, references resolved (a defined name's formula). */
  text?(text: string): void;
}

/** Characters decoded and parsed at a time. */
const SLICE_BYTES = 1 << 16;

/** Parses the part, calling the visitor; throws (naming the part) on malformed XML or bytes not in its encoding. */
export function scanPart({ path: part, bytes, encoding }: Part, visitor: PartVisitor): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const fail = (message: string): never => {
    throw new Error(`部件 ${part} 的 XML 有误：${message}`);
  };
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  // Package parts may not declare a DTD (ISO/IEC 29500-2); one is how entity-expansion attacks would arrive.
  parser.on('doctype', () => fail('工作簿的 XML 部件中不应有 DOCTYPE 声明'));

  let chunk = '';
  let chunkStart = 0;
  let counted = 0;
  let gts = 0;
  /** The number of ">" in the text before `position`, counted onward from the last call. */
  const gtsBefore = (position: number): number => {
    for (let i = chunk.indexOf('>', counted - chunkStart); i >= 0 && i < position - chunkStart; i = chunk.indexOf('>', i + 1)) gts++;
    counted = position;
    return gts;
  };

  const open: ScannedElement[] = [];
  const outermost: Record<string, string> = { xml: 'http://www.w3.org/XML/1998/namespace' };
  parser.on('opentag', (tag: SaxesTagNS) => {
    const parentScope = open.length > 0 ? open[open.length - 1].scope : outermost;
    // saxes gives each tag the bindings it declares; an element's scope chains them onto its parent's.
    const scope = Object.keys(tag.ns).length > 0 ? Object.assign(Object.create(parentScope) as Record<string, string>, tag.ns) : parentScope;
    const element: ScannedElement = {
      depth: open.length,
      uri: tag.uri,
      local: tag.local,
      prefix: tag.prefix,
      qname: tag.name,
      attributes: tag.attributes,
      scope,
      selfClosing: tag.isSelfClosing,
      startGt: gtsBefore(parser.position),
    };
    open.push(element);
    visitor.open?.(element);
  });
  if (visitor.text) parser.on('text', visitor.text);
  parser.on('closetag', () => {
    // The element object becomes the closed one (no copy: a bloated part closes hundreds of thousands).
    const element = open.pop()! as ClosedElement;
    element.endGt = element.selfClosing ? element.startGt : gtsBefore(parser.position);
    visitor.close?.(element);
  });

  const decoder = new TextDecoder(encoding.label, { fatal: true, ignoreBOM: true });
  const feed = (text: string) => {
    gtsBefore(chunkStart + chunk.length);
    chunkStart += chunk.length;
    chunk = text;
    parser.write(text);
    if (error) fail(error.message.replace(/^[^:]*:\d+:\d+: /u, ''));
  };
  try {
    for (let at = encoding.bom; at < bytes.length; at += SLICE_BYTES) {
      feed(decoder.decode(bytes.subarray(at, Math.min(at + SLICE_BYTES, bytes.length)), { stream: true }));
    }
    feed(decoder.decode());
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') fail(`内容不是 ${encoding.label} 编码`);
    throw e;
  }
  parser.close();
  if (error) fail((error as Error).message.replace(/^[^:]*:\d+:\d+: /u, ''));
}

/** The value of an attribute in no namespace ("name", "Id"), or null. */
export function attribute(element: ScannedElement, local: string): string | null {
  for (const key in element.attributes) {
    const a = element.attributes[key];
    if (a.local === local && a.uri === '') return a.value;
  }
  return null;
}
