/**
 * The new input workbook `window-bulletin template` writes (without --from) and the web page's 新建模板 hands over:
 * the bulletin's six input sheets as Excel tables with data validation and the reference week's example rows, an
 * example score sheet, and the ledger's input sheets. One place, so the two cannot drift apart.
 */
import ExcelJS from 'exceljs';
import { exampleInputData, exampleScoreSheet } from '../core/bulletin/exampleInputs';
import { inputSheetContents, scoreSheetContent } from '../core/bulletin/inputWorkbook';
import { exampleLedgerData } from '../core/ledger/examples';
import { ledgerInputContents } from '../core/ledger/inputContents';
import { addLedgerInputSheets } from './ledgerTemplate';
import { addInputSheet, addInputSheets } from './template';

export function addExampleTemplate(excel: ExcelJS.Workbook): void {
  addInputSheets(excel, inputSheetContents(exampleInputData()));
  addInputSheet(excel, scoreSheetContent(exampleScoreSheet()));
  addLedgerInputSheets(excel, ledgerInputContents(exampleLedgerData()));
}

/** The example template as a new workbook's bytes (the web page's download), with its sheets' names. */
export async function exampleTemplateBytes(): Promise<{ bytes: Uint8Array; sheets: string[] }> {
  const excel = new ExcelJS.Workbook();
  addExampleTemplate(excel);
  return { bytes: new Uint8Array(await excel.xlsx.writeBuffer()), sheets: excel.worksheets.map((ws) => ws.name) };
}
