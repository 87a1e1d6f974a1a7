/**
 * The workbook-level parts a sheet's values depend on: the sheet list (names, order, where each sheet's XML is),
 * the 1904 date system flag, the shared strings and the styles that make numbers dates.
 */
import { dateStyleFlags, type StyleFormats } from './dateStyles';
import { isRelationshipType, isSpreadsheetMl, relationshipId } from './namespaces';
import { hasPart, parsePart, relationshipsOf, type OpenPackage } from './packageParts';
import { ownCopy } from './xmlScanner';

/**
 * Where Excel, WPS and ExcelJS put the workbook part. The reader finds it from the package relationships instead
 * (workbookPackage.ts): other writers put it elsewhere (workbook.xml at the root, wtf/workbook.xml).
 */
export const WORKBOOK_PART = 'xl/workbook.xml';

export interface SheetEntry {
  name: string;
  part: string;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string[];
  /** By style index: true when a number in that style is a date. */
  dateStyles: boolean[];
}

export async function readWorkbookParts(pkg: OpenPackage, workbookPart: string): Promise<WorkbookParts> {
  const rels = await relationshipsOf(pkg, workbookPart);
  const worksheetPart = new Map(rels.filter((r) => isRelationshipType(r.type, 'worksheet')).map((r) => [r.id, r.part]));
  const listed: { name: string; rel: string }[] = [];
  let date1904 = false;
  await parsePart(pkg, workbookPart, {
    open(name, a, ns) {
      if (!isSpreadsheetMl(ns)) return;
      if (name === 'sheet') listed.push({ name: a.get('name') ?? '', rel: relationshipId(a) ?? '' });
      else if (name === 'workbookPr') date1904 = ['1', 'true'].includes(a.get('date1904') ?? '');
    },
  });
  // A listed sheet without its part (a chart sheet, a dangling entry) is left out, as Excel's loaders do.
  const sheets = listed.flatMap(({ name, rel }) => {
    const part = worksheetPart.get(rel);
    return part && hasPart(pkg, part) ? [{ name, part }] : [];
  });
  const stringsPart = rels.find((r) => isRelationshipType(r.type, 'sharedStrings'))?.part ?? 'xl/sharedStrings.xml';
  const stylesPart = rels.find((r) => isRelationshipType(r.type, 'styles'))?.part ?? 'xl/styles.xml';
  return {
    sheets,
    date1904,
    sharedStrings: hasPart(pkg, stringsPart) ? await readSharedStrings(pkg, stringsPart) : [],
    dateStyles: hasPart(pkg, stylesPart) ? dateStyleFlags(await readStyleFormats(pkg, stylesPart)) : [],
  };
}

/** Excel's escape for characters XML cannot carry (_x000D_ is a carriage return). */
export function unescapeXmlChars(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-F]{4})_/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Each <si> as the text Excel shows: its <t>, or its rich-text runs joined; phonetic guides (<rPh>) are not
 * shown in the cell and are left out.
 */
async function readSharedStrings(pkg: OpenPackage, part: string): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let inPhonetic = false;
  await parsePart(pkg, part, {
    open(name, _, ns) {
      if (!isSpreadsheetMl(ns)) return;
      if (name === 'si') current = '';
      else if (name === 't') inText = !inPhonetic;
      else if (name === 'rPh') inPhonetic = true;
    },
    text(t) {
      if (inText) current += t;
    },
    close(name, ns) {
      if (!isSpreadsheetMl(ns)) return;
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(ownCopy(unescapeXmlChars(current)));
    },
  });
  return strings;
}

async function readStyleFormats(pkg: OpenPackage, part: string): Promise<StyleFormats> {
  const xfNumFmtIds: number[] = [];
  const customFormats = new Map<number, string>();
  let inCellXfs = false;
  await parsePart(pkg, part, {
    open(name, a, ns) {
      if (!isSpreadsheetMl(ns)) return;
      if (name === 'numFmt') customFormats.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfNumFmtIds.push(Number(a.get('numFmtId') ?? 0));
    },
    close(name, ns) {
      if (name === 'cellXfs' && isSpreadsheetMl(ns)) inCellXfs = false;
    },
  });
  return { xfNumFmtIds, customFormats };
}
