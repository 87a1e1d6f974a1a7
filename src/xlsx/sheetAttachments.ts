/**
 * Parts hung on a worksheet of a package after addSheetToPackage made it: the roll-up's charts (a drawing part
 * and one chart part each) and the history's Excel table (a table part). addSheetToPackage writes plain sheets
 * only; these edits add the sheet's relationships file and the parts, and the two worksheet elements that point
 * at them, in the place the schema orders them (drawing, then tableParts, before extLst).
 */
import type { CellRange } from '../core/cell';
import type { ChartSpec } from '../core/history/chartSpec';
import { rangeAddress } from '../core/address';
import { addContentType, addRelationship } from './addSheet/registerSheet';
import { childNamed, childrenNamed, parseXml } from './addSheet/xmlDom';
import { CHART_CONTENT_TYPE, chartPartXml, escapeXml } from './chartPart';
import { DRAWING_CONTENT_TYPE, drawingPartXml } from './drawingPart';
import { openPackage, relationshipsOf, type OpenPackage } from './packageParts';
import { WORKBOOK_PART } from './workbookParts';

const TABLE_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const CONTENT_TYPES = '[Content_Types].xml';
const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface TableSpec {
  /** Defined name of the table (unique in the workbook, no spaces). */
  name: string;
  range: CellRange;
  columns: readonly string[];
}

/** Elements of CT_Worksheet that come after <drawing>; our elements go before the first of these present. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
const AFTER_TABLE_PARTS = ['extLst'];

export async function sheetPartPath(pkg: OpenPackage, sheetName: string): Promise<string> {
  const workbookXml = await pkg.file(WORKBOOK_PART)!.async('string');
  const root = parseXml(workbookXml, WORKBOOK_PART).documentElement!;
  const sheet = childrenNamed(childNamed(root, 'sheets')!, 'sheet').find((s) => s.getAttribute('name') === sheetName);
  if (!sheet) throw new Error(`no sheet named ${sheetName}`);
  const relId = sheet.getAttributeNS(REL_NS, 'id');
  const rel = (await relationshipsOf(pkg, WORKBOOK_PART)).find((r) => r.id === relId);
  if (!rel) throw new Error(`sheet ${sheetName} has no part`);
  return rel.part;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function freePath(pkg: OpenPackage, stem: string, ext: string): string {
  const taken = new Set(Object.keys(pkg.files).map((p) => p.toLowerCase()));
  for (let n = 1; ; n++) if (!taken.has(`${stem}${n}${ext}`.toLowerCase())) return `${stem}${n}${ext}`;
}

/** Inserts `element` into the worksheet XML before the first of `before` present, else before </worksheet>. */
function insertElement(sheetXml: string, element: string, before: readonly string[]): string {
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const name of before) {
    const i = sheetXml.search(new RegExp(`<(?:\\w+:)?${name}[\\s/>]`, 'u'));
    if (i >= 0 && i < at) at = i;
  }
  if (at < 0) throw new Error('worksheet part has no </worksheet>');
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** The worksheet's root binds r: to the relationships namespace (ExcelJS's plain sheets do; be sure). */
function withRelNamespace(sheetXml: string): string {
  if (/<worksheet[^>]*xmlns:r="/u.test(sheetXml)) return sheetXml;
  return sheetXml.replace(/<worksheet\b/u, `<worksheet xmlns:r="${REL_NS}"`);
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

/** Table ids are unique across the workbook: one more than the largest in use. */
async function nextTableId(pkg: OpenPackage): Promise<number> {
  let max = 0;
  for (const path of Object.keys(pkg.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/iu.test(p))) {
    const m = /<table\b[^>]*\bid="(\d+)"/u.exec(await pkg.file(path)!.async('string'));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

export interface Attachments {
  charts?: readonly ChartSpec[];
  table?: TableSpec;
}

/** The package with the charts and/or the table attached to the named sheet (which must have no relationships yet). */
export async function attachToSheet(bytes: Buffer, sheetName: string, what: Attachments): Promise<Buffer> {
  const pkg = await openPackage(bytes);
  const sheetPath = await sheetPartPath(pkg, sheetName);
  const sheetRelsPath = relsPathOf(sheetPath);
  if (pkg.file(sheetRelsPath)) throw new Error(`sheet ${sheetName} already has relationships`);
  let sheetXml = withRelNamespace(await pkg.file(sheetPath)!.async('string'));
  let sheetRels = EMPTY_RELS;
  let types = await pkg.file(CONTENT_TYPES)!.async('string');
  const put = (path: string, xml: string) => pkg.file(path, xml, { createFolders: false });
  const target = (path: string) => `../${path.slice('xl/'.length)}`;

  const charts = what.charts ?? [];
  if (charts.length > 0) {
    const drawingPath = freePath(pkg, 'xl/drawings/drawing', '.xml');
    put(drawingPath, ''); // reserve the name before choosing chart names
    let drawingRels = EMPTY_RELS;
    const placed = [];
    for (const [k, spec] of charts.entries()) {
      const chartPath = freePath(pkg, 'xl/charts/chart', '.xml');
      put(chartPath, chartPartXml(sheetName, spec));
      types = addContentType(types, `/${chartPath}`, CHART_CONTENT_TYPE);
      const rel = addRelationship(drawingRels, target(chartPath), 'chart');
      drawingRels = rel.xml;
      placed.push({ anchor: spec.anchor, relId: rel.id, name: `图表 ${k + 1}` });
    }
    put(drawingPath, drawingPartXml(placed));
    put(relsPathOf(drawingPath), drawingRels);
    types = addContentType(types, `/${drawingPath}`, DRAWING_CONTENT_TYPE);
    const rel = addRelationship(sheetRels, target(drawingPath), 'drawing');
    sheetRels = rel.xml;
    sheetXml = insertElement(sheetXml, `<drawing r:id="${rel.id}"/>`, AFTER_DRAWING);
  }
  if (what.table) {
    const tablePath = freePath(pkg, 'xl/tables/table', '.xml');
    put(tablePath, tablePartXml(await nextTableId(pkg), what.table));
    types = addContentType(types, `/${tablePath}`, TABLE_CONTENT_TYPE);
    const rel = addRelationship(sheetRels, target(tablePath), 'table');
    sheetRels = rel.xml;
    sheetXml = insertElement(sheetXml, `<tableParts count="1"><tablePart r:id="${rel.id}"/></tableParts>`, AFTER_TABLE_PARTS);
  }
  put(sheetPath, sheetXml);
  put(sheetRelsPath, sheetRels);
  put(CONTENT_TYPES, types);
  return pkg.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
