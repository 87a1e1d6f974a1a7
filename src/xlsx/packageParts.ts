/**
 * The parts of an .xlsx package (a zip of XML files), read one at a time: a part is inflated in chunks, decoded
 * and parsed as it arrives, so a 400 MB worksheet never exists as one string. Parts are found as the Open
 * Packaging Conventions say: the main document from the package's relationships (_rels/.rels), every other part
 * from the relationships of the part that uses it, with targets resolved to part paths.
 */
import JSZip from 'jszip';
import { isRelationshipType, PACKAGE_RELATIONSHIPS_NS } from './namespaces';
import { PartDecoder } from './partDecoder';
import { XmlScanner, type XmlHandlers } from './xmlScanner';

export type { XmlHandlers } from './xmlScanner';

export type OpenPackage = JSZip;

export async function openPackage(bytes: Buffer): Promise<OpenPackage> {
  return JSZip.loadAsync(bytes);
}

export function hasPart(pkg: OpenPackage, path: string): boolean {
  const entry = pkg.file(path);
  return entry !== null && !entry.dir;
}

/**
 * Streams one part through the XML scanner. Throws on damaged compressed data or malformed (e.g. truncated) XML:
 * the parser is closed at the end, which checks that every element was closed.
 */
export async function parsePart(pkg: OpenPackage, path: string, handlers: XmlHandlers): Promise<void> {
  const entry = pkg.file(path);
  if (!entry) throw new Error(`缺少部件 ${path}`);
  const parser = new XmlScanner(handlers);
  // The decoder follows XML's encoding rules (BOM, UTF-16, declared encoding) and keeps a character split between chunks.
  const decoder = new PartDecoder();
  // JSZip's stream predates async iteration: each chunk is parsed inside its data event, so none piles up. Its
  // internal stream (documented, though not in its typings) runs in Node and in a browser alike; nodeStream is
  // Node only, and the web page (src/file) reads workbooks through this same code.
  await new Promise<void>((resolve, reject) => {
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream('uint8array');
    let failed = false;
    const fail = (e: unknown) => {
      failed = true;
      stream.pause();
      reject(e);
    };
    stream.on('data', (chunk: Uint8Array) => {
      if (failed) return;
      try {
        // A view on the chunk's own bytes, no copy (Buffer is the shim from the `buffer` package in the web page).
        parser.write(decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
      } catch (e) {
        fail(e);
      }
    });
    stream.on('error', fail);
    stream.on('end', () => {
      if (failed) return;
      try {
        parser.write(decoder.end());
        parser.close();
        resolve();
      } catch (e) {
        fail(e);
      }
    });
    stream.resume();
  });
}

export interface Relationship {
  id: string;
  type: string;
  /** The target as a part path inside the package ("xl/worksheets/sheet1.xml"). */
  part: string;
}

/** The part holding a part's relationships: "xl/_rels/workbook.xml.rels" for "xl/workbook.xml", "_rels/.rels" for the package (""). */
export function relationshipsPartOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The relationships of a part (from its _rels/NAME.rels), external links left out. */
export async function relationshipsOf(pkg: OpenPackage, partPath: string): Promise<Relationship[]> {
  const dir = partPath.slice(0, partPath.lastIndexOf('/') + 1);
  const relsPath = relationshipsPartOf(partPath);
  if (!hasPart(pkg, relsPath)) return [];
  const found: Relationship[] = [];
  await parsePart(pkg, relsPath, {
    open(name, a, ns) {
      const target = a.get('Target');
      if (name !== 'Relationship' || ns !== PACKAGE_RELATIONSHIPS_NS || a.get('TargetMode') === 'External' || !target) return;
      found.push({ id: a.get('Id') ?? '', type: a.get('Type') ?? '', part: resolvePart(dir, target) });
    },
  });
  return found;
}

/**
 * The package's main document (for a workbook, its workbook part) from the officeDocument relationship of
 * _rels/.rels, wherever it is and whatever it is called; null when the package names none.
 */
export async function mainDocumentPart(pkg: OpenPackage): Promise<string | null> {
  const rels = await relationshipsOf(pkg, '');
  return rels.find((r) => isRelationshipType(r.type, 'officeDocument'))?.part ?? null;
}

/** The target a relationship of `fromPart` gives to reach `toPart` ("../drawings/drawing1.xml"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** A relationship target relative to the source part's folder, or absolute from the package root. */
export function resolvePart(dir: string, target: string): string {
  const segments = target.startsWith('/') ? [] : dir.split('/').filter(Boolean);
  for (const s of target.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') segments.pop();
    else segments.push(s);
  }
  return segments.join('/');
}
