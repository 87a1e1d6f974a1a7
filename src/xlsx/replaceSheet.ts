/**
 * A sheet the product made before (「考核历史」, a roll-up) takes the content of the sheet just added beside it,
 * and the added one goes: the old tab keeps its place, its name, its sheetId and its relationship, so formulas,
 * defined names and links that point at it by name or id still do. The parts hung on the old sheet (its Excel
 * table, its drawing and the drawing's charts) are removed with their content types; a calculation chain that
 * mentions the old sheet is dropped, as Excel rebuilds it (a stale one makes Excel repair the file).
 */
import { childNamed, childrenNamed, parseXml, serializeXml, type XmlElement } from './addSheet/xmlDom';
import { openPackage, relationshipsOf, type OpenPackage } from './packageParts';
import { sheetPartPath } from './sheetAttachments';
import { WORKBOOK_PART } from './workbookParts';

const CONTENT_TYPES = '[Content_Types].xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

async function text(pkg: OpenPackage, path: string): Promise<string> {
  const entry = pkg.file(path);
  if (!entry) throw new Error(`missing part ${path}`);
  return entry.async('string');
}

/** Removes parts and their content-type overrides; a drawing takes its charts with it. */
async function removeParts(pkg: OpenPackage, parts: string[], overrides: Set<string>): Promise<void> {
  for (const part of parts) {
    if (/\/drawings\/[^/]+\.xml$/u.test(part)) {
      const inner = (await relationshipsOf(pkg, part)).filter((r) => /\/chart$/u.test(r.type)).map((r) => r.part);
      await removeParts(pkg, inner, overrides);
      pkg.remove(relsPathOf(part));
    }
    pkg.remove(part);
    overrides.add(`/${part}`);
  }
}

export async function replaceSheet(bytes: Buffer, oldName: string, addedName: string): Promise<Buffer> {
  const pkg = await openPackage(bytes);
  const oldPath = await sheetPartPath(pkg, oldName);
  const addedPath = await sheetPartPath(pkg, addedName);
  const gone = new Set<string>();

  // The old sheet's own parts.
  const oldRels = await relationshipsOf(pkg, oldPath);
  await removeParts(pkg, oldRels.filter((r) => /\/(table|drawing)$/u.test(r.type)).map((r) => r.part), gone);
  pkg.remove(relsPathOf(oldPath));

  // The added sheet's content moves into the old part; the added part and its listing go.
  pkg.file(oldPath, await text(pkg, addedPath), { createFolders: false });
  pkg.remove(addedPath);
  gone.add(`/${addedPath}`);

  const wbDoc = parseXml(await text(pkg, WORKBOOK_PART), WORKBOOK_PART);
  const root = wbDoc.documentElement!;
  const sheets = childrenNamed(childNamed(root, 'sheets')!, 'sheet');
  const oldIndex = sheets.findIndex((s) => s.getAttribute('name') === oldName);
  const addedIndex = sheets.findIndex((s) => s.getAttribute('name') === addedName);
  const oldSheetId = sheets[oldIndex].getAttribute('sheetId');
  const addedRelId = sheets[addedIndex].getAttributeNS(REL_NS, 'id');
  sheets[addedIndex].parentNode!.removeChild(sheets[addedIndex]);
  // Sheet-scoped names: the old sheet's are replaced by the added sheet's (print titles), moved to the old position.
  const names = childNamed(root, 'definedNames');
  if (names) {
    const list: XmlElement[] = childrenNamed(names, 'definedName');
    const addedNames = new Set(list.filter((n) => n.getAttribute('localSheetId') === String(addedIndex)).map((n) => n.getAttribute('name')));
    for (const n of list) {
      const scope = n.getAttribute('localSheetId');
      if (scope === String(oldIndex) && addedNames.has(n.getAttribute('name'))) names.removeChild(n);
      else if (scope === String(addedIndex)) {
        n.setAttribute('localSheetId', String(oldIndex));
        n.textContent = (n.textContent ?? '').split(`'${addedName.replace(/'/gu, "''")}'!`).join(`'${oldName.replace(/'/gu, "''")}'!`);
      } else if (scope !== null && Number(scope) > addedIndex) n.setAttribute('localSheetId', String(Number(scope) - 1));
    }
    if (childrenNamed(names, 'definedName').length === 0) root.removeChild(names);
  }
  pkg.file(WORKBOOK_PART, serializeXml(wbDoc), { createFolders: false });

  const relsDoc = parseXml(await text(pkg, WORKBOOK_RELS), WORKBOOK_RELS);
  for (const r of childrenNamed(relsDoc.documentElement!, 'Relationship')) {
    if (r.getAttribute('Id') === addedRelId) relsDoc.documentElement!.removeChild(r);
    // A calculation chain naming the old sheet is dropped with its relationship; Excel makes a new one.
    if (/\/calcChain$/u.test(r.getAttribute('Type') ?? '')) {
      const chainPath = `xl/${(r.getAttribute('Target') ?? '').replace(/^\/?xl\//u, '')}`;
      const chain = pkg.file(chainPath) ? await text(pkg, chainPath) : '';
      if (new RegExp(`\\bi="${oldSheetId}"`, 'u').test(chain)) {
        relsDoc.documentElement!.removeChild(r);
        pkg.remove(chainPath);
        gone.add(`/${chainPath}`);
      }
    }
  }
  pkg.file(WORKBOOK_RELS, serializeXml(relsDoc), { createFolders: false });

  const typesDoc = parseXml(await text(pkg, CONTENT_TYPES), CONTENT_TYPES);
  for (const o of childrenNamed(typesDoc.documentElement!, 'Override')) {
    if (gone.has(o.getAttribute('PartName') ?? '')) typesDoc.documentElement!.removeChild(o);
  }
  pkg.file(CONTENT_TYPES, serializeXml(typesDoc), { createFolders: false });
  return pkg.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
