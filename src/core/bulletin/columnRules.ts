/**
 * What each input column kind means to a spreadsheet, host-neutral: its number format and its data validation
 * rule, and which cells of an input sheet get which kind. The ExcelJS writer (src/xlsx/template.ts) and the
 * Office.js writer (src/excel/insertTemplate.ts) both translate these, so the CLI's template and the pane's
 * 新建模板 check the same things with the same messages.
 */
import type { ColumnKind } from './inputSheets';
import type { InputSheetContent } from './inputWorkbook';

/** Rows below the examples that also get validation and formats, so rows a clerk adds are checked too. */
export const VALIDATED_ROWS = 500;
/** Row (1-based) of the one-line note, and of the table's header; the body starts under the header. */
export const NOTE_ROW = 1;
export const HEADER_ROW = 3;

export const COLUMN_NUMBER_FORMATS: Record<ColumnKind, string> = {
  date: 'yyyy-mm-dd',
  month: 'yyyy-mm',
  count: '0',
  decimal: 'General',
  text: '@',
};

export interface ColumnRule {
  type: 'whole' | 'decimal' | 'date';
  operator: 'greaterThanOrEqual' | 'between';
  /** Bounds: numbers, or ISO dates (2000-01-01) for the date rule. */
  min: number | string;
  max: number | string | null;
  errorTitle: string;
  error: string;
}

/** The validation of a kind; text takes anything. */
export function columnRule(kind: ColumnKind): ColumnRule | null {
  switch (kind) {
    case 'count':
      return { type: 'whole', operator: 'greaterThanOrEqual', min: 0, max: null, errorTitle: '只能填写整数', error: '请填写不小于0的整数，不带单位。' };
    case 'decimal':
      return { type: 'decimal', operator: 'between', min: -1000000, max: 1000000, errorTitle: '只能填写数字', error: '请填写分值（可带小数，如13.5）。' };
    case 'date':
    case 'month':
      return {
        type: 'date',
        operator: 'between',
        min: '2000-01-01',
        max: '2099-12-31',
        errorTitle: '只能填写日期',
        error: kind === 'month' ? '请填写月份，如2023-08。' : '请填写日期，如2023-09-25。',
      };
    case 'text':
      return null;
  }
}

/** Body rows that get formats and validation: the example rows, at least VALIDATED_ROWS. */
export function formattedRows(content: InputSheetContent): number {
  return Math.max(Math.max(content.rows.length, 1), VALIDATED_ROWS);
}

/** A rectangle of the body (0-based rows under the header, 0-based columns) sharing one kind's rule. */
export interface KindArea {
  row: number;
  col: number;
  rows: number;
  kind: ColumnKind;
}

/**
 * Where each rule goes: a whole column when no cell of it has a kind of its own, else each such cell alone
 * (the facts sheet, one kind per row, would otherwise reject its own dates and counts).
 */
export function validationAreas(content: InputSheetContent): KindArea[] {
  const rows = formattedRows(content);
  const areas: KindArea[] = [];
  content.columns.forEach((c, col) => {
    if (!content.cellKinds.some((k) => k.col === col)) areas.push({ row: 0, col, rows, kind: c.kind });
  });
  for (const k of content.cellKinds) areas.push({ row: k.row, col: k.col, rows: 1, kind: k.kind });
  return areas.filter((a) => columnRule(a.kind) !== null);
}

/** The number format of a body cell: its own kind's, else its column's. */
export function cellNumberFormat(content: InputSheetContent, row: number, col: number): string {
  const own = content.cellKinds.find((k) => k.row === row && k.col === col);
  return COLUMN_NUMBER_FORMATS[own ? own.kind : content.columns[col].kind];
}
