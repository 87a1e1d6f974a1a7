/**
 * Registering a new worksheet part in a package: the workbook lists it (last tab, a fresh sheetId and
 * relationship id), the workbook's relationships point at the part, and [Content_Types].xml says what it is.
 * Sheet-scoped defined names written for the sheet (print titles) come along with the sheet's new position.
 * Each edit adds elements and changes no existing one, spliced into the part's own bytes (partEditor.ts): the
 * workbook's sheets, names and links, its prefixes ("x:sheet", a relationships prefix other than "r") and its
 * encoding stay as they were. Elements are matched by namespace URI and local name, never by prefix.
 */
import { elementXml, escapeText, insertInOrder, PartEditor, qnameLike } from './partEditor';
import { attribute, scanPart, type ClosedElement, type Part } from './partScan';

export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const TRANSITIONAL_REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The children of <workbook> in the schema's order (definedNames comes after the sheets). */
const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches',
  'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
];

export interface DefinedName {
  name: string;
  text: string;
}

/** A part scanned once: its root, the root's children in the root's namespace, and theirs (by parent name). */
export interface ScannedPart {
  part: Part;
  root: ClosedElement;
  children: ClosedElement[];
  grandchildren: Map<string, ClosedElement[]>;
}

export function scanTwoLevels(part: Part): ScannedPart {
  let root: ClosedElement | null = null;
  let rootUri = '';
  const children: ClosedElement[] = [];
  const grandchildren = new Map<string, ClosedElement[]>();
  let parent = '';
  scanPart(part, {
    open(el) {
      if (el.depth === 0) rootUri = el.uri;
      else if (el.depth === 1) parent = el.local;
    },
    close(el) {
      if (el.depth === 0) root = el;
      else if (el.uri !== rootUri) return;
      else if (el.depth === 1) children.push(el);
      else if (el.depth === 2) grandchildren.set(parent, [...(grandchildren.get(parent) ?? []), el]);
    },
  });
  return { part, root: root!, children, grandchildren };
}

export interface WorkbookScan extends ScannedPart {
  /** The names of the sheets it lists (worksheets, chart sheets, hidden ones); a new one must differ from all. */
  sheetNames: string[];
}

export function scanWorkbook(part: Part): WorkbookScan {
  const scanned = scanTwoLevels(part);
  const sheets = scanned.grandchildren.get('sheets')?.filter((s) => s.local === 'sheet') ?? [];
  return { ...scanned, sheetNames: sheets.map((s) => attribute(s, 'name') ?? '') };
}

/** The sheets the workbook lists, with the relationship id that names each one's part. */
export function listedSheets(workbook: WorkbookScan): { name: string; relId: string | null; element: ClosedElement }[] {
  const listed = workbook.grandchildren.get('sheets')?.filter((s) => s.local === 'sheet') ?? [];
  return listed.map((element) => ({ name: attribute(element, 'name') ?? '', relId: relationshipIdOf(element), element }));
}

/** The value of a sheet's r:id (whatever prefix binds the relationships namespace). */
function relationshipIdOf(sheet: ClosedElement): string | null {
  return Object.values(sheet.attributes).find((a) => a.local === 'id' && a.uri !== '')?.value ?? null;
}

/** The workbook part with the sheet appended as the last tab and its own defined names scoped to it. */
export function addToWorkbook(workbook: WorkbookScan, sheetName: string, relId: string, names: readonly DefinedName[]): Buffer {
  const { root, children } = workbook;
  const editor = new PartEditor(workbook.part.bytes, workbook.part.encoding);
  const sheetsList = children.find((c) => c.local === 'sheets');
  const listed = workbook.grandchildren.get('sheets')?.filter((s) => s.local === 'sheet') ?? [];
  const sheetId = listed.reduce((max, s) => Math.max(max, Number(attribute(s, 'sheetId')) || 0), 0) + 1;
  // The relationship attribute's namespace is whichever the file's sheets use; its prefix whichever is bound to
  // it where the sheet goes (any prefix may be), else one declared on the new element.
  const relNs = listed.map(relationshipNamespace).find((ns) => ns !== null) ?? TRANSITIONAL_REL_NS;
  const scope = (sheetsList ?? root).scope;
  let bound: string | undefined;
  // for…in walks the bindings of the enclosing elements too: saxes chains each element's onto its parent's.
  for (const p in scope) if (p !== '' && scope[p] === relNs) bound ??= p;
  const relAttrs: [string, string][] = bound ? [[`${bound}:id`, relId]] : [['xmlns:r', relNs], ['r:id', relId]];
  const sheet = elementXml(qnameLike(sheetsList ?? root, 'sheet'), [['name', sheetName], ['sheetId', String(sheetId)], ...relAttrs]);
  if (sheetsList) editor.appendInside(sheetsList, sheet);
  else insertInOrder(editor, root, children, WORKBOOK_ORDER, 'sheets', elementXml(qnameLike(root, 'sheets'), [], sheet));

  if (names.length > 0) {
    const list = children.find((c) => c.local === 'definedNames');
    // A sheet's defined names are scoped by its position among the tabs; the new sheet is the last.
    const xml = names
      .map((n) => elementXml(qnameLike(list ?? root, 'definedName'), [['name', n.name], ['localSheetId', String(listed.length)]], escapeText(n.text)))
      .join('');
    if (list) editor.appendInside(list, xml);
    else insertInOrder(editor, root, children, WORKBOOK_ORDER, 'definedNames', elementXml(qnameLike(root, 'definedNames'), [], xml));
  }
  return editor.result();
}

/** The namespace of a sheet's relationship id attribute (r:id), if it has one. */
function relationshipNamespace(sheet: ClosedElement): string | null {
  return Object.values(sheet.attributes).find((a) => a.local === 'id' && a.uri !== '')?.uri ?? null;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface RelationshipsScan extends ScannedPart {
  relationships: Relationship[];
}

export function scanRelationships(part: Part): RelationshipsScan {
  const scanned = scanTwoLevels(part);
  const relationships = scanned.children
    .filter((r) => r.local === 'Relationship')
    .map((r) => ({
      id: attribute(r, 'Id') ?? '',
      type: attribute(r, 'Type') ?? '',
      target: attribute(r, 'Target') ?? '',
      external: attribute(r, 'TargetMode') === 'External',
    }));
  return { ...scanned, relationships };
}

/**
 * The relationships part with one relationship of each kind ("worksheet", "styles") to its target (relative
 * to the source part's folder); returns the bytes and the ids given, in order.
 */
export function addRelationships(rels: RelationshipsScan, added: readonly { target: string; kind: string }[]): { bytes: Buffer; ids: string[] } {
  const editor = new PartEditor(rels.part.bytes, rels.part.encoding);
  const taken = new Set(rels.relationships.map((r) => r.id));
  const ids: string[] = [];
  let xml = '';
  let k = rels.relationships.length;
  for (const { target, kind } of added) {
    do k++;
    while (taken.has(`rId${k}`));
    const id = `rId${k}`;
    ids.push(id);
    // The type URI as the file already spells it for this kind (strict and transitional files differ).
    const type = rels.relationships.map((r) => r.type).find((t) => t.endsWith(`/${kind}`)) ?? `${TRANSITIONAL_REL_NS}/${kind}`;
    xml += elementXml(qnameLike(rels.root, 'Relationship'), [['Id', id], ['Type', type], ['Target', target]]);
  }
  editor.appendInside(rels.root, xml);
  return { bytes: editor.result(), ids };
}

/** [Content_Types].xml with an override declaring each part name ("/xl/worksheets/sheet7.xml") to be its content type. */
export function addContentTypes(types: Part, overrides: readonly { partName: string; contentType: string }[]): Buffer {
  const { root } = scanTwoLevels(types);
  const editor = new PartEditor(types.bytes, types.encoding);
  editor.appendInside(root, overrides.map((o) => elementXml(qnameLike(root, 'Override'), [['PartName', o.partName], ['ContentType', o.contentType]])).join(''));
  return editor.result();
}
