/**
 * Worksheet XML where rows and cells carry no r attribute (allowed by ECMA-376: position then follows document
 * order). Case-management systems export such files; ExcelJS cannot place those cells and throws. This gives
 * every row and cell its explicit reference so the package can be read as Excel reads it.
 */
import JSZip from 'jszip';
import { cellAddress, parseCellAddress } from '../core/address';

const ROW = /<row(?=[\s>/])([^>]*?)(\/?)>/gu;
const CELL = /<c(?=[\s>/])([^>]*?)(\/?)>/gu;
const R_ATTR = /\sr="([^"]*)"/u;

/** The sheetData part of one worksheet with every row and cell numbered; other XML is left as it is. */
export function numberRowsAndCells(sheetXml: string): string {
  const start = sheetXml.indexOf('<sheetData');
  const end = sheetXml.lastIndexOf('</sheetData>');
  if (start < 0 || end < 0) return sheetXml;
  let rowNumber = 0;
  const data = sheetXml.slice(start, end);
  // Split at row starts: each piece holds one row's opening tag and its cells.
  const pieces = data.split(/(?=<row[\s>/])/u);
  const numbered = pieces.map((piece) => {
    if (!piece.startsWith('<row')) return piece;
    let col = -1;
    return piece
      .replace(ROW, (tag, attrs: string, close: string) => {
        const r = R_ATTR.exec(attrs);
        rowNumber = r ? Number(r[1]) : rowNumber + 1;
        return r ? tag : `<row r="${rowNumber}"${attrs}${close}>`;
      })
      .replace(CELL, (tag, attrs: string, close: string) => {
        const r = R_ATTR.exec(attrs);
        const at = r ? parseCellAddress(r[1]) : null;
        col = at ? at.col : col + 1;
        return r ? tag : `<c r="${cellAddress(rowNumber - 1, col)}"${attrs}${close}>`;
      });
  });
  return sheetXml.slice(0, start) + numbered.join('') + sheetXml.slice(end);
}

/** True when some row or cell of the sheet has no r attribute. */
function lacksRefs(sheetXml: string): boolean {
  for (const re of [ROW, CELL]) {
    re.lastIndex = 0;
    for (let m = re.exec(sheetXml); m; m = re.exec(sheetXml)) if (!R_ATTR.test(m[1])) return true;
  }
  return false;
}

/** The package with its worksheets numbered, or null when every row and cell already has its reference. */
export async function withCellRefs(bytes: Buffer): Promise<Buffer | null> {
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/u.test(n))) {
    const xml = await zip.file(name)!.async('string');
    if (!lacksRefs(xml)) continue;
    zip.file(name, numberRowsAndCells(xml));
    changed = true;
  }
  return changed ? zip.generateAsync({ type: 'nodebuffer' }) : null;
}
