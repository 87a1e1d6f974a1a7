/**
 * manifest.xml checked offline against the limits Office enforces when it sideloads or validates an add-in:
 * well-formed XML, resource ids that resolve, ids and strings within their lengths, https only, icons that exist
 * at the size they are declared at, and the production URL rewrite.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const DEV_BASE = 'https://localhost:3000/';
const BT_NS = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteManifestBaseUrl } = require('../../scripts/manifest-url.cjs') as { rewriteManifestBaseUrl(xml: string, base: string): string };

/** Parses strictly: any warning or error of the parser fails the test, with its message. */
function parseStrict(xml: string): Document {
  const complaints: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: (m: string) => complaints.push(`warning: ${m}`),
      error: (m: string) => complaints.push(`error: ${m}`),
      fatalError: (m: string) => complaints.push(`fatal: ${m}`),
    },
  }).parseFromString(xml, 'text/xml');
  if (complaints.length > 0) throw new Error(`manifest.xml is not well-formed:\n${complaints.join('\n')}`);
  return doc as unknown as Document;
}

function elements(doc: Document | Element): Element[] {
  return Array.from((doc as Document).getElementsByTagName('*'));
}

function local(el: Element): string {
  return el.localName ?? el.nodeName.replace(/^.*:/, '');
}

function byLocalName(doc: Document, name: string): Element[] {
  return elements(doc).filter((e) => local(e) === name);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, after the 8-byte signature and the chunk header). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The repository file behind a dev URL: assets are committed; pages are built from their templates in src/. */
function localFileOf(url: string): string {
  const rel = url.slice(DEV_BASE.length).split(/[?#]/)[0];
  if (rel.startsWith('assets/')) return path.join(ROOT, rel);
  const page = path.basename(rel, '.html');
  return path.join(ROOT, 'src', page, `${page}.html`);
}

const xml = readFileSync(MANIFEST, 'utf8');
const doc = parseStrict(xml);
const resources = new Map<string, { kind: string; value: string; el: Element }>();
for (const kind of ['Image', 'Url', 'String']) {
  for (const el of Array.from(doc.getElementsByTagNameNS(BT_NS, kind))) {
    const id = el.getAttribute('id');
    if (!id) continue; // bt:Image inside <Icon> carries resid, not id
    const group = local(el.parentNode as Element);
    resources.set(id, { kind: group, value: el.getAttribute('DefaultValue') ?? '', el });
  }
}

describe('manifest.xml', () => {
  test('is a task pane add-in for workbooks, zh-CN by default, asking only for ReadWriteDocument', () => {
    const root = doc.documentElement;
    expect(local(root)).toBe('OfficeApp');
    expect(root.getAttributeNS(XSI_NS, 'type')).toBe('TaskPaneApp');
    expect(byLocalName(doc, 'DefaultLocale')[0].textContent).toBe('zh-CN');
    expect(byLocalName(doc, 'Host').filter((h) => h.getAttribute('Name')).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
    expect(byLocalName(doc, 'Permissions').map((p) => p.textContent?.trim())).toEqual(['ReadWriteDocument']);
  });

  test('OfficeApp children come in the order the schema’s sequence requires (Office rejects others at sideload)', () => {
    const schemaOrder = [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
      'AllowSnapshot', 'VersionOverrides',
    ];
    const children = Array.from(doc.documentElement.childNodes).filter((n): n is Element => n.nodeType === 1).map(local);
    expect(children.every((c) => schemaOrder.includes(c))).toBe(true);
    const positions = children.map((c) => schemaOrder.indexOf(c));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('has a GUID id and a four-part version', () => {
    const id = byLocalName(doc, 'Id')[0].textContent ?? '';
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(byLocalName(doc, 'Version')[0].textContent).toMatch(/^\d+(\.\d+){0,3}$/);
  });

  test('requires ExcelApi 1.7 (getRangeByIndexes), not more: newer sets are checked at run time', () => {
    const sets = byLocalName(doc, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.7']]);
  });

  test('every resid resolves to a resource of the right kind', () => {
    const expected: Record<string, string> = {
      Label: 'ShortStrings',
      Title: 'ShortStrings',
      Description: 'LongStrings',
      Image: 'Images',
      SourceLocation: 'Urls',
      FunctionFile: 'Urls',
      LearnMoreUrl: 'Urls',
    };
    const refs = elements(doc).filter((e) => e.hasAttribute('resid'));
    expect(refs.length).toBeGreaterThan(10);
    const broken = refs
      .map((e) => ({ tag: local(e), resid: e.getAttribute('resid') ?? '' }))
      .filter(({ tag, resid }) => resources.get(resid)?.kind !== expected[tag])
      .map(({ tag, resid }) => `${tag} resid="${resid}" → ${resources.get(resid)?.kind ?? 'missing'}`);
    expect(broken).toEqual([]);
  });

  test('every id and resid is at most 32 characters, and resource ids are unique', () => {
    const ids = elements(doc).flatMap((e) => ['id', 'resid'].map((a) => e.getAttribute(a)).filter((v): v is string => !!v));
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
    const declared = Array.from(doc.getElementsByTagNameNS(BT_NS, '*'))
      .map((e) => e.getAttribute('id'))
      .filter((v): v is string => !!v);
    expect(new Set(declared).size).toBe(declared.length);
  });

  test('strings are within Office’s lengths, in every locale', () => {
    const texts = (el: Element): string[] => [
      el.getAttribute('DefaultValue') ?? '',
      ...Array.from(el.getElementsByTagNameNS('*', 'Override')).map((o) => o.getAttribute('Value') ?? ''),
    ];
    const tooLong: string[] = [];
    const check = (what: string, el: Element, max: number) => {
      for (const t of texts(el)) if (t.length === 0 || t.length > max) tooLong.push(`${what}: ${t.length} “${t}”`);
    };
    for (const [id, r] of resources) {
      if (r.kind === 'ShortStrings') check(id, r.el, 125);
      if (r.kind === 'LongStrings') check(id, r.el, 250);
    }
    check('DisplayName', byLocalName(doc, 'DisplayName')[0], 125);
    check('Description', byLocalName(doc, 'Description').find((d) => d.hasAttribute('DefaultValue'))!, 250);
    expect(tooLong).toEqual([]);
  });

  test('names, descriptions and button labels have en-US overrides', () => {
    const missing: string[] = [];
    const needsEnglish = [byLocalName(doc, 'DisplayName')[0], byLocalName(doc, 'Description').find((d) => d.hasAttribute('DefaultValue'))!];
    for (const r of resources.values()) if (r.kind === 'ShortStrings' || r.kind === 'LongStrings') needsEnglish.push(r.el);
    for (const el of needsEnglish) {
      const en = Array.from(el.getElementsByTagNameNS('*', 'Override')).find((o) => o.getAttribute('Locale') === 'en-US');
      if (!en || !/^[\x20-\x7e−]+$/.test(en.getAttribute('Value') ?? '')) missing.push(el.getAttribute('id') ?? local(el));
    }
    expect(missing).toEqual([]);
  });

  test('the Home tab gets 生成排名 (generateRanking) and 考核通报 (the task pane)', () => {
    const tab = byLocalName(doc, 'OfficeTab')[0];
    expect(tab.getAttribute('id')).toBe('TabHome');
    const controls = Array.from(tab.getElementsByTagNameNS('*', 'Control')).map((c) => {
      const label = resources.get(c.getElementsByTagNameNS('*', 'Label')[0].getAttribute('resid') ?? '')?.value;
      const action = c.getElementsByTagNameNS('*', 'Action')[0];
      const target =
        action.getAttributeNS(XSI_NS, 'type') === 'ExecuteFunction'
          ? action.getElementsByTagNameNS('*', 'FunctionName')[0].textContent
          : resources.get(action.getElementsByTagNameNS('*', 'SourceLocation')[0].getAttribute('resid') ?? '')?.value;
      return [label, action.getAttributeNS(XSI_NS, 'type'), target];
    });
    expect(controls).toEqual([
      ['生成排名', 'ExecuteFunction', 'generateRanking'],
      ['考核通报', 'ShowTaskpane', `${DEV_BASE}taskpane.html`],
    ]);
  });

  test('the ribbon function name is the one the command page associates', () => {
    const source = readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
    const name = byLocalName(doc, 'FunctionName')[0].textContent ?? '';
    expect(source).toContain(`Office.actions.associate('${name}'`);
  });

  test('every URL is https on the dev base and points at a file this repository provides', () => {
    const urls = [
      ...elements(doc).flatMap((e) => (['IconUrl', 'HighResolutionIconUrl', 'SourceLocation', 'SupportUrl'].includes(local(e)) ? [e.getAttribute('DefaultValue') ?? ''] : [])),
      ...Array.from(resources.values())
        .filter((r) => r.kind === 'Images' || r.kind === 'Urls')
        .map((r) => r.value),
    ].filter((u) => u !== '');
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith(DEV_BASE))).toEqual([]);
    expect(urls.filter((u) => !existsSync(localFileOf(u)))).toEqual([]);
  });

  test('every icon exists at its declared size, and the listing icons are 32 and 64 px', () => {
    const wrong: string[] = [];
    for (const el of byLocalName(doc, 'Image').filter((e) => e.hasAttribute('resid'))) {
      const declared = Number(el.getAttribute('size'));
      const url = resources.get(el.getAttribute('resid') ?? '')?.value ?? '';
      const { width, height } = pngSize(localFileOf(url));
      if (width !== declared || height !== declared) wrong.push(`${url}: declared ${declared}, is ${width}×${height}`);
    }
    const listing = (tag: string) => pngSize(localFileOf(byLocalName(doc, tag)[0].getAttribute('DefaultValue') ?? ''));
    expect(listing('IconUrl')).toEqual({ width: 32, height: 32 });
    expect(listing('HighResolutionIconUrl')).toEqual({ width: 64, height: 64 });
    expect(wrong).toEqual([]);
  });

  test('assets hold the add-in icon at 16, 32, 64, 80 and 128 px', () => {
    for (const size of [16, 32, 64, 80, 128]) expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  test('a production build rewrites every URL to ADDIN_BASE_URL and stays well-formed', () => {
    const base = 'https://addins.example.org/window-bulletin/';
    const rewritten = rewriteManifestBaseUrl(xml, base);
    expect(rewritten).not.toContain('localhost');
    const urls = rewritten.match(/https?:\/\/[^"\s<]+/g) ?? [];
    const own = urls.filter((u) => !u.startsWith('http://schemas.') && !u.startsWith('http://www.w3.org/'));
    expect(own.length).toBeGreaterThan(8);
    expect(own.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(() => parseStrict(rewritten)).not.toThrow();
    expect(() => rewriteManifestBaseUrl(xml, 'http://insecure.example.org/')).toThrow(/https/);
    expect(() => rewriteManifestBaseUrl(xml, 'https://x.example.org/a"b/')).toThrow();
  });
});
