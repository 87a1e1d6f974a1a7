/**
 * The sample workbook as other writers package it: parts behind a UTF-8 byte-order mark (WPS, EPPlus, ClosedXML,
 * FlexCel), in UTF-16 (Excel Mobile), with other namespace prefixes (the .NET SDK's "x:", any prefix for the
 * relationships namespace), in a declared legacy encoding. Each is valid XML and opens in Excel and LibreOffice.
 */
import JSZip from 'jszip';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** The parts a copy with a sheet added rewrites. */
export const EDITED_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

export type PartTransform = (xml: string, part: string) => Buffer;

/** The package with each of `parts` (UTF-8 text) replaced by what `transform` makes of it. */
export async function withParts(input: Buffer, parts: readonly string[], transform: PartTransform): Promise<Buffer> {
  const zip = await JSZip.loadAsync(input);
  for (const part of parts) zip.file(part, transform(await zip.file(part)!.async('string'), part));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export const utf8WithBom: PartTransform = (xml) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml, 'utf8')]);

export function utf16(bigEndian: boolean, bom = true): PartTransform {
  return (xml) => {
    const bytes = Buffer.from(xml.replace(/encoding="UTF-8"/iu, 'encoding="UTF-16"'), 'utf16le');
    if (bigEndian) bytes.swap16();
    return bom ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), bytes]) : bytes;
  };
}

/** ISO-8859-1, declared: only for parts whose text is all Latin-1. */
export const latin1: PartTransform = (xml) => Buffer.from(xml.replace(/encoding="UTF-8"/iu, 'encoding="ISO-8859-1"'), 'latin1');

/** The same XML with namespace `ns` (default or prefixed) moved to prefix `p`, on every element and attribute in it. */
export function withPrefix(p: string, ns: string): PartTransform {
  return (xml) => {
    const declared = new RegExp(`xmlns(?::([\\w.-]+))?="${ns.replace(/[.]/gu, '\\.')}"`, 'u').exec(xml);
    if (!declared) throw new Error(`no ${ns} declared`);
    const old = declared[1];
    let out = xml.replace(declared[0], `xmlns:${p}="${ns}"`);
    out = old
      ? out.replace(new RegExp(`([<\\s/])${old}:`, 'gu'), `$1${p}:`)
      : out.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/gu, (m, slash: string, name: string) => (name.includes(':') ? m : `<${slash}${p}:${name}`));
    return Buffer.from(out, 'utf8');
  };
}
