/**
 * How many sheets and workbook relationships a package has: where a test expects the part, sheetId and rId of the
 * sheet a copy adds (the next free number), it derives them from its input instead of hard-coding the sample's
 * shape, which grows as input sheets are added to the sample (the bulletin's, then the ledger's).
 */
import JSZip from 'jszip';

export interface PackageCounts {
  sheets: number;
  workbookRels: number;
}

export async function packageCounts(bytes: Buffer, workbookPart = 'xl/workbook.xml'): Promise<PackageCounts> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file(workbookPart)!.async('string');
  const relsPart = workbookPart.replace(/([^/]+)$/u, '_rels/$1.rels');
  const rels = await zip.file(relsPart)!.async('string');
  return { sheets: (workbook.match(/<(?:\w+:)?sheet\s/gu) ?? []).length, workbookRels: (rels.match(/<(?:\w+:)?Relationship\s/gu) ?? []).length };
}
