/** The XML scanner the streaming read parses package parts with: events, chunk boundaries anywhere, damage refused. */
import { XmlScanner, type XmlHandlers } from '../../src/xlsx/xmlScanner';

/** Prefixed attribute names the tests ask for are looked up by this namespace. */
const TEST_NS: Record<string, string> = { r: 'urn:rel' };

/** Every event as a line; open tags with the attributes asked for (a prefixed one by its namespace URI). */
function events(chunks: string[], wanted: string[] = []): string[] {
  const out: string[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const handlers: XmlHandlers = {
    open(name, a) {
      flush();
      const value = (w: string) => (w.includes(':') ? a.getNs(TEST_NS[w.split(':')[0]], w.split(':')[1]) : a.get(w));
      out.push(`open ${name}${wanted.map((w) => ` ${w}=${value(w) ?? '∅'}`).join('')}`);
    },
    text(t) {
      text += t;
    },
    close(name) {
      flush();
      out.push(`close ${name}`);
    },
  };
  const scanner = new XmlScanner(handlers);
  for (const c of chunks) scanner.write(c);
  scanner.close();
  return out;
}

const SHEET =
  '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- made by hand -->' +
  '<x:worksheet xmlns:x="urn:x" xmlns:r="urn:rel"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a &amp; b &lt;c&gt; &#x4E2D;&#25991; &quot;q&apos;</x:t></x:is></x:c>' +
  '<x:c r=\'B1\' s = "3"><x:v>1.5</x:v></x:c><x:c r="C1"><x:v><![CDATA[<raw> & ]]></x:v></x:c></x:row></x:sheetData>' +
  '<x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells><x:numFmt formatCode="[&gt;100]0;[>50]0.0" r:id="rId&amp;1"/></x:worksheet>';

describe('XmlScanner', () => {
  it('reports tags without prefixes, attributes on demand, text with entities and CDATA decoded', () => {
    expect(events([SHEET], ['r', 's', 'ref', 'formatCode', 'r:id'])).toEqual([
      'open worksheet r=∅ s=∅ ref=∅ formatCode=∅ r:id=∅',
      'open sheetData r=∅ s=∅ ref=∅ formatCode=∅ r:id=∅',
      'open row r=1 s=∅ ref=∅ formatCode=∅ r:id=∅',
      'open c r=A1 s=∅ ref=∅ formatCode=∅ r:id=∅',
      'open is r=∅ s=∅ ref=∅ formatCode=∅ r:id=∅',
      'open t r=∅ s=∅ ref=∅ formatCode=∅ r:id=∅',
      'text "a & b <c> 中文 \\"q\'"',
      'close t',
      'close is',
      'close c',
      'open c r=B1 s=3 ref=∅ formatCode=∅ r:id=∅',
      'open v r=∅ s=∅ ref=∅ formatCode=∅ r:id=∅',
      'text "1.5"',
      'close v',
      'close c',
      'open c r=C1 s=∅ ref=∅ formatCode=∅ r:id=∅',
      'open v r=∅ s=∅ ref=∅ formatCode=∅ r:id=∅',
      'text "<raw> & "',
      'close v',
      'close c',
      'close row',
      'close sheetData',
      'open mergeCells r=∅ s=∅ ref=∅ formatCode=∅ r:id=∅',
      'open mergeCell r=∅ s=∅ ref=A1:B1 formatCode=∅ r:id=∅',
      'close mergeCell',
      'close mergeCells',
      'open numFmt r=∅ s=∅ ref=∅ formatCode=[>100]0;[>50]0.0 r:id=rId&1',
      'close numFmt',
      'close worksheet',
    ]);
  });

  it('gives the same events wherever the chunks are cut', () => {
    const whole = events([SHEET], ['r', 'formatCode']);
    for (let cut = 1; cut < SHEET.length; cut++) {
      expect(events([SHEET.slice(0, cut), SHEET.slice(cut)], ['r', 'formatCode'])).toEqual(whole);
    }
    expect(events(SHEET.split(''), ['r', 'formatCode'])).toEqual(whole);
  });

  it('reads line breaks as \\n and whitespace in attribute values as spaces', () => {
    expect(events(['<a b="x\r\ny\tz"><t>1\r\n2\r3</t></a>'], ['b'])).toEqual(['open a b=x y z', 'open t b=∅', 'text "1\\n2\\n3"', 'close t', 'close a']);
  });

  it.each([
    ['a part cut short', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>'],
    ['a tag cut short', '<worksheet><sheetData><row r='],
    ['mismatched end tag', '<a><b></a></b>'],
    ['an end tag with no start', '</a>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>junk'],
    ['an empty part', '   '],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
  ])('refuses %s', (_, xml) => {
    expect(() => events([xml])).toThrow();
  });

  it('refuses a tag or a text run of megabytes instead of carrying it from chunk to chunk', () => {
    const piece = 'x'.repeat(64 * 1024);
    const feed = (start: string) => () => {
      const scanner = new XmlScanner({ open: () => undefined });
      scanner.write(start);
      for (let i = 0; i < 100; i++) scanner.write(piece);
    };
    expect(feed('<a><b>')).toThrow(/文字过长/u);
    expect(feed('<a><b c="')).toThrow(/标记过长/u);
  });

  it('skips to the end of an enclosing element on request, wherever the chunks are cut', () => {
    const xml =
      '<x:ws xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c><x:v>2</x:v></x:c></x:row>' +
      '<x:row r="3"><x:c><x:v>&bad; not parsed</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:ws>';
    const run = (chunks: string[]) => {
      const seen: string[] = [];
      const scanner = new XmlScanner({
        open(name, a) {
          seen.push(`open ${name}${a.get('r') ? ` ${a.get('r')}` : ''}${a.get('ref') ? ` ${a.get('ref')}` : ''}`);
          return name === 'row' && a.get('r') === '2' ? { skipToEndOf: 'sheetData' } : undefined;
        },
        close: (name) => seen.push(`close ${name}`),
      });
      for (const c of chunks) scanner.write(c);
      scanner.close();
      return seen;
    };
    const whole = run([xml]);
    expect(whole).toEqual([
      'open ws',
      'open sheetData',
      'open row 1',
      'open c',
      'open v',
      'close v',
      'close c',
      'close row',
      'open row 2',
      'close sheetData',
      'open mergeCells',
      'open mergeCell A1:B1',
      'close mergeCell',
      'close mergeCells',
      'close ws',
    ]);
    for (let cut = 1; cut < xml.length; cut++) expect(run([xml.slice(0, cut), xml.slice(cut)])).toEqual(whole);
  });

  it('still refuses a part that ends while skipping', () => {
    const scanner = new XmlScanner({ open: (name) => (name === 'row' ? { skipToEndOf: 'sheetData' } : undefined) });
    scanner.write('<ws><sheetData><row r="1"><c><v>1</v></c></row><row r="2"><c>');
    expect(() => scanner.close()).toThrow(/不完整/u);
  });

  it('refuses a malformed attribute when it is read', () => {
    expect(() => events(['<a b=c/>'], ['b'])).toThrow();
  });

  it('does not let an attribute named __proto__ reach anything', () => {
    expect(events(['<a __proto__="x" b="1"/>'], ['b', '__proto__'])).toEqual(['open a b=1 __proto__=x', 'close a']);
  });
});

describe('XmlScanner resolves names per XML Namespaces', () => {
  /** Every open tag as "local{namespace}" with the attributes asked for by namespace. */
  function opened(xml: string, ask: [string, string][] = []): string[] {
    const out: string[] = [];
    const scanner = new XmlScanner({
      open(name, a, ns) {
        out.push(`${name}{${ns}}${ask.map(([u, l]) => ` ${l}=${a.getNs(u, l) ?? '∅'}`).join('')}`);
      },
    });
    scanner.write(xml);
    scanner.close();
    return out;
  }

  it('gives each element the namespace its prefix is bound to, in scope until the declaring element ends', () => {
    const xml =
      '<worksheet xmlns="urn:main" xmlns:xdr="urn:drawing"><sheetData><row/></sheetData>' +
      '<controls><anchor><xdr:row>5</xdr:row></anchor></controls>' +
      '<p:x xmlns:p="urn:one"><p:y xmlns:p="urn:two"/><p:z/></p:x><q xmlns=""/><p:w xmlns:p="urn:three"/></worksheet>';
    expect(opened(xml)).toEqual([
      'worksheet{urn:main}',
      'sheetData{urn:main}',
      'row{urn:main}',
      'controls{urn:main}',
      'anchor{urn:main}',
      'row{urn:drawing}',
      'x{urn:one}',
      'y{urn:two}',
      'z{urn:one}',
      'q{}',
      'w{urn:three}',
    ]);
  });

  it('finds a prefixed attribute by its namespace whatever the prefix, and an unprefixed one has none', () => {
    const rel = 'urn:rel';
    const xml = `<a xmlns:r="${rel}" xmlns:ns="${rel}" xmlns:other="urn:other"><s r:id="1"/><s ns:id="2"/><s other:id="3" id="4"/></a>`;
    expect(opened(xml, [[rel, 'id']])).toEqual(['a{} id=∅', 's{} id=1', 's{} id=2', 's{} id=∅']);
  });

  it('is not misled by "xmlns" in an attribute value or text', () => {
    const xml = '<a xmlns="urn:main"><b note="xmlns:x=urn:bad">xmlns</b><x:c xmlns:x="urn:x"/></a>';
    expect(opened(xml)).toEqual(['a{urn:main}', 'b{urn:main}', 'c{urn:x}']);
  });

  it('gives the same namespaces wherever the chunks are cut', () => {
    const xml = '<a xmlns="urn:m" xmlns:d="urn:d"><d:b xmlns="urn:inner"><c/></d:b><c/><d:row/></a>';
    const seen = (chunks: string[]) => {
      const out: string[] = [];
      const scanner = new XmlScanner({ open: (name, _, ns) => void out.push(`${name}{${ns}}`) });
      for (const c of chunks) scanner.write(c);
      scanner.close();
      return out;
    };
    const whole = seen([xml]);
    expect(whole).toEqual(['a{urn:m}', 'b{urn:d}', 'c{urn:inner}', 'c{urn:m}', 'row{urn:d}']);
    for (let cut = 1; cut < xml.length; cut++) expect(seen([xml.slice(0, cut), xml.slice(cut)])).toEqual(whole);
  });

  it('skips to the end of the enclosing element of the same namespace, and namespaces declared inside go out of scope', () => {
    const xml =
      '<m:ws xmlns:m="urn:m"><m:sheetData><m:row/><m:row><x:sheetData xmlns:x="urn:x"><x:row/></x:sheetData></m:row><m:row/></m:sheetData><m:merge/></m:ws>';
    const out: string[] = [];
    let rows = 0;
    const scanner = new XmlScanner({
      open(name, _, ns) {
        out.push(`${name}{${ns}}`);
        return name === 'row' && ns === 'urn:m' && ++rows === 2 ? { skipToEndOf: 'sheetData' } : undefined;
      },
    });
    scanner.write(xml);
    scanner.close();
    expect(out).toEqual(['ws{urn:m}', 'sheetData{urn:m}', 'row{urn:m}', 'row{urn:m}', 'merge{urn:m}']);
  });

  it.each([
    ['an element with an undeclared prefix', '<a><x:b/></a>'],
    ['a prefix used after its scope ended', '<a><b xmlns:x="urn:x"/><x:c/></a>'],
    ['a prefix bound to the empty namespace', '<a xmlns:x=""/>'],
  ])('refuses %s', (_, xml) => {
    expect(() => opened(xml)).toThrow(/命名空间/u);
  });
});
