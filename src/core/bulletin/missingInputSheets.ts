/**
 * 新建模板 in an open workbook: which input sheets to add. A sheet whose name is taken (in any case, as Excel
 * compares) is skipped and left alone; one whose table name is taken elsewhere (table names are unique across a
 * workbook) cannot be added and is a problem. Shared by the Excel and memory hosts so both decide the same way.
 */
import { problem, type Problem } from '../problems';
import { exampleInputData } from './exampleInputs';
import { inputSheetContents, type InputSheetContent } from './inputWorkbook';
import { exampleLedgerData } from '../ledger/examples';
import { ledgerInputContents } from '../ledger/inputContents';

export interface MissingInputSheets {
  toAdd: InputSheetContent[];
  skipped: string[];
  problems: Problem[];
}

export function missingInputSheets(sheetNames: readonly string[], tableNames: readonly string[]): MissingInputSheets {
  const sheets = new Set(sheetNames.map((n) => n.toLowerCase()));
  const tables = new Set(tableNames.map((n) => n.toLowerCase()));
  const out: MissingInputSheets = { toAdd: [], skipped: [], problems: [] };
  // The ledger's three sheets (考核细则, 考核台账, 窗口名单) come after the bulletin's.
  for (const content of [...inputSheetContents(exampleInputData()), ...ledgerInputContents(exampleLedgerData()).contents]) {
    if (sheets.has(content.sheet.toLowerCase())) out.skipped.push(content.sheet);
    else if (tables.has(content.tableName.toLowerCase())) {
      const message = `工作簿里已有名为“${content.tableName}”的表格，未添加「${content.sheet}」。请先给那张表格改名。`;
      out.problems.push(problem('INPUT', 'error', message, content.sheet, []));
    } else out.toAdd.push(content);
  }
  return out;
}
