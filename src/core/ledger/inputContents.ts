/**
 * The three ledger sheets as the template writes them: each an Excel table with its columns' kinds (for data
 * validation and number formats) and example rows, the same description the readers use; plus the settings block
 * that sits beside the rules (columns I–K of 「考核细则」), which a writer adds after the table.
 */
import type { InputSheetContent } from '../bulletin/inputWorkbook';
import type { InputSheet } from '../bulletin/inputSheets';
import type { CellValue } from '../cell';
import { lineCells, rosterCells, ruleCells, type LedgerInputData } from './examples';
import { LEDGER_SHEET, ROSTER_SHEET, RULES_SHEET } from './sheets';

function columnsOf(spec: InputSheet<string>): InputSheetContent['columns'] {
  return spec.columns.map((c) => ({ label: c.label, kind: c.kind, width: c.width }));
}

/** Where the settings block starts on 「考核细则」: row 3 (the table's header row), column I (0-based 8). */
export const SETTINGS_AT = { row: 2, col: 8 };
export const SETTINGS_HEADER = ['设置', '值', '说明'];
export const SETTINGS_WIDTHS = [14, 12, 40];

export interface LedgerSheets {
  contents: InputSheetContent[];
  /** [label, value, note] rows under SETTINGS_HEADER at SETTINGS_AT. */
  settings: [string, CellValue, string][];
}

export function ledgerInputContents(data: LedgerInputData): LedgerSheets {
  return {
    contents: [
      {
        sheet: RULES_SHEET.name,
        tableName: 'LedgerRules',
        note: '考核项目，每项一行。分值：减分写负数（-2），加分写正数（+0.5），酌情计分写范围（-3~-5）。类别上限：该类别最多扣（加）多少分。全厅的设置（基础分值、加分上限、最高分、最低分、一票否决处理）写在右侧：一格写名称，紧右一格写值，不写按默认。',
        columns: columnsOf(RULES_SHEET),
        rows: data.rules.map(ruleCells),
        cellKinds: [],
      },
      {
        sheet: LEDGER_SHEET.name,
        tableName: 'LedgerLines',
        note: '每件事一行，可记全年。细则编号对应「考核细则」；酌情计分的项目要填分值；状态：有效（默认）、申诉成立、撤销，后两种不计分。',
        columns: columnsOf(LEDGER_SHEET),
        rows: data.lines.map(lineCells),
        cellKinds: [],
      },
      {
        sheet: ROSTER_SHEET.name,
        tableName: 'LedgerRoster',
        note: '进驻大厅的窗口，按考核表的顺序。简称可写多个（用、分隔）；当月在大厅的窗口即使没有台账记录也按基础分值计。',
        columns: columnsOf(ROSTER_SHEET),
        rows: data.roster.map(rosterCells),
        cellKinds: [],
      },
    ],
    settings: data.settings,
  };
}
