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
import { lineCapacityEm, rowHeightFor, wrapLines } from '../core/bulletin/textMetrics';

/** Rows below the examples that also get validation, so rows a clerk adds are checked too. */
const VALIDATED_ROWS = 500;
const NOTE_ROW = 1;
const HEADER_ROW = 3;
/** Workbook default font size: what the input cells are shown in. */
const BODY_PT = 11;

const NUMBER_FORMATS: Record<ColumnKind, string> = {
  date: 'yyyy-mm-dd',
  month: 'yyyy-mm',
  count: '0',
  decimal: 'General',
  text: '@',
};

function validation(kind: ColumnKind): ExcelJS.DataValidation | null {
  const shown = { allowBlank: true, showErrorMessage: true, showInputMessage: true };
  switch (kind) {
    case 'count':
      return { ...shown, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], errorTitle: '只能填写整数', error: '请填写不小于0的整数，不带单位。' };
    case 'decimal':
      return { ...shown, type: 'decimal', operator: 'between', formulae: [-1000000, 1000000], errorTitle: '只能填写数字', error: '请填写分值（可带小数，如13.5）。' };
    case 'date':
    case 'month':
      return {
        ...shown,
        type: 'date',
        operator: 'between',
        formulae: [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2099, 11, 31))],
        errorTitle: '只能填写日期',
        error: kind === 'month' ? '请填写月份，如2023-08。' : '请填写日期，如2023-09-25。',
      };
    case 'text':
      return null;
  }
}

/** A value as ExcelJS writes it: strings stay strings (never formulas), errors are not example material. */
function cellValue(v: CellValue): ExcelJS.CellValue {
  if (v === null || isCellError(v)) return null;
  return v;
}

export function addInputSheet(excel: ExcelJS.Workbook, content: InputSheetContent): ExcelJS.Worksheet {
  const ws = excel.addWorksheet(content.sheet);
  const note = ws.getCell(NOTE_ROW, 1);
  note.value = content.note;
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
  const last = first + Math.max(rows.length, VALIDATED_ROWS) - 1;
  const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  content.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    const letter = col.letter;
    const overridden = new Set(content.cellKinds.filter((k) => k.col === i).map((k) => first + k.row));
    for (let r = first; r <= last; r++) {
      const cell = ws.getCell(r, i + 1);
      if (!overridden.has(r)) cell.numFmt = NUMBER_FORMATS[c.kind];
      // Left and top, text wrapped: a key/value list and long paragraphs read best that way.
      cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: c.kind === 'text' };
    }
    const v = validation(c.kind);
    if (v && overridden.size === 0) validations.add(`${letter}${first}:${letter}${last}`, v);
  });
  for (const k of content.cellKinds) {
    const cell = ws.getCell(first + k.row, k.col + 1);
    cell.numFmt = NUMBER_FORMATS[k.kind];
    const v = validation(k.kind);
    if (v) validations.add(cell.address, v);
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
