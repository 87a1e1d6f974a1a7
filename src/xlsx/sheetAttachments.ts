/**
 * Parts hung on a worksheet of a package after addSheetToPackage made it: the roll-up's charts (a drawing part
 * and one chart part each) and the history's Excel table (a table part). addSheetToPackage writes plain sheets
 * only; these edits add the sheet's relationships file and the parts, and the two worksheet elements that point
 * at them, in the place the schema orders them (drawing, then tableParts, before extLst). The existing parts are
 * edited as the copy writer edits them (addSheet/partEditor.ts): spliced into their bytes, in their encoding,
 * elements found by namespace URI, so nothing the clerk's workbook holds is rewritten.
 */
import type { CellRange } from '../core/cell';
import type { ChartSpec } from '../core/history/chartSpec';
import { rangeAddress } from '../core/address';
import { elementXml, insertInOrder, PartEditor, qnameLike } from './addSheet/partEditor';
import { attribute, partOf, readPart, scanPart, type Part } from './addSheet/partScan';
import { addContentTypes, addRelationships, listedSheets, scanRelationships, scanTwoLevels, scanWorkbook } from './addSheet/registerSheet';
import { CHART_CONTENT_TYPE, chartPartXml, escapeXml } from './chartPart';
import { DRAWING_CONTENT_TYPE, drawingPartXml } from './drawingPart';
import { RELATIONSHIPS_NS } from './namespaces';
import { mainDocumentPart, openPackage, relationshipsOf, relationshipsPartOf, relativeTarget, type OpenPackage } from './packageParts';
import { WORKBOOK_PART } from './workbookParts';

const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
export const CONTENT_TYPES = '[Content_Types].xml';
const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The children of <worksheet> in the schema's order (CT_Worksheet): Excel rejects a sheet whose children are out of it. */
const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags',
  'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls',
  'webPublishItems', 'tableParts', 'extLst',
];

export interface TableSpec {
  /** Defined name of the table (unique in the workbook, no spaces). */
  name: string;
  range: CellRange;
  columns: readonly string[];
}

/** A package part that must be there (one the package's own relationships or listings name). */
export async function requiredPart(pkg: OpenPackage, path: string): Promise<Part> {
  const part = await readPart(pkg, path);
  if (!part) throw new Error(`缺少部件 ${path}`);
  return part;
}

/** The workbook part as the package's relationships name it (not always xl/workbook.xml). */
export async function workbookPartPath(pkg: OpenPackage): Promise<string> {
  return (await mainDocumentPart(pkg)) ?? WORKBOOK_PART;
}

export async function sheetPartPath(pkg: OpenPackage, sheetName: string): Promise<string> {
  const workbookPath = await workbookPartPath(pkg);
  const sheet = listedSheets(scanWorkbook(await requiredPart(pkg, workbookPath))).find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet named ${sheetName}`);
  const rel = (await relationshipsOf(pkg, workbookPath)).find((r) => r.id === sheet.relId);
  if (!rel) throw new Error(`sheet ${sheetName} has no part`);
  return rel.part;
}

function freePath(pkg: OpenPackage, stem: string, ext: string): string {
  const taken = new Set(Object.keys(pkg.files).map((p) => p.toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(`${stem}${n}${ext}`.toLowerCase())) return `${stem}${n}${ext}`;
}

/** The table parts of the package (as [Content_Types].xml declares them) with each one's id and name. */
export async function packageTables(pkg: OpenPackage): Promise<{ id: number; name: string }[]> {
  const types = scanTwoLevels(await requiredPart(pkg, CONTENT_TYPES));
  const paths = types.children.filter((o) => o.local === 'Override' && attribute(o, 'ContentType') === TABLE_CONTENT_TYPE).map((o) => (attribute(o, 'PartName') ?? '').replace(/^\//u, ''));
  const tables: { id: number; name: string }[] = [];
  for (const path of paths) {
    const part = await readPart(pkg, path);
    if (!part) continue;
    scanPart(part, {
      open(el) {
        if (el.depth === 0 && el.local === 'table') tables.push({ id: Number(attribute(el, 'id')) || 0, name: attribute(el, 'name') ?? '' });
      },
    });
  }
  return tables;
}

function tablePartXml(id: number, spec: TableSpec): string {
  const ref = rangeAddress(spec.range.row, spec.range.col, spec.range.rows, spec.range.cols);
  const columns = spec.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${spec.name}" displayName="${spec.name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${spec.columns.length}">${columns}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

export interface Attachments {
  charts?: readonly ChartSpec[];
  table?: TableSpec;
}

/** Relationships added to a new, empty relationships part; returns its bytes and the ids given, in order. */
function newRelationships(path: string, added: readonly { target: string; kind: string }[]): { bytes: Buffer; ids: string[] } {
  return addRelationships(scanRelationships(partOf(path, Buffer.from(EMPTY_RELS, 'utf8'))), added);
}

/** The package with the charts and/or the table attached to the named sheet (which must have no relationships yet). */
export async function attachToSheet(bytes: Buffer, sheetName: string, what: Attachments): Promise<Buffer> {
  const pkg = await openPackage(bytes);
  const sheetPath = await sheetPartPath(pkg, sheetName);
  const sheetRelsPath = relationshipsPartOf(sheetPath);
  if (pkg.file(sheetRelsPath)) throw new Error(`sheet ${sheetName} already has relationships`);
  // New parts go beside the workbook's own (xl/drawings, xl/charts, xl/tables), as Excel puts them.
  const workbookPath = await workbookPartPath(pkg);
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const put = (path: string, content: string | Buffer) => pkg.file(path, content, { createFolders: false });
  const overrides: { partName: string; contentType: string }[] = [];
  const sheetRelations: { target: string; kind: string }[] = [];
  const elements: { local: string; xml: (relId: string) => string }[] = [];

  const sheet = scanTwoLevels(await requiredPart(pkg, sheetPath));
  // r:id with whatever prefix the sheet binds to the relationships namespace, else one declared on the element.
  let bound: string | undefined;
  for (const p in sheet.root.scope) if (p !== '' && sheet.root.scope[p] === RELATIONSHIPS_NS.transitional) bound ??= p;
  const relAttrs = (id: string): [string, string][] => (bound ? [[`${bound}:id`, id]] : [['xmlns:r', RELATIONSHIPS_NS.transitional], ['r:id', id]]);

  const charts = what.charts ?? [];
  if (charts.length > 0) {
    const drawingPath = freePath(pkg, `${folder}drawings/drawing`, '.xml');
    put(drawingPath, ''); // reserve the name before choosing chart names
    const chartPaths = charts.map((spec) => {
      const chartPath = freePath(pkg, `${folder}charts/chart`, '.xml');
      put(chartPath, chartPartXml(sheetName, spec));
      overrides.push({ partName: `/${chartPath}`, contentType: CHART_CONTENT_TYPE });
      return chartPath;
    });
    const drawingRelsPath = relationshipsPartOf(drawingPath);
    const drawingRels = newRelationships(drawingRelsPath, chartPaths.map((p) => ({ target: relativeTarget(drawingPath, p), kind: 'chart' })));
    put(drawingPath, drawingPartXml(charts.map((spec, k) => ({ anchor: spec.anchor, relId: drawingRels.ids[k], name: `图表 ${k + 1}` }))));
    put(drawingRelsPath, drawingRels.bytes);
    overrides.push({ partName: `/${drawingPath}`, contentType: DRAWING_CONTENT_TYPE });
    sheetRelations.push({ target: relativeTarget(sheetPath, drawingPath), kind: 'drawing' });
    elements.push({ local: 'drawing', xml: (id) => elementXml(qnameLike(sheet.root, 'drawing'), relAttrs(id)) });
  }
  if (what.table) {
    const tablePath = freePath(pkg, `${folder}tables/table`, '.xml');
    const nextId = (await packageTables(pkg)).reduce((max, t) => Math.max(max, t.id), 0) + 1;
    put(tablePath, tablePartXml(nextId, what.table));
    overrides.push({ partName: `/${tablePath}`, contentType: TABLE_CONTENT_TYPE });
    sheetRelations.push({ target: relativeTarget(sheetPath, tablePath), kind: 'table' });
    elements.push({
      local: 'tableParts',
      xml: (id) => elementXml(qnameLike(sheet.root, 'tableParts'), [['count', '1']], elementXml(qnameLike(sheet.root, 'tablePart'), relAttrs(id))),
    });
  }
  if (elements.length === 0) return bytes;

  const sheetRels = newRelationships(sheetRelsPath, sheetRelations);
  const editor = new PartEditor(sheet.part.bytes, sheet.part.encoding);
  // Both go before the same later child (or last) in the order asked: drawing, then tableParts.
  for (const [k, e] of elements.entries()) insertInOrder(editor, sheet.root, sheet.children, WORKSHEET_ORDER, e.local, e.xml(sheetRels.ids[k]));
  put(sheetPath, editor.result());
  put(sheetRelsPath, sheetRels.bytes);
  put(CONTENT_TYPES, addContentTypes(await requiredPart(pkg, CONTENT_TYPES), overrides));
  return pkg.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
