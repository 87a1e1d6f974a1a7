/**
 * Small workbook packages written part by part, to test the reader on what the Open Packaging Conventions and XML
 * allow but ExcelJS never writes: the workbook elsewhere than xl/workbook.xml, other prefixes, strict namespaces,
 * parts in UTF-16 or a declared legacy encoding.
 */
import JSZip from 'jszip';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface HandmadeOptions {
  /** Where the workbook part is (default xl/workbook.xml), and its sheet (default xl/worksheets/sheet1.xml). */
  workbookPart?: string;
  sheetPart?: string;
  /** Prefix bound to the relationships namespace in the workbook (default r). */
  relPrefix?: string;
  strict?: boolean;
  /** The worksheet's elements with this prefix (default none: the main namespace is the default one). */
  mainPrefix?: string;
  sheetName?: string;
  /** Rows of inline-string or number cells. */
  rows?: (string | number)[][];
  /** Markup put after </sheetData> (form controls, drawings). */
  afterSheetData?: string;
  /** Extra namespace declarations on the worksheet root. */
  sheetNamespaces?: string;
  /** Each XML part's text → its bytes (default UTF-8 without a mark). */
  encode?: (xml: string, part: string) => Buffer;
  /** Leave _rels/.rels out. */
  noPackageRels?: boolean;
}

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');

function relative(from: string, to: string): string {
  const up = from.split('/').slice(0, -1);
  const target = to.split('/');
  while (up.length > 0 && target.length > 1 && up[0] === target[0]) {
    up.shift();
    target.shift();
  }
  return [...up.map(() => '..'), ...target].join('/');
}

export function cellRef(row: number, col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

export async function handmadePackage(o: HandmadeOptions = {}): Promise<Buffer> {
  const workbookPart = o.workbookPart ?? 'xl/workbook.xml';
  const sheetPart = o.sheetPart ?? 'xl/worksheets/sheet1.xml';
  const rp = o.relPrefix ?? 'r';
  const main = o.strict ? STRICT_MAIN : MAIN;
  const rel = o.strict ? STRICT_REL : REL;
  const docType = o.strict ? 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument' : `${REL}/officeDocument`;
  const sheetType = `${rel}/worksheet`;
  const m = o.mainPrefix ? `${o.mainPrefix}:` : '';
  const mainDecl = o.mainPrefix ? `xmlns:${o.mainPrefix}="${main}"` : `xmlns="${main}"`;
  const rows = (o.rows ?? [['部门窗口', '减分分值'], ['甲', 1]])
    .map((cells, r) => {
      const cs = cells.map((v, c) =>
        typeof v === 'number'
          ? `<${m}c r="${cellRef(r, c)}"><${m}v>${v}</${m}v></${m}c>`
          : `<${m}c r="${cellRef(r, c)}" t="inlineStr"><${m}is><${m}t>${esc(v)}</${m}t></${m}is></${m}c>`,
      );
      return `<${m}row r="${r + 1}">${cs.join('')}</${m}row>`;
    })
    .join('');
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/${workbookPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/${sheetPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    [workbookPart]:
      `${decl}<${m}workbook ${mainDecl} xmlns:${rp}="${rel}"><${m}sheets>` +
      `<${m}sheet name="${esc(o.sheetName ?? '考核')}" sheetId="1" ${rp}:id="rId1"/></${m}sheets></${m}workbook>`,
    [`${workbookPart.replace(/[^/]*$/u, '')}_rels/${workbookPart.split('/').pop()}.rels`]:
      `${decl}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${sheetType}" Target="${relative(workbookPart, sheetPart)}"/></Relationships>`,
    [sheetPart]:
      `${decl}<${m}worksheet ${mainDecl}${o.sheetNamespaces ? ` ${o.sheetNamespaces}` : ''}><${m}sheetData>${rows}</${m}sheetData>${o.afterSheetData ?? ''}</${m}worksheet>`,
  };
  if (!o.noPackageRels) {
    parts['_rels/.rels'] = `${decl}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${docType}" Target="/${workbookPart}"/></Relationships>`;
  }
  const zip = new JSZip();
  for (const [name, xml] of Object.entries(parts)) zip.file(name, o.encode ? o.encode(xml, name) : Buffer.from(xml, 'utf8'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** UTF-16 bytes of `text`, little- or big-endian, with or without a byte-order mark. */
export function utf16(text: string, endian: 'le' | 'be', mark: boolean): Buffer {
  const le = Buffer.from((mark ? '\uFEFF' : '') + text, 'utf16le');
  if (endian === 'le') return le;
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}
