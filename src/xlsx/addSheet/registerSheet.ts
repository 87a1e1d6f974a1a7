/**
 * Registering a new worksheet part in a package: the workbook lists it (last tab, a fresh sheetId and
 * relationship id), the workbook's relationships point at the part, and [Content_Types].xml says what it is.
 * Sheet-scoped defined names written for the sheet (print titles) come along with the sheet's new position.
 * Each edit adds elements and changes no existing one, so the workbook's sheets, names and links stay as they were.
 */
import { childNamed, childrenNamed, createLike, ensureChild, parseXml, serializeXml, type XmlElement } from './xmlDom';

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

/**
 * The names the workbook already uses for its sheets (worksheets, chart sheets, hidden ones); a new one must
 * differ from all of them.
 */
export function listedSheetNames(workbookXml: string): string[] {
  const root = parseXml(workbookXml, 'xl/workbook.xml').documentElement!;
  const sheets = childNamed(root, 'sheets');
  return sheets ? childrenNamed(sheets, 'sheet').map((s) => s.getAttribute('name') ?? '') : [];
}

/** workbook.xml with the sheet appended as the last tab and its own defined names scoped to it. */
export function addToWorkbook(workbookXml: string, sheetName: string, relId: string, names: readonly DefinedName[]): string {
  const doc = parseXml(workbookXml, 'xl/workbook.xml');
  const root = doc.documentElement!;
  const sheets = ensureChild(root, 'sheets', WORKBOOK_ORDER);
  const listed = childrenNamed(sheets, 'sheet');
  // The relationship attribute's namespace is whichever the file binds to r:id (strict files use another one).
  const relNs = listed.length > 0 ? relationshipNamespace(listed[0]) : TRANSITIONAL_REL_NS;
  const relPrefix = root.lookupPrefix(relNs) ?? 'r';
  const sheet = createLike(sheets, 'sheet');
  sheet.setAttribute('name', sheetName);
  sheet.setAttribute('sheetId', String(Math.max(0, ...listed.map((s) => Number(s.getAttribute('sheetId')) || 0)) + 1));
  sheet.setAttributeNS(relNs, `${relPrefix}:id`, relId);
  sheets.appendChild(sheet);

  if (names.length > 0) {
    const definedNames = ensureChild(root, 'definedNames', WORKBOOK_ORDER);
    for (const n of names) {
      const el = createLike(definedNames, 'definedName');
      el.setAttribute('name', n.name);
      // A sheet's defined names are scoped by its position among the tabs; the new sheet is the last.
      el.setAttribute('localSheetId', String(listed.length));
      el.appendChild(doc.createTextNode(n.text));
      definedNames.appendChild(el);
    }
  }
  return serializeXml(doc);
}

function relationshipNamespace(sheet: XmlElement): string {
  for (let i = 0; i < sheet.attributes.length; i++) {
    const a = sheet.attributes.item(i)!;
    if (a.localName === 'id' && a.namespaceURI) return a.namespaceURI;
  }
  return TRANSITIONAL_REL_NS;
}

/**
 * workbook.xml.rels with a relationship of this kind ("worksheet", "styles") to `target` (relative to xl/);
 * returns the XML and the id it got.
 */
export function addRelationship(relsXml: string, target: string, kind: string): { xml: string; id: string } {
  const doc = parseXml(relsXml, 'xl/_rels/workbook.xml.rels');
  const root = doc.documentElement!;
  const existing = childrenNamed(root, 'Relationship');
  const ids = new Set(existing.map((r) => r.getAttribute('Id')));
  let k = existing.length + 1;
  while (ids.has(`rId${k}`)) k++;
  const id = `rId${k}`;
  // The type URI as the file already spells it for this kind (strict and transitional files differ).
  const type = existing.map((r) => r.getAttribute('Type') ?? '').find((t) => t.endsWith(`/${kind}`)) ?? `${TRANSITIONAL_REL_NS}/${kind}`;
  const rel = createLike(root, 'Relationship');
  rel.setAttribute('Id', id);
  rel.setAttribute('Type', type);
  rel.setAttribute('Target', target);
  root.appendChild(rel);
  return { xml: serializeXml(doc), id };
}

/** [Content_Types].xml with an override declaring `partName` ("/xl/worksheets/sheet7.xml") to be `contentType`. */
export function addContentType(typesXml: string, partName: string, contentType: string): string {
  const doc = parseXml(typesXml, '[Content_Types].xml');
  const root = doc.documentElement!;
  const override = createLike(root, 'Override');
  override.setAttribute('PartName', partName);
  override.setAttribute('ContentType', contentType);
  root.appendChild(override);
  return serializeXml(doc);
}
