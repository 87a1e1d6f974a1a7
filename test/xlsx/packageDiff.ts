/**
 * What a copy of a package changed: the parts whose contents differ from the original's, and the parts it added.
 * A sheet added to a workbook may change only the parts that list sheets and formats.
 */
import JSZip from 'jszip';

/** The parts adding one sheet edits (entries added, none changed); anything else must come out identical. */
export const SHEET_LISTING_PARTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

export interface PackageDiff {
  changed: string[];
  added: string[];
  removed: string[];
}

export async function packageDiff(original: Buffer, copy: Buffer): Promise<PackageDiff> {
  const before = await partBytes(original);
  const after = await partBytes(copy);
  const changed = [...before].filter(([name, bytes]) => after.has(name) && !after.get(name)!.equals(bytes)).map(([name]) => name);
  return {
    changed: changed.sort(),
    added: [...after.keys()].filter((name) => !before.has(name)).sort(),
    removed: [...before.keys()].filter((name) => !after.has(name)).sort(),
  };
}

async function partBytes(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(name, await entry.async('nodebuffer'));
  return parts;
}
