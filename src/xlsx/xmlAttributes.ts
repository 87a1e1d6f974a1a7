/** A tag's attributes for the XML scanner (xmlScanner.ts), read from the tag's text on demand. */
import type { NamespacedAttributes } from './namespaces';
import { decodeEntities, isSpace } from './xmlText';

/**
 * A tag's attributes, read on demand: building an object for every tag of a 350 MB worksheet costs more than
 * parsing it. Valid only during the open() call it is passed to.
 */
export interface TagAttributes extends NamespacedAttributes {
  /** An attribute without a prefix (which has no namespace): its value, whitespace normalized and entities decoded. */
  get(name: string): string | undefined;
  /** An attribute by its namespace URI and local name, whatever prefix the tag gives it. */
  getNs(ns: string, local: string): string | undefined;
}

/** Reads attributes straight from the tag's text between `from` and `to`, split into name/value spans on first use. */
export class AttributeReader implements TagAttributes {
  constructor(private readonly resolve: (prefix: string) => string) {}

  private s = '';
  private from = 0;
  private to = 0;
  /** nameStart, nameEnd, valueStart, valueEnd of each attribute; `count` of them valid, -1 until split. */
  private readonly spans: number[] = [];
  private count = -1;

  set(s: string, from: number, to: number): void {
    this.s = s;
    this.from = from;
    this.to = to;
    this.count = -1;
  }

  get(name: string): string | undefined {
    if (this.count < 0) this.split();
    const { s, spans } = this;
    for (let k = 0; k < this.count * 4; k += 4) {
      if (spans[k + 1] - spans[k] === name.length && s.startsWith(name, spans[k])) {
        return attributeValue(s.slice(spans[k + 2], spans[k + 3]));
      }
    }
    return undefined;
  }

  getNs(ns: string, local: string): string | undefined {
    if (this.count < 0) this.split();
    const { s, spans } = this;
    for (let k = 0; k < this.count * 4; k += 4) {
      const colon = spans[k + 1] - local.length - 1;
      if (colon <= spans[k] || s.charCodeAt(colon) !== 58 || !s.startsWith(local, colon + 1)) continue;
      const prefix = s.slice(spans[k], colon);
      if (prefix !== 'xmlns' && this.resolve(prefix) === ns) return attributeValue(s.slice(spans[k + 2], spans[k + 3]));
    }
    return undefined;
  }

  /** The tag's namespace declarations: [prefix, URI], the default namespace with prefix ''. */
  declarations(): [string, string][] {
    if (this.count < 0) this.split();
    const { s, spans } = this;
    const found: [string, string][] = [];
    for (let k = 0; k < this.count * 4; k += 4) {
      if (!s.startsWith('xmlns', spans[k])) continue;
      const after = spans[k] + 5;
      const value = () => attributeValue(s.slice(spans[k + 2], spans[k + 3]));
      if (after === spans[k + 1]) found.push(['', value()]);
      else if (s.charCodeAt(after) === 58) found.push([s.slice(after + 1, spans[k + 1]), value()]);
    }
    return found;
  }

  private split(): void {
    const { s, to, spans } = this;
    let count = 0;
    let i = this.from;
    while (i < to) {
      while (i < to && isSpace(s.charCodeAt(i))) i++;
      if (i >= to) break;
      const eq = s.indexOf('=', i);
      if (eq < 0 || eq >= to) throw new Error('XML 属性没有值');
      let q = eq + 1;
      while (q < to && isSpace(s.charCodeAt(q))) q++;
      const quote = s.charCodeAt(q);
      if (quote !== 34 && quote !== 39) throw new Error('XML 属性的值没有引号');
      const close = s.indexOf(quote === 34 ? '"' : "'", q + 1);
      if (close < 0 || close >= to) throw new Error('XML 属性的值没有结束');
      let nameEnd = eq;
      while (nameEnd > i && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
      spans[count * 4] = i;
      spans[count * 4 + 1] = nameEnd;
      spans[count * 4 + 2] = q + 1;
      spans[count * 4 + 3] = close;
      count++;
      i = close + 1;
    }
    this.count = count;
  }
}

/**
 * A value as XML reads it: tabs and line breaks as spaces, entities decoded. Most values (a cell's r="B12", s="3")
 * have neither, and are told so by one pass over their few characters: a regular expression per value cost more
 * than the rest of reading the cell.
 */
function attributeValue(raw: string): string {
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38 || c === 9 || c === 10 || c === 13) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  return decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);
}
