/**
 * 新建模板 in the open workbook: the bulletin's input sheets (the same content as `window-bulletin template`,
 * from src/core/bulletin) added as Excel tables with their example rows, number formats and data validation.
 * Sheets that already exist are left alone and reported as skipped. One sync reads the names, one writes
 * everything; if the write fails, the sheets it added are deleted again, so a failure leaves the workbook as it was.
 */
import { cellAddress, rangeAddress } from '../core/address';
import { HEADER_ROW, NOTE_ROW, cellNumberFormat, columnRule, formattedRows, validationAreas } from '../core/bulletin/columnRules';
import { toExcelSerial, fromUtcDate } from '../core/bulletin/civilDate';
import type { InputSheetContent } from '../core/bulletin/inputWorkbook';
import { missingInputSheets } from '../core/bulletin/missingInputSheets';
import { isCellError, type CellValue } from '../core/cell';
import type { ColumnKind } from '../core/bulletin/inputSheets';
import type { InsertTemplateResult } from '../core/hostContract';
import { problem } from '../core/problems';
import { DATA_VALIDATION_API, excelApiSupported } from './requirements';
import { refusalAdvice } from './officeErrors';

export interface ExcelInsertTemplateResult extends InsertTemplateResult {
  /** Round trips used (the clean-up's included). */
  syncs: number;
}

/** Excel column width in points for a width in characters (ExcelJS's unit in the specs); about 7 pt a character. */
const POINTS_PER_CHAR = 7;

/** A value as Office.js writes it: dates as serial numbers (formatted as dates), errors are no example material. */
function officeValue(v: CellValue): string | number | boolean {
  if (v === null || isCellError(v)) return '';
  if (v instanceof Date) {
    const day = fromUtcDate(v);
    if (!day) throw new Error(`example date is not a date: ${String(v)}`);
    return toExcelSerial(day);
  }
  return v;
}

function officeRule(kind: ColumnKind): Excel.DataValidationRule {
  const rule = columnRule(kind)!;
  // Formulas as text: numbers and ISO dates both, as the date rule wants; Excel reads them as values.
  const basic = {
    formula1: String(rule.min),
    ...(rule.max === null ? {} : { formula2: String(rule.max) }),
    operator: rule.operator === 'between' ? ('Between' as const) : ('GreaterThanOrEqualTo' as const),
  };
  switch (rule.type) {
    case 'whole':
      return { wholeNumber: basic };
    case 'decimal':
      return { decimal: basic };
    case 'date':
      return { date: basic };
  }
}

function errorAlert(kind: ColumnKind): Excel.DataValidationErrorAlert {
  const rule = columnRule(kind)!;
  return { showAlert: true, style: 'Stop', title: rule.errorTitle, message: rule.error };
}

/** Queues one input sheet: note, column widths, formats before values (text stays text), table, validation. */
function queueSheet(context: Excel.RequestContext, content: InputSheetContent, validate: boolean): void {
  const ws = context.workbook.worksheets.add(content.sheet);
  ws.getRange(cellAddress(NOTE_ROW - 1, 0)).values = [[content.note]];
  const cols = content.columns.length;
  content.columns.forEach((c, i) => {
    // A width set on one cell is its column's.
    ws.getRange(cellAddress(HEADER_ROW - 1, i)).format.columnWidth = c.width * POINTS_PER_CHAR;
  });
  const first = HEADER_ROW; // 0-based index of the first body row
  const formatted = formattedRows(content);
  const formats = Array.from({ length: formatted }, (_, r) => content.columns.map((_c, col) => cellNumberFormat(content, r, col)));
  ws.getRange(rangeAddress(first, 0, formatted, cols)).numberFormat = formats;
  // An Excel table needs at least one body row; an empty one reads back as nothing.
  const body = content.rows.length > 0 ? content.rows.map((r) => r.map(officeValue)) : [content.columns.map(() => '')];
  const tableAddress = rangeAddress(HEADER_ROW - 1, 0, body.length + 1, cols);
  const tableRange = ws.getRange(tableAddress);
  tableRange.values = [content.columns.map((c) => c.label), ...body];
  // A Range, not the address: an address without a sheet name puts the table on the *active* sheet, even through
  // Worksheet.tables (TableCollection.add in the Office.js reference: "the range object or source address
  // determines the worksheet"), and the new sheets are not active.
  const table = ws.tables.add(tableRange, true);
  table.name = content.tableName;
  for (const a of validate ? validationAreas(content) : []) {
    const range = ws.getRange(rangeAddress(first + a.row, a.col, a.rows, 1));
    range.dataValidation.ignoreBlanks = true;
    range.dataValidation.rule = officeRule(a.kind);
    range.dataValidation.errorAlert = errorAlert(a.kind);
  }
}

function failure(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function insertTemplate(context: Excel.RequestContext): Promise<ExcelInsertTemplateResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();
  let syncs = 1;
  const sheetNames = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
  const { toAdd, skipped, problems } = missingInputSheets(
    worksheets.items.map((w) => w.name),
    tables.items.map((t) => t.name),
  );
  if (toAdd.length === 0) return { added: [], skipped, problems, syncs };

  const validate = excelApiSupported(DATA_VALIDATION_API);
  if (!validate) {
    problems.push(problem('INPUT', 'warning', `此版本的 Excel 不支持数据验证（需要 ExcelApi ${DATA_VALIDATION_API}）：添加的输入表没有数据验证，请按表头说明填写。`));
  }
  try {
    for (const c of toAdd) queueSheet(context, c, validate);
    await context.sync();
    syncs++;
    return { added: toAdd.map((c) => c.sheet), skipped, problems, syncs };
  } catch (error) {
    syncs += await removeAdded(context, sheetNames, new Set(toAdd.map((c) => c.sheet.toLowerCase())));
    const advice = refusalAdvice(error, '新建模板');
    problems.push(problem('WRITE_FAILED', 'error', `新建模板失败，已撤销添加的工作表：${advice ? `${advice}。` : failure(error)}`, '', []));
    return { added: [], skipped, problems, syncs };
  }
}

/**
 * Deletes what the failed write added: sheets named as the ones it meant to add that were not there before
 * (names in lower case) — never a sheet that was, nor one someone else added meanwhile. Returns the syncs used.
 */
async function removeAdded(context: Excel.RequestContext, before: ReadonlySet<string>, attempted: ReadonlySet<string>): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const added = worksheets.items.filter((w) => attempted.has(w.name.toLowerCase()) && !before.has(w.name.toLowerCase()));
  if (added.length === 0) return 1;
  for (const w of added) w.delete();
  await context.sync();
  return 2;
}
