/**
 * Writes the bulletin's input sheets into an ExcelJS workbook: a one-line note, then an Excel table
 * (ListObject) with the columns and rows of each sheet, and data validation under every column so a clerk
 * cannot type a negative count or a date that is not a date. Reading them back is the core readers' job.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/cell';
import { isCellError } from '../core/cell';
import type { ColumnKind } from '../core/bulletin/inputSheets';
import type { InputSheetContent } from '../core/bulletin/inputWorkbook';
import { cellNumberFormat, columnRule, formattedRows, HEADER_ROW, NOTE_ROW, validationAreas } from '../core/bulletin/columnRules';
import { lineCapacityEm, rowHeightFor, wrapLines } from '../core/bulletin/textMetrics';
import { excelText } from './excelText';

/** Workbook default font size: what the input cells are shown in. */
const BODY_PT = 11;

/** A core rule as ExcelJS takes it (date bounds as UTC-midnight Dates). */
function validation(kind: ColumnKind): ExcelJS.DataValidation | null {
  const rule = columnRule(kind);
  if (!rule) return null;
  const bound = (b: number | string): number | Date => (typeof b === 'number' ? b : new Date(`${b}T00:00:00Z`));
  return {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    type: rule.type,
    operator: rule.operator,
    formulae: rule.max === null ? [bound(rule.min)] : [bound(rule.min), bound(rule.max)],
    errorTitle: rule.errorTitle,
    error: rule.error,
  };
}

/** A value as ExcelJS writes it: strings stay strings (never formulas), errors are not example material. */
function cellValue(v: CellValue): ExcelJS.CellValue {
  if (v === null || isCellError(v)) return null;
  return typeof v === 'string' ? excelText(v) : v;
}

export function addInputSheet(excel: ExcelJS.Workbook, content: InputSheetContent): ExcelJS.Worksheet {
  const ws = excel.addWorksheet(content.sheet);
  const note = ws.getCell(NOTE_ROW, 1);
  note.value = excelText(content.note);
  note.font = { name: '宋体', size: 11, color: { argb: 'FF595959' }, charset: 134 };
  content.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  // An Excel table needs at least one body row; an empty one reads back as nothing.
  const rows = content.rows.length > 0 ? content.rows : [content.columns.map(() => null)];
  ws.addTable({
    name: content.tableName,
    displayName: content.tableName,
    ref: `A${HEADER_ROW}`,
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: content.columns.map((c) => ({ name: c.label, filterButton: true })),
    rows: rows.map((r) => r.map(cellValue)),
  });
  const first = HEADER_ROW + 1;
  // Rows with long text (paragraphs, templates) get the height their wrapped lines need: Excel does not grow them.
  rows.forEach((r, i) => {
    const lines = Math.max(
      1,
      ...r.map((v, c) => (typeof v === 'string' && content.columns[c].kind === 'text' ? wrapLines(v, lineCapacityEm(content.columns[c].width, BODY_PT)).length : 1)),
    );
    if (lines > 1) ws.getRow(first + i).height = rowHeightFor(lines, BODY_PT);
  });
  const last = first + formattedRows(content) - 1;
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  content.columns.forEach((c, i) => {
    for (let r = first; r <= last; r++) {
      const cell = ws.getCell(r, i + 1);
      cell.numFmt = cellNumberFormat(content, r - first, i);
      // Left and top, text wrapped: a key/value list and long paragraphs read best that way.
      cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: c.kind === 'text' };
    }
  });
  for (const a of validationAreas(content)) {
    const letter = ws.getColumn(a.col + 1).letter;
    const top = first + a.row;
    const address = a.rows === 1 ? `${letter}${top}` : `${letter}${top}:${letter}${top + a.rows - 1}`;
    validations.add(address, validation(a.kind)!);
  }
  ws.views = [{ state: 'frozen', ySplit: HEADER_ROW }];
  return ws;
}

/** Adds every sheet; names already in the workbook are a programming error here (the callers pick fresh names). */
export function addInputSheets(excel: ExcelJS.Workbook, contents: readonly InputSheetContent[]): void {
  for (const c of contents) {
    if (excel.getWorksheet(c.sheet)) throw new Error(`worksheet already exists: ${c.sheet}`);
    addInputSheet(excel, c);
  }
}

/**
 * A copy of another workbook's sheet (the score sheet carried into next week's workbook): every cell's value as
 * ExcelJS holds it (formulas with their cached results, so 实得分值 stays a formula), its style, the column
 * widths, row heights and merges. Excel tables and data validation of the old sheet are not carried.
 */
export function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = to.addWorksheet(from.name);
  from.columns?.forEach((column, i) => {
    if (column.width !== undefined) ws.getColumn(i + 1).width = column.width;
  });
  from.eachRow({ includeEmpty: true }, (row, r) => {
    const target = ws.getRow(r);
    if (row.height !== undefined) target.height = row.height;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A cell covered by a merge repeats the merge's master value in ExcelJS: only the master is written.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const copy = target.getCell(c);
      copy.value = cell.value;
      copy.style = { ...cell.style };
    });
  });
  // ExcelJS keeps merges in an internal map keyed by the top-left address (as readWorkbook.ts reads them).
  const merges = (from as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  for (const m of Object.values(merges)) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  return ws;
}
