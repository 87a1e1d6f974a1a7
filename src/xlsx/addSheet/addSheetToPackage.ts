/**
 * A copy of a workbook package with one sheet added, made without loading the workbook: every part of the
 * original is carried over unchanged (JSZip copies a part's compressed bytes as they are), except the four
 * small parts that list sheets and formats, which gain entries and lose none. Loading the whole workbook into
 * ExcelJS and writing it out again took 63 s and 2.96 GB for a 10.7 MB workbook and could not finish a 51 MB one;
 * it also dropped whatever ExcelJS does not model (charts, pivot tables, slicers, form controls). Now the cost is
 * that of the new sheet, and the clerk's workbook comes back exactly as it was, plus one tab.
 *
 * The four parts are found as the package says (the workbook from _rels/.rels, the rest from the workbook's
 * relationships) and edited by splicing into their bytes, in their own encoding (UTF-8 with or without a mark,
 * UTF-16, a declared legacy encoding) and with their own prefixes.
 */
import type { SheetPlan } from '../../core/plan';
import { uniqueSheetName } from '../../core/sheetNames';
import { verifyParts } from './verifyParts';
import { mainDocumentPart, openPackage, relationshipsPartOf, resolvePart, type OpenPackage } from '../packageParts';
import { damagedWorkbook, notAWorkbook, unreadable, type Unreadable } from '../workbookBytes';
import { WORKBOOK_PART } from '../workbookParts';
import { mergeStyles } from './mergeStyles';
import { readPart, type Part } from './partScan';
import { planParts } from './planParts';
import { addContentTypes, addRelationships, addToWorkbook, scanRelationships, scanWorkbook, WORKSHEET_CONTENT_TYPE } from './registerSheet';
import { fitSheetXml } from './sheetPart';

const CONTENT_TYPES = '[Content_Types].xml';
const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
/** ISO/IEC 29500 Strict: Excel's "Strict Open XML" save format, whose parts use other namespaces than ours. */
const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export type AddedSheet = { ok: true; bytes: Buffer; sheetName: string } | Unreadable;

export async function addSheetToPackage(input: Buffer, plan: SheetPlan, label: string): Promise<AddedSheet> {
  // Every read of the input is inside: a part whose compressed data is damaged fails only when it is inflated.
  try {
    const pkg = await openPackage(input);
    await verifyParts(input);
    const read = (path: string): Promise<Part | null> => readPart(pkg, path);
    // Found as the reader finds it (the officeDocument of _rels/.rels), else where Excel puts it.
    const workbookPath = (await mainDocumentPart(pkg)) ?? WORKBOOK_PART;
    const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
    const relsPath = relationshipsPartOf(workbookPath);
    const [workbookPart, relsPart, typesPart] = await Promise.all([read(workbookPath), read(relsPath), read(CONTENT_TYPES)]);
    if (workbookPart === null || relsPart === null || typesPart === null) return notAWorkbook(label);
    const workbook = scanWorkbook(workbookPart);
    if (workbook.root.uri === STRICT_MAIN_NS) {
      return unreadable(`“${label}”是“Strict Open XML 电子表格”格式，无法在其中添加工作表。请在 Excel 中另存为普通的“Excel 工作簿 (.xlsx)”后再试。`);
    }
    if (workbook.root.local !== 'workbook' || workbook.root.uri !== MAIN_NS) return notAWorkbook(label);
    const sheetName = uniqueSheetName(plan.sheetName, workbook.sheetNames);
    const parts = await planParts({ ...plan, sheetName });

    // Formats: merged into the workbook's styles part; a package without one (rare, but valid) gets ours.
    const rels = scanRelationships(relsPart);
    const internal = rels.relationships.filter((r) => !r.external);
    const stylesPath = internal.map((r) => (/\/styles$/u.test(r.type) ? resolvePart(folder, r.target) : null)).find((p) => p !== null) ?? null;
    // A relationship whose part is missing (a damaged file) must not come alive pointing at the new sheet's part.
    const taken = new Set([...Object.keys(pkg.files), ...internal.map((r) => resolvePart(folder, r.target))].map((p) => p.toLowerCase()));
    const existingStyles = stylesPath ? await read(stylesPath) : null;
    const newRelationships: { target: string; kind: string }[] = [];
    const overrides: { partName: string; contentType: string }[] = [];
    let xfOffset = 0;
    if (existingStyles) {
      const merged = mergeStyles(existingStyles, parts.stylesXml);
      put(pkg, existingStyles.path, merged.bytes);
      xfOffset = merged.xfOffset;
    } else {
      const path = taken.has(`${folder}styles.xml`.toLowerCase()) ? freePartPath(taken, `${folder}styles`, '.xml') : `${folder}styles.xml`;
      put(pkg, path, parts.stylesXml);
      newRelationships.push({ target: path.slice(folder.length), kind: 'styles' });
      overrides.push({ partName: `/${path}`, contentType: STYLES_CONTENT_TYPE });
    }

    const sheetPath = freePartPath(taken, `${folder}worksheets/sheet`, '.xml');
    const added = addRelationships(rels, [...newRelationships, { target: sheetPath.slice(folder.length), kind: 'worksheet' }]);
    put(pkg, sheetPath, fitSheetXml(parts.sheetXml, parts.sharedStrings, xfOffset));
    put(pkg, relsPath, added.bytes);
    put(pkg, CONTENT_TYPES, addContentTypes(typesPart, [...overrides, { partName: `/${sheetPath}`, contentType: WORKSHEET_CONTENT_TYPE }]));
    put(pkg, workbookPath, addToWorkbook(workbook, sheetName, added.ids[added.ids.length - 1], parts.definedNames));

    const bytes = await pkg.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    return { ok: true, bytes, sheetName };
  } catch (e) {
    return damagedWorkbook(label, e);
  }
}

/** Writes a part; no folder entries are added for it (a package lists parts, and the input may have none). */
function put(pkg: OpenPackage, path: string, content: string | Buffer): void {
  pkg.file(path, content, { createFolders: false });
}

/** `${stem}${n}${ext}` for the smallest n ≥ 1 neither a part nor a relationship has taken (compared case-blind, as Excel does). */
function freePartPath(taken: Set<string>, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const path = `${stem}${n}${ext}`;
    if (!taken.has(path.toLowerCase())) return path;
  }
}
