/**
 * A SheetPlan written by ExcelJS as a workbook of its own, taken apart: the parts a new sheet brings into
 * another workbook (its worksheet XML, its styles, the text of its shared strings, its sheet-scoped defined
 * names such as print titles). ExcelJS stays the one place that turns a plan into OOXML (writePlan.ts); only
 * the single new sheet passes through it, never the clerk's whole workbook.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetPlan } from '../../core/plan';
import { addPlanSheet } from '../writePlan';
import type { DefinedName } from './registerSheet';
import { sharedStringItems } from './sheetPart';
import { childNamed, childrenNamed, parseXml } from './xmlDom';

export interface PlanParts {
  sheetXml: string;
  stylesXml: string;
  sharedStrings: string[];
  definedNames: DefinedName[];
}

/** Where ExcelJS puts the parts of a one-sheet workbook. */
const SHEET = 'xl/worksheets/sheet1.xml';
const SHEET_RELS = 'xl/worksheets/_rels/sheet1.xml.rels';

export async function planParts(plan: SheetPlan): Promise<PlanParts> {
  const excel = new ExcelJS.Workbook();
  addPlanSheet(excel, plan);
  const zip = await JSZip.loadAsync(await excel.xlsx.writeBuffer());
  // A sheet with parts of its own (images, comments, tables) would need them carried over too; plans have none.
  if (zip.file(SHEET_RELS)) throw new Error(`sheet "${plan.sheetName}" has relationships; only plain sheets can be added`);
  const text = async (path: string) => {
    const entry = zip.file(path);
    if (!entry) throw new Error(`ExcelJS wrote no ${path}`);
    return entry.async('string');
  };
  return {
    sheetXml: await text(SHEET),
    stylesXml: await text('xl/styles.xml'),
    sharedStrings: zip.file('xl/sharedStrings.xml') ? sharedStringItems(await text('xl/sharedStrings.xml')) : [],
    definedNames: sheetDefinedNames(await text('xl/workbook.xml')),
  };
}

function sheetDefinedNames(workbookXml: string): DefinedName[] {
  const root = parseXml(workbookXml, 'new sheet workbook').documentElement!;
  const list = childNamed(root, 'definedNames');
  if (!list) return [];
  return childrenNamed(list, 'definedName')
    .filter((n) => n.getAttribute('localSheetId') === '0')
    .map((n) => ({ name: n.getAttribute('name') ?? '', text: n.textContent ?? '' }));
}
