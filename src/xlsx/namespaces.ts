/**
 * The XML namespaces a workbook package uses, by URI: a prefix means nothing by itself (x:row, r:id, ns:id are
 * whatever the part binds them to). Strict Open XML (ISO/IEC 29500 Strict) renames most of them; both are read.
 */

/** SpreadsheetML: worksheet, sheetData, row, c, sheet, si, xf… */
export const SPREADSHEET_NS = {
  transitional: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  strict: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
} as const;

/** The namespace of r:id and the other attributes that name a relationship of the part. */
export const RELATIONSHIPS_NS = {
  transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
} as const;

/** The elements of a .rels part (the same in strict packages). */
export const PACKAGE_RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * An element of SpreadsheetML. An element in no namespace at all is taken as one too: some exporters leave out the
 * xmlns of a worksheet, and such an element cannot be a drawing's or a control's, which always carry theirs.
 */
export function isSpreadsheetMl(ns: string): boolean {
  return ns === SPREADSHEET_NS.transitional || ns === SPREADSHEET_NS.strict || ns === '';
}

/**
 * A relationship type URI names its kind last (…/relationships/worksheet): the transitional and strict URIs, and
 * the older ones some writers still use, all end that way.
 */
export function isRelationshipType(type: string, name: string): boolean {
  return type.endsWith(`/relationships/${name}`);
}

/** The attributes reader asks a tag for an attribute by namespace URI and local name. */
export interface NamespacedAttributes {
  getNs(ns: string, local: string): string | undefined;
}

/** The relationship id an element points with (r:id, whatever prefix the part bound to that namespace). */
export function relationshipId(a: NamespacedAttributes): string | undefined {
  return a.getNs(RELATIONSHIPS_NS.transitional, 'id') ?? a.getNs(RELATIONSHIPS_NS.strict, 'id');
}
