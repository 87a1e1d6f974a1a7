/**
 * Interprets a core SheetPlan into an ExcelJS worksheet: values, merges, format blocks, widths, heights,
 * print setup. The plan decides what the sheet looks like; this file only translates it.
 */
import type ExcelJS from 'exceljs';
import type { FontSpec, FormatBlock, PrintSetup, SheetPlan } from '../core/plan';

/** GB2312: tells Excel and WPS this is a Chinese font, so where 仿宋_GB2312 or 方正小标宋简体 is not installed they
 * substitute a Chinese font of the same kind instead of a Latin one. An .xlsx font cannot list fallbacks by name. */
const CHARSET_GB2312 = 134;
/** The font family Excel itself records for 宋体 / 仿宋 / 黑体 (with charset 134). */
const FAMILY_CJK = 3;
const PAPER_A4 = 9;

export function addPlanSheet(excel: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const ws = excel.addWorksheet(plan.sheetName);
  writePlan(ws, plan);
  return ws;
}

export function writePlan(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  writeValues(ws, plan);
  // Merge after the values (a merge clears the covered cells) and before formats, so every covered cell
  // gets its own borders: Excel draws a merged area's edges from the cells under it.
  for (const m of plan.merges) ws.mergeCellsWithoutStyle(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  writeFormats(ws, plan.formats);
  plan.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const { row, height } of plan.rowHeights) ws.getRow(row + 1).height = height;
  writePrintSetup(ws, plan.print);
}

function writeValues(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.values.forEach((rowValues, r) => {
    const row = ws.getRow(r + 1);
    rowValues.forEach((v, c) => {
      // A string is assigned as a string: ExcelJS stores it as text (a shared string), never as a formula,
      // so a window named "=SUM(1)" or "+86" stays exactly that. Formulas would need a {formula} object.
      if (v !== null) row.getCell(c + 1).value = v;
    });
  });
}

function writeFormats(ws: ExcelJS.Worksheet, blocks: FormatBlock[]): void {
  // Each cell's style is the overlay of the blocks covering it, in order. Cells covered by the same blocks
  // share one style object, so a 5,000-row table costs a handful of objects, not 30,000.
  const cellBlocks = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    for (let r = b.range.row; r < b.range.row + b.range.rows; r++) {
      for (let c = b.range.col; c < b.range.col + b.range.cols; c++) {
        const key = `${r},${c}`;
        const list = cellBlocks.get(key);
        if (list) list.push(i);
        else cellBlocks.set(key, [i]);
      }
    }
  });
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const [key, list] of cellBlocks) {
    const styleKey = list.join(',');
    let style = styles.get(styleKey);
    if (!style) {
      style = overlay(list.map((i) => blocks[i]));
      styles.set(styleKey, style);
    }
    const comma = key.indexOf(',');
    ws.getCell(Number(key.slice(0, comma)) + 1, Number(key.slice(comma + 1)) + 1).style = style;
  }
}

function overlay(blocks: FormatBlock[]): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  const alignment: Partial<ExcelJS.Alignment> = {};
  for (const b of blocks) {
    if (b.font) style.font = excelFont(b.font);
    if (b.horizontal) alignment.horizontal = b.horizontal;
    if (b.vertical) alignment.vertical = b.vertical === 'center' ? 'middle' : b.vertical;
    if (b.wrap !== undefined) alignment.wrapText = b.wrap;
    if (b.borders === 'all-thin') {
      const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
      style.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
    if (b.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(b.fill) } };
    if (b.numberFormat) style.numFmt = b.numberFormat;
  }
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  return style;
}

function excelFont(f: FontSpec): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = { name: f.name, size: f.size, charset: CHARSET_GB2312, family: FAMILY_CJK };
  if (f.bold) font.bold = true;
  if (f.color) font.color = { argb: argb(f.color) };
  return font;
}

/** "#C00000" → "FFC00000" (opaque). */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

function writePrintSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  const setup = ws.pageSetup;
  setup.paperSize = PAPER_A4;
  setup.orientation = print.orientation;
  if (print.fitToWidth) {
    // One page wide, as many pages tall as the rows need (0 = automatic); fitToPage switches scale off.
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  setup.margins = { ...print.margins };
  setup.horizontalCentered = print.centerHorizontally;
  if (print.repeatRows) setup.printTitlesRow = `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}`;
  // A break "before" 0-based row r sits after 1-based row r.
  for (const r of print.pageBreaksBefore ?? []) if (r > 0) ws.getRow(r).addPageBreak();
}
