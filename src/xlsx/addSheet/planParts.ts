/**
 * A SheetPlan written by ExcelJS as a workbook of its own, taken apart: the parts a new sheet brings into
 * another workbook (its worksheet XML, its styles, the text of its shared strings, its sheet-scoped defined
 * names such as print titles). ExcelJS stays the one place that turns a plan into OOXML (writePlan.ts); only
 * the single new sheet passes through it, never the clerk's whole workbook.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PassThrough } from 'node:stream';
import type { SheetPlan } from '../../core/plan';
import { pageSetupOf, writePlan } from '../writePlan';
import type { DefinedName } from './registerSheet';
import { sharedStringItems } from './sheetPart';
import { attributeOf, childNode, childNodes, parseFragment, textOf } from './xmlFragment';

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
  const zip = await JSZip.loadAsync(streamingWriterAvailable() ? await streamedWorkbook(plan) : await bufferedWorkbook(plan));
  // A sheet with parts of its own (images, comments, tables) would need them carried over too; plans have none.
  if (zip.file(SHEET_RELS)) throw new Error(`sheet "${plan.sheetName}" has relationships; only plain sheets can be added`);
  const text = async (path: string) => {
    const entry = zip.file(path);
    if (!entry) throw new Error(`ExcelJS wrote no ${path}`);
    return entry.async('string');
  };
  return {
    sheetXml: withPrintOptions(await text(SHEET), plan),
    stylesXml: await text('xl/styles.xml'),
    sharedStrings: zip.file('xl/sharedStrings.xml') ? sharedStringItems(await text('xl/sharedStrings.xml')) : [],
    definedNames: sheetDefinedNames(await text('xl/workbook.xml')),
  };
}

/**
 * ExcelJS's browser build (what the web page gets, see src/file) has no streaming writer, which needs Node's
 * streams; the CLI always has it.
 */
function streamingWriterAvailable(): boolean {
  return typeof (ExcelJS as { stream?: { xlsx?: { WorkbookWriter?: unknown } } }).stream?.xlsx?.WorkbookWriter === 'function';
}

/** In a browser: the ordinary writer, all rows in memory at once, the cost the streaming writer avoids in the CLI. */
async function bufferedWorkbook(plan: SheetPlan): Promise<Uint8Array> {
  const excel = new ExcelJS.Workbook();
  const ws = excel.addWorksheet(plan.sheetName, { pageSetup: pageSetupOf(plan.print) });
  writePlan(ws, plan);
  return new Uint8Array(await excel.xlsx.writeBuffer());
}

/**
 * The plan as a one-sheet workbook from ExcelJS's streaming writer: each row is serialised as it is committed
 * and not kept, so a 100,000-row bulletin never exists as 600,000 cell objects at once.
 */
async function streamedWorkbook(plan: SheetPlan): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });
  // Stored, not deflated: the package is taken apart again at once, so compressing it would be wasted time.
  const excel = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true, zip: { store: true } });
  // The streaming writer puts out the sheet's properties (fit to page) when the sheet is created.
  const ws = excel.addWorksheet(plan.sheetName, { pageSetup: pageSetupOf(plan.print) });
  writePlan(ws, plan);
  ws.commit();
  await excel.commit();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * ExcelJS's streaming writer leaves out <printOptions> (its ordinary writer has them): the table centred on the
 * page is added where the schema puts it, just before the page margins.
 */
function withPrintOptions(xml: string, plan: SheetPlan): string {
  if (!plan.print.centerHorizontally || xml.includes('<printOptions')) return xml;
  const at = xml.indexOf('<pageMargins');
  if (at < 0) throw new Error('new sheet: no <pageMargins> to put <printOptions> before');
  return `${xml.slice(0, at)}<printOptions horizontalCentered="1"/>${xml.slice(at)}`;
}

function sheetDefinedNames(workbookXml: string): DefinedName[] {
  const list = childNode(parseFragment(workbookXml, 'new sheet workbook'), 'definedNames');
  if (!list) return [];
  return childNodes(list, 'definedName')
    .filter((n) => attributeOf(n, 'localSheetId') === '0')
    .map((n) => ({ name: attributeOf(n, 'name') ?? '', text: textOf(n) }));
}
