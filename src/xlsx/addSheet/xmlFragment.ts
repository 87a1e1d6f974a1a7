/**
 * The new sheet's own small parts (written by ExcelJS) as a tree of elements, and elements of it written into
 * another part: an element of the host's namespace takes the prefix the host element uses ("x:font" in a part
 * the .NET SDK wrote), any other namespace is declared on the element where the host has no prefix bound to it.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { escapeAttribute, escapeText } from './partEditor';

export interface XmlNode {
  uri: string;
  local: string;
  prefix: string;
  attributes: { prefix: string; local: string; uri: string; value: string }[];
  children: (XmlNode | string)[];
}

/** Parses a small part whole (ours, never the clerk's); throws on malformed XML. */
export function parseFragment(xml: string, part: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  parser.on('opentag', (tag: SaxesTagNS) => {
    const node: XmlNode = {
      uri: tag.uri,
      local: tag.local,
      prefix: tag.prefix,
      attributes: Object.values(tag.attributes)
        .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
        .map((a) => ({ prefix: a.prefix, local: a.local, uri: a.uri, value: a.value })),
      children: [],
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack[stack.length - 1].children.push(t);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('error', (e) => {
    throw new Error(`${part}: ${e.message}`);
  });
  parser.write(xml).close();
  if (!root) throw new Error(`${part}: no root element`);
  return root;
}

export function childNodes(parent: XmlNode, local: string): XmlNode[] {
  return parent.children.filter((c): c is XmlNode => typeof c !== 'string' && c.local === local && c.uri === parent.uri);
}

export function childNode(parent: XmlNode, local: string): XmlNode | null {
  return childNodes(parent, local)[0] ?? null;
}

export function attributeOf(node: XmlNode, local: string): string | null {
  return node.attributes.find((a) => a.local === local && a.uri === '')?.value ?? null;
}

/** Sets (in its place, else last) or with null removes an attribute in no namespace. */
export function setAttributeOf(node: XmlNode, local: string, value: string | null): void {
  const at = node.attributes.findIndex((a) => a.local === local && a.uri === '');
  if (value === null) {
    if (at >= 0) node.attributes.splice(at, 1);
  } else if (at >= 0) node.attributes[at].value = value;
  else node.attributes.push({ prefix: '', local, uri: '', value });
}

export function textOf(node: XmlNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/**
 * `node` as markup inside a host element whose namespace is `hostUri`, written with `hostPrefix` ("" for the
 * default namespace), where `scope` (prefix → URI) is in effect.
 */
export function fragmentXml(node: XmlNode, hostUri: string, hostPrefix: string, scope: Readonly<Record<string, string>>): string {
  const inScope: Record<string, string> = Object.create(scope) as Record<string, string>;
  const declarations: string[] = [];
  const prefixFor = (uri: string, wanted: string, forAttribute: boolean): string => {
    if (uri === 'http://www.w3.org/XML/1998/namespace') return 'xml';
    if (uri === hostUri && !forAttribute && inScope[hostPrefix] === hostUri) return hostPrefix;
    for (const p in inScope) if (inScope[p] === uri && (p !== '' || !forAttribute)) return p;
    // A declaration of ours must not hide a prefix the host's elements are written with.
    let prefix = forAttribute && wanted === '' ? 'ns' : wanted;
    for (let n = 1; prefix === hostPrefix || prefix in inScope; n++) prefix = `ns${n}`;
    inScope[prefix] = uri;
    declarations.push(prefix === '' ? ` xmlns="${escapeAttribute(uri)}"` : ` xmlns:${prefix}="${escapeAttribute(uri)}"`);
    return prefix;
  };
  const prefix = prefixFor(node.uri, node.prefix, false);
  const qname = prefix === '' ? node.local : `${prefix}:${node.local}`;
  const attrs = node.attributes.map((a) => {
    const name = a.uri === '' ? a.local : `${prefixFor(a.uri, a.prefix, true)}:${a.local}`;
    return ` ${name}="${escapeAttribute(a.value)}"`;
  });
  const content = node.children.map((c) => (typeof c === 'string' ? escapeText(c) : fragmentXml(c, hostUri, hostPrefix, inScope))).join('');
  const head = `<${qname}${declarations.join('')}${attrs.join('')}`;
  return content === '' ? `${head}/>` : `${head}>${content}</${qname}>`;
}
