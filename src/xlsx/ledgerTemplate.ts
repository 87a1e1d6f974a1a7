/**
 * Writes the ledger's three input sheets into an ExcelJS workbook (the CLI's template and the sample): each an
 * Excel table with validation under every column (src/xlsx/template.ts), plus what only these sheets have: the
 * settings block beside the rules, and drop-down lists for 一票否决 (是/否), 状态 (有效/申诉成立/撤销) and the
 * veto setting, so a clerk picks a word the reader knows.
 */
import type ExcelJS from 'exceljs';
import { formattedRows, HEADER_ROW } from '../core/bulletin/columnRules';
import type { LedgerSheets } from '../core/ledger/inputContents';
import { SETTINGS_AT, SETTINGS_HEADER, SETTINGS_WIDTHS } from '../core/ledger/inputContents';
import { STATUS_WORDS } from '../core/ledger/lines';
import { SETTING_LABELS, VETO_WORDS } from '../core/ledger/settings';
import { LEDGER_SHEET, RULES_SHEET } from '../core/ledger/sheets';
import { excelText } from './excelText';
import { addInputSheet, copySheet } from './template';

type Validations = { add(address: string, v: ExcelJS.DataValidation): void };

function listRule(words: readonly string[], title: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    showErrorMessage: true,
    formulae: [`"${words.join(',')}"`],
    errorTitle: title,
    error: `请从列表中选择：${words.join('、')}。`,
  };
}

/** A list drop-down over a whole body column (replacing nothing: text columns have no rule of their own). */
function listColumn(ws: ExcelJS.Worksheet, col: number, rows: number, rule: ExcelJS.DataValidation): void {
  const letter = ws.getColumn(col + 1).letter;
  const first = HEADER_ROW + 1;
  (ws as unknown as { dataValidations: Validations }).dataValidations.add(`${letter}${first}:${letter}${first + rows - 1}`, rule);
}

export function addLedgerInputSheets(excel: ExcelJS.Workbook, sheets: LedgerSheets): void {
  for (const content of sheets.contents) {
    if (excel.getWorksheet(content.sheet)) throw new Error(`worksheet already exists: ${content.sheet}`);
    const ws = addInputSheet(excel, content);
    const rows = formattedRows(content);
    if (content.sheet === RULES_SHEET.name) {
      listColumn(ws, RULES_SHEET.columns.findIndex((c) => c.key === 'veto'), rows, listRule(['是', '否'], '请选择是或否'));
      addSettingsBlock(ws, sheets.settings);
    }
    if (content.sheet === LEDGER_SHEET.name) {
      listColumn(ws, LEDGER_SHEET.columns.findIndex((c) => c.key === 'status'), rows, listRule(Object.values(STATUS_WORDS), '请选择状态'));
    }
  }
}

function addSettingsBlock(ws: ExcelJS.Worksheet, settings: LedgerSheets['settings']): void {
  const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
  const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
  SETTINGS_WIDTHS.forEach((w, i) => (ws.getColumn(SETTINGS_AT.col + 1 + i).width = w));
  SETTINGS_HEADER.forEach((label, i) => {
    const cell = ws.getCell(SETTINGS_AT.row + 1, SETTINGS_AT.col + 1 + i);
    cell.value = label;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF4472C4' } };
    cell.border = box;
  });
  settings.forEach(([label, value, note], k) => {
    const r = SETTINGS_AT.row + 2 + k;
    const c = SETTINGS_AT.col + 1;
    ws.getCell(r, c).value = excelText(label);
    const v = ws.getCell(r, c + 1);
    v.value = typeof value === 'string' ? excelText(value) : (value as ExcelJS.CellValue);
    ws.getCell(r, c + 2).value = excelText(note);
    ws.getCell(r, c + 2).font = { color: { argb: 'FF595959' } };
    for (let j = 0; j < 3; j++) ws.getCell(r, c + j).border = box;
    (ws as unknown as { dataValidations: Validations }).dataValidations.add(
      v.address,
      label === SETTING_LABELS.veto.label
        ? listRule(Object.values(VETO_WORDS), '请选择处理方式')
        : { type: 'decimal', operator: 'between', allowBlank: true, showErrorMessage: true, formulae: [-1000, 1000], errorTitle: '只能填写数字', error: '请填写分数，如100；空白为不限。' },
    );
  });
}

/**
 * Next month's workbook (`template --from`): the ledger's sheets carried as the hall keeps them — 「考核细则」 with
 * its settings, 「窗口名单」, and 「考核台账」 with all its lines (it holds a year or more, and the tally picks the
 * month) — values, styles, widths, merges, and the drop-down lists (data validation) a clerk picks words from.
 */
export function copyLedgerSheet(from: ExcelJS.Worksheet, to: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = copySheet(from, to);
  const rules = (from as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  const target = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations;
  for (const [address, rule] of Object.entries(rules)) target.model[address] = { ...rule };
  return ws;
}
