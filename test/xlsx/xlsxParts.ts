/**
 * Reading the XML inside a saved .xlsx, to check what Excel and WPS will actually see (a <f> formula element,
 * a shared string, a font charset), not only what ExcelJS reports back. Uses jszip, which ExcelJS depends on.
 */
import JSZip from 'jszip';

export async function xlsxPart(bytes: Buffer, part: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part} in the package`);
  return file.async('string');
}

/** The worksheet XML of the sheet with this tab name (resolved through workbook.xml and its relationships). */
export async function sheetXml(bytes: Buffer, sheetName: string): Promise<string> {
  const workbook = await xlsxPart(bytes, 'xl/workbook.xml');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => attr(tag, 'name') === escapeXml(sheetName));
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rid = attr(sheet, 'r:id');
  const rels = await xlsxPart(bytes, 'xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => attr(tag, 'Id') === rid);
  if (!rel) throw new Error(`no relationship ${rid}`);
  const target = attr(rel, 'Target') as string;
  return xlsxPart(bytes, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
}

export async function sharedStrings(bytes: Buffer): Promise<string[]> {
  const xml = await xlsxPart(bytes, 'xl/sharedStrings.xml');
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')),
  );
}

/** The <c> element of one cell address in a worksheet XML, or null. */
export function cellElement(sheet: string, address: string): string | null {
  const m = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(sheet);
  return m ? m[0] : null;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag)?.[1];
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * Where a part's (compressed or stored) bytes start in a zip: its local header, found by walking the headers from
 * the start (JSZip writes each part's sizes in its header). For tests that damage one part's data.
 */
export function partDataOffset(zip: Buffer, part: string): number {
  for (let at = 0; zip.readUInt32LE(at) === 0x04034b50; ) {
    const nameLength = zip.readUInt16LE(at + 26);
    const data = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    if (zip.toString('utf8', at + 30, at + 30 + nameLength) === part) return data;
    at = data + zip.readUInt32LE(at + 18);
  }
  throw new Error(`no local header for ${part}`);
}
