/** Adds the sample's ledger sheets (scripts/sample-ledger-data.ts) to the sample workbook. */
import type ExcelJS from 'exceljs';
import { ledgerInputContents } from '../src/core/ledger/inputContents';
import { addLedgerInputSheets } from '../src/xlsx/ledgerTemplate';
import { sampleLedgerData } from './sample-ledger-data';

export function addLedgerSampleSheets(wb: ExcelJS.Workbook): void {
  addLedgerInputSheets(wb, ledgerInputContents(sampleLedgerData()));
}
