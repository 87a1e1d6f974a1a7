/**
 * A copy of a workbook package with one sheet added, made without loading the workbook: every part of the
 * original is carried over unchanged (JSZip copies a part's compressed bytes as they are), except the four
 * small parts that list sheets and formats, which gain entries and lose none. Loading the whole workbook into
 * ExcelJS and writing it out again took 63 s and 2.96 GB for a 10.7 MB workbook and could not finish a 51 MB one;
 * it also dropped whatever ExcelJS does not model (charts, pivot tables, slicers, form controls). Now the cost is
 * that of the new sheet, and the clerk's workbook comes back exactly as it was, plus one tab.
 */
import type { SheetPlan } from '../../core/plan';
import { uniqueSheetName } from '../../core/sheetNames';
import { verifyParts } from './verifyParts';
import { openPackage, relationshipsOf, type OpenPackage } from '../packageParts';
import { damagedWorkbook, notAWorkbook, unreadable, type Unreadable } from '../workbookBytes';
import { WORKBOOK_PART } from '../workbookParts';
import { mergeStyles } from './mergeStyles';
import { planParts } from './planParts';
import { addContentType, addRelationship, addToWorkbook, listedSheetNames, WORKSHEET_CONTENT_TYPE } from './registerSheet';
import { fitSheetXml } from './sheetPart';

const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
/** ISO/IEC 29500 Strict: Excel's "Strict Open XML" save format, whose parts use other namespaces than ours. */
const STRICT_MAIN_NS = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

export type AddedSheet = { ok: true; bytes: Buffer; sheetName: string } | Unreadable;

export async function addSheetToPackage(input: Buffer, plan: SheetPlan, label: string): Promise<AddedSheet> {
  // Every read of the input is inside: a part whose compressed data is damaged fails only when it is inflated.
  try {
    const pkg = await openPackage(input);
    await verifyParts(input);
    const text = async (path: string) => (await pkg.file(path)?.async('string')) ?? null;
    const workbookXml = await text(WORKBOOK_PART);
    const relsXml = await text(WORKBOOK_RELS);
    const typesXml = await text(CONTENT_TYPES);
    if (workbookXml === null || relsXml === null || typesXml === null) return notAWorkbook(label);
    if (workbookXml.includes(STRICT_MAIN_NS)) {
      return unreadable(`“${label}”是“Strict Open XML 电子表格”格式，无法在其中添加工作表。请在 Excel 中另存为普通的“Excel 工作簿 (.xlsx)”后再试。`);
    }
    const sheetName = uniqueSheetName(plan.sheetName, listedSheetNames(workbookXml));
    const parts = await planParts({ ...plan, sheetName });

    // Formats: merged into the workbook's styles part; a package without one (rare, but valid) gets ours.
    const workbookRels = await relationshipsOf(pkg, WORKBOOK_PART);
    const stylesPart = workbookRels.find((r) => /\/relationships\/styles$/u.test(r.type))?.part ?? null;
    // A relationship whose part is missing (a damaged file) must not come alive pointing at the new sheet's part.
    const taken = new Set([...Object.keys(pkg.files), ...workbookRels.map((r) => r.part)].map((p) => p.toLowerCase()));
    const existingStyles = stylesPart ? await text(stylesPart) : null;
    let rels = relsXml;
    let types = typesXml;
    let xfOffset = 0;
    if (stylesPart && existingStyles !== null) {
      const merged = mergeStyles(existingStyles, parts.stylesXml, stylesPart);
      put(pkg, stylesPart, merged.xml);
      xfOffset = merged.xfOffset;
    } else {
      const path = taken.has('xl/styles.xml') ? freePartPath(taken, 'xl/styles', '.xml') : 'xl/styles.xml';
      put(pkg, path, parts.stylesXml);
      rels = addRelationship(rels, path.slice('xl/'.length), 'styles').xml;
      types = addContentType(types, `/${path}`, STYLES_CONTENT_TYPE);
    }

    const sheetPath = freePartPath(taken, 'xl/worksheets/sheet', '.xml');
    const rel = addRelationship(rels, sheetPath.slice('xl/'.length), 'worksheet');
    put(pkg, sheetPath, fitSheetXml(parts.sheetXml, parts.sharedStrings, xfOffset));
    put(pkg, WORKBOOK_RELS, rel.xml);
    put(pkg, CONTENT_TYPES, addContentType(types, `/${sheetPath}`, WORKSHEET_CONTENT_TYPE));
    put(pkg, WORKBOOK_PART, addToWorkbook(workbookXml, sheetName, rel.id, parts.definedNames));

    const bytes = await pkg.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
    return { ok: true, bytes, sheetName };
  } catch (e) {
    return damagedWorkbook(label, e);
  }
}

/** Writes a part; no folder entries are added for it (a package lists parts, and the input may have none). */
function put(pkg: OpenPackage, path: string, xml: string): void {
  pkg.file(path, xml, { createFolders: false });
}

/** `${stem}${n}${ext}` for the smallest n ≥ 1 neither a part nor a relationship has taken (compared case-blind, as Excel does). */
function freePartPath(taken: Set<string>, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const path = `${stem}${n}${ext}`;
    if (!taken.has(path.toLowerCase())) return path;
  }
}
