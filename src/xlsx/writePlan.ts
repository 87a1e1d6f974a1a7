/**
 * Interprets a core SheetPlan into an ExcelJS worksheet: values, merges, format blocks, widths, heights,
 * print setup. The plan decides what the sheet looks like; this file only translates it.
 */
import type ExcelJS from 'exceljs';
import { MAX_PAGE_BREAKS, PAGE_NUMBER_FOOTER, type FontSpec, type FormatBlock, type PrintSetup, type SheetPlan } from '../core/plan';
import { excelText } from './excelText';

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

/**
 * Writes the plan row by row, each row complete (values, formats, height, page break) before the next, and
 * commits it: the same code fills an ordinary worksheet (where commit does nothing) and ExcelJS's streaming
 * worksheet, which writes a committed row out and forgets it (see addSheet/planParts.ts). The sheet-wide
 * settings come first because the streaming writer puts them out with the first row.
 */
export function writePlan(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  writePrintSetup(ws, plan.print);
  // Merge before the formats (a merge copies the first cell's format over the area), so every covered cell gets
  // its own borders from the blocks: Excel draws a merged area's edges from the cells under it.
  for (const m of plan.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  const heights = new Map(plan.rowHeights.map(({ row, height }) => [row, height]));
  // A break "before" 0-based row r sits after 1-based row r: on the row written just before it.
  // Only the first 1,026, as the Excel host sets: after them Excel (and LibreOffice) break the pages themselves.
  const breaksAfter = new Set((plan.print.pageBreaksBefore ?? []).filter((r) => r > 0).slice(0, MAX_PAGE_BREAKS).map((r) => r - 1));
  const styles = new RowStyles(plan.formats);
  // Counted in a loop: a spread of 100,000+ row heights into Math.max would overflow the call stack at scale.
  let rowCount = plan.values.length;
  for (const b of plan.formats) rowCount = Math.max(rowCount, b.range.row + b.range.rows);
  for (const r of heights.keys()) rowCount = Math.max(rowCount, r + 1);
  for (let r = 0; r < rowCount; r++) {
    const row = ws.getRow(r + 1);
    (plan.values[r] ?? []).forEach((v, c) => {
      // A string is assigned as a string: ExcelJS stores it as text (a shared string), never as a formula,
      // so a window named "=SUM(1)" or "+86" stays exactly that. Formulas would need a {formula} object.
      if (v !== null) row.getCell(c + 1).value = typeof v === 'string' ? excelText(v) : v;
    });
    styles.forRow(r, (c, style) => {
      row.getCell(c + 1).style = style;
    });
    const height = heights.get(r);
    if (height !== undefined) row.height = height;
    if (breaksAfter.has(r)) row.addPageBreak();
    row.commit();
  }
}

/**
 * Each cell's style is the overlay of the format blocks covering it, in order. Cells covered by the same blocks
 * share one style object, so a 100,000-row table costs a handful of objects, not 600,000.
 */
class RowStyles {
  private readonly shared = new Map<string, Partial<ExcelJS.Style>>();

  constructor(private readonly blocks: readonly FormatBlock[]) {}

  forRow(r: number, apply: (col: number, style: Partial<ExcelJS.Style>) => void): void {
    const covering: number[] = [];
    this.blocks.forEach((b, i) => {
      if (r >= b.range.row && r < b.range.row + b.range.rows) covering.push(i);
    });
    if (covering.length === 0) return;
    const right = Math.max(...covering.map((i) => this.blocks[i].range.col + this.blocks[i].range.cols));
    for (let c = 0; c < right; c++) {
      const list = covering.filter((i) => c >= this.blocks[i].range.col && c < this.blocks[i].range.col + this.blocks[i].range.cols);
      if (list.length === 0) continue;
      const key = list.join(',');
      let style = this.shared.get(key);
      if (!style) {
        style = overlay(list.map((i) => this.blocks[i]));
        this.shared.set(key, style);
      }
      apply(c, style);
    }
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

/** The plan's print setup as ExcelJS takes it (given to the streaming writer when the sheet is created). */
export function pageSetupOf(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_A4,
    orientation: print.orientation,
    margins: { ...print.margins },
    horizontalCentered: print.centerHorizontally,
  };
  if (print.fitToWidth) {
    // One page wide, as many pages tall as the rows need (0 = automatic); fitToPage switches scale off.
    Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  }
  if (print.repeatRows) setup.printTitlesRow = `${print.repeatRows.first + 1}:${print.repeatRows.last + 1}`;
  return setup;
}

function writePrintSetup(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  Object.assign(ws.pageSetup, pageSetupOf(print));
  if (print.pageNumbers) Object.assign(ws.headerFooter, PAGE_NUMBER_FOOTERS);
}

/** The file format's codes for the three sections of a header or footer. */
const SECTION_CODE = { left: '&L', center: '&C', right: '&R' } as const;

/** The plan's page-number footer (core/plan.ts) as the file format stores it: the section's code, then the text. */
export const PAGE_NUMBER_FOOTERS = {
  differentOddEven: true,
  oddFooter: SECTION_CODE[PAGE_NUMBER_FOOTER.oddPages] + PAGE_NUMBER_FOOTER.text,
  evenFooter: SECTION_CODE[PAGE_NUMBER_FOOTER.evenPages] + PAGE_NUMBER_FOOTER.text,
};
