/**
 * manifest.xml, and the dist/manifest.xml a production build writes, validated against Microsoft's published XSDs
 * (vendor/manifest-schemas, origin in its README) by libxml2 (the xmllint-wasm package): an XML checker that is
 * not ours. The offline checks in manifest.test.ts stay for what the XSDs cannot see (resid resolution, icon sizes,
 * duplicate ids, the function name the command page registers).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';
import { MANIFEST_BASE_URL, productionPane } from '../e2e/servedPane';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const SCHEMAS = path.join(ROOT, 'vendor/manifest-schemas');
const ENTRY_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const BASE = MANIFEST_BASE_URL;

/** Validates against the entry schema, with the schemas it imports preloaded into xmllint's file system. */
function validateManifest(xml: string, fileName = 'manifest.xml'): Promise<XMLValidationResult> {
  const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd'));
  const read = (f: string) => ({ fileName: f, contents: readFileSync(path.join(SCHEMAS, f), 'utf8') });
  return validateXML({
    xml: { fileName, contents: xml },
    schema: read(ENTRY_SCHEMA),
    preload: files.filter((f) => f !== ENTRY_SCHEMA).map(read),
  });
}

function messages(result: XMLValidationResult): string[] {
  return result.errors.map((e) => `${e.loc ? `line ${e.loc.lineNumber}: ` : ''}${e.message}`);
}

const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml against Microsoft’s XSDs', () => {
  test('validates', async () => {
    const result = await validateManifest(manifest);
    expect(messages(result)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  // The validator must be able to say no: each of these is a mistake Office rejects at sideload.
  test.each([
    ['SupportUrl after Hosts (sequence order)', (xml: string) => xml.replace(/\s*<SupportUrl [^>]*\/>/, '').replace('</Hosts>', '</Hosts>\n  <SupportUrl DefaultValue="https://localhost:3000/help.html" />')],
    ['an Id that is not a GUID', (xml: string) => xml.replace(/<Id>[^<]*<\/Id>/, '<Id>window-bulletin</Id>')],
    ['a ShortString over 125 characters', (xml: string) => xml.replace('DefaultValue="生成排名"', `DefaultValue="${'排'.repeat(126)}"`)],
    ['a SupportUrl without its DefaultValue', (xml: string) => xml.replace(/<SupportUrl DefaultValue="[^"]*"/, '<SupportUrl')],
    ['a second SupportUrl', (xml: string) => xml.replace(/(<SupportUrl [^>]*\/>)/, '$1$1')],
  ])('rejects %s', async (_what, damage) => {
    const damaged = damage(manifest);
    expect(damaged).not.toBe(manifest);
    const result = await validateManifest(damaged);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  test('has a SupportUrl, and the GetStarted “learn more” link is the help page, not the pane', () => {
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/help\.html" \/>/);
    expect(manifest).toMatch(/<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/help\.html" \/>/);
  });
});

describe('the production build’s dist/manifest.xml', () => {
  let built: string;
  /** The real production build (webpack config, manifest rewritten to BASE): the run's one build, which the e2e files serve. */
  let BUILD_DIR: string;

  beforeAll(async () => {
    BUILD_DIR = await productionPane();
    built = readFileSync(path.join(BUILD_DIR, 'manifest.xml'), 'utf8');
  });

  test('validates, with every URL on ADDIN_BASE_URL', async () => {
    const result = await validateManifest(built, 'dist-manifest.xml');
    expect(messages(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(built).not.toContain('localhost');
  });

  test('every URL it names is a file of the build (pages, icons, the help page)', () => {
    const urls = [...built.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    const files = urls.map((u) => u.slice(BASE.length).split(/[?#]/)[0]);
    expect(files).toEqual(expect.arrayContaining(['help.html', 'taskpane.html', 'commands.html', 'assets/icon-32.png']));
    expect(files.filter((f) => !existsSync(path.join(BUILD_DIR, f)))).toEqual([]);
  });

  test('the help page is static text whose own references resolve in the build', () => {
    const help = readFileSync(path.join(BUILD_DIR, 'help.html'), 'utf8');
    expect(help).not.toMatch(/<script/i);
    expect(help).toContain("default-src 'none'");
    // The build minifies the page, so attribute values may be unquoted.
    const refs = [...help.matchAll(/\b(?:href|src)=(?:"([^"]*)"|([^\s>]+))/g)].map((m) => m[1] ?? m[2]).filter((r) => !r.startsWith('#'));
    expect(refs).toEqual(expect.arrayContaining(['help.css', 'assets/icon-32.png', 'assets/icon-64.png']));
    expect(refs.filter((r) => !existsSync(path.join(BUILD_DIR, r)))).toEqual([]);
  });
});
