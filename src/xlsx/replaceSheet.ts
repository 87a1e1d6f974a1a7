/**
 * A sheet the product made before (「考核历史」, a roll-up) takes the content of the sheet just added beside it,
 * and the added one goes: the old tab keeps its place, its name, its sheetId and its relationship, so formulas,
 * defined names and links that point at it by name or id still do. The parts hung on the old sheet (its Excel
 * table, its drawing and the drawing's charts) are removed with their content types; a calculation chain that
 * mentions the old sheet is dropped, as Excel rebuilds it (a stale one makes Excel repair the file).
 * The workbook, its relationships and [Content_Types].xml are edited in their own bytes (addSheet/partEditor.ts):
 * only the elements named here are taken away or changed.
 */
import { escapeText, PartEditor } from './addSheet/partEditor';
import { attribute, readPart, scanPart, type ClosedElement } from './addSheet/partScan';
import { listedSheets, scanRelationships, scanTwoLevels, scanWorkbook } from './addSheet/registerSheet';
import { isRelationshipType } from './namespaces';
import { openPackage, relationshipsOf, relationshipsPartOf, resolvePart, type OpenPackage } from './packageParts';
import { CONTENT_TYPES, requiredPart, sheetPartPath, workbookPartPath } from './sheetAttachments';

/** Removes parts and their content-type overrides; a drawing takes its charts with it. */
async function removeParts(pkg: OpenPackage, parts: string[], gone: Set<string>): Promise<void> {
  for (const part of parts) {
    if (/\/drawings\/[^/]+\.xml$/u.test(part)) {
      const inner = (await relationshipsOf(pkg, part)).filter((r) => isRelationshipType(r.type, 'chart')).map((r) => r.part);
      await removeParts(pkg, inner, gone);
      pkg.remove(relationshipsPartOf(part));
    }
    pkg.remove(part);
    gone.add(`/${part}`);
  }
}

/** The workbook's <definedName> elements with their formula text. */
function definedNames(part: Parameters<typeof scanPart>[0]): { element: ClosedElement; text: string }[] {
  const names: { element: ClosedElement; text: string }[] = [];
  let rootUri = '';
  let text: string | null = null;
  scanPart(part, {
    open(el) {
      if (el.depth === 0) rootUri = el.uri;
      if (el.depth === 2 && el.local === 'definedName' && el.uri === rootUri) text = '';
    },
    text(t) {
      if (text !== null) text += t;
    },
    close(el) {
      if (text !== null && el.depth === 2 && el.local === 'definedName') {
        names.push({ element: el, text });
        text = null;
      }
    },
  });
  return names;
}

/** Does the calculation chain list a cell of the sheet with this sheetId? */
function chainMentions(part: Parameters<typeof scanPart>[0], sheetId: string): boolean {
  let found = false;
  scanPart(part, {
    open(el) {
      if (el.depth === 1 && el.local === 'c' && attribute(el, 'i') === sheetId) found = true;
    },
  });
  return found;
}

const quoted = (name: string) => `'${name.replace(/'/gu, "''")}'!`;

export async function replaceSheet(bytes: Buffer, oldName: string, addedName: string): Promise<Buffer> {
  const pkg = await openPackage(bytes);
  const put = (path: string, content: Buffer) => pkg.file(path, content, { createFolders: false });
  const workbookPath = await workbookPartPath(pkg);
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const oldPath = await sheetPartPath(pkg, oldName);
  const addedPath = await sheetPartPath(pkg, addedName);
  const gone = new Set<string>();

  // The old sheet's own parts.
  const oldRels = await relationshipsOf(pkg, oldPath);
  await removeParts(pkg, oldRels.filter((r) => isRelationshipType(r.type, 'table') || isRelationshipType(r.type, 'drawing')).map((r) => r.part), gone);
  pkg.remove(relationshipsPartOf(oldPath));

  // The added sheet's content moves into the old part; the added part and its listing go.
  put(oldPath, (await requiredPart(pkg, addedPath)).bytes);
  pkg.remove(addedPath);
  gone.add(`/${addedPath}`);

  const workbookPart = await requiredPart(pkg, workbookPath);
  const workbook = scanWorkbook(workbookPart);
  const sheets = listedSheets(workbook);
  const oldIndex = sheets.findIndex((s) => s.name === oldName);
  const addedIndex = sheets.findIndex((s) => s.name === addedName);
  const oldSheetId = attribute(sheets[oldIndex].element, 'sheetId') ?? '';
  const addedRelId = sheets[addedIndex].relId;
  const wb = new PartEditor(workbookPart.bytes, workbookPart.encoding);
  wb.remove(sheets[addedIndex].element);
  // Sheet-scoped names: the old sheet's are replaced by the added sheet's (print titles), moved to the old position.
  const names = definedNames(workbookPart);
  const scopeOf = (n: { element: ClosedElement }) => attribute(n.element, 'localSheetId');
  const addedNames = new Set(names.filter((n) => scopeOf(n) === String(addedIndex)).map((n) => attribute(n.element, 'name')));
  const dropped = names.filter((n) => scopeOf(n) === String(oldIndex) && addedNames.has(attribute(n.element, 'name')));
  const list = workbook.children.find((c) => c.local === 'definedNames');
  // An empty <definedNames> breaks the schema (it needs one name): it goes whole with its last name.
  if (list && dropped.length === names.length) wb.remove(list);
  for (const n of names) {
    const scope = scopeOf(n);
    if (dropped.includes(n)) {
      if (dropped.length < names.length) wb.remove(n.element);
    } else if (scope === String(addedIndex)) {
      wb.setAttribute(n.element, 'localSheetId', String(oldIndex));
      wb.replaceContent(n.element, escapeText(n.text.split(quoted(addedName)).join(quoted(oldName))));
    } else if (scope !== null && Number(scope) > addedIndex) wb.setAttribute(n.element, 'localSheetId', String(Number(scope) - 1));
  }
  put(workbookPath, wb.result());

  const relsPath = relationshipsPartOf(workbookPath);
  const rels = scanRelationships(await requiredPart(pkg, relsPath));
  const relsEditor = new PartEditor(rels.part.bytes, rels.part.encoding);
  // scanRelationships lists the <Relationship> children in order: the k-th relationship is the k-th element.
  const elements = rels.children.filter((c) => c.local === 'Relationship');
  for (const [k, r] of rels.relationships.entries()) {
    const element = elements[k];
    if (r.id === addedRelId) relsEditor.remove(element);
    // A calculation chain naming the old sheet is dropped with its relationship; Excel makes a new one.
    if (!r.external && isRelationshipType(r.type, 'calcChain')) {
      const chainPath = resolvePart(folder, r.target);
      const chain = await readPart(pkg, chainPath);
      if (chain && chainMentions(chain, oldSheetId)) {
        relsEditor.remove(element);
        pkg.remove(chainPath);
        gone.add(`/${chainPath}`);
      }
    }
  }
  put(relsPath, relsEditor.result());

  const types = scanTwoLevels(await requiredPart(pkg, CONTENT_TYPES));
  const typesEditor = new PartEditor(types.part.bytes, types.part.encoding);
  for (const o of types.children) if (o.local === 'Override' && gone.has(attribute(o, 'PartName') ?? '')) typesEditor.remove(o);
  put(CONTENT_TYPES, typesEditor.result());
  return pkg.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
