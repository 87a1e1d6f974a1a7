/** Hand-made ledger workbooks for the tests: each sheet a header row at A1 and the rows under it. */
import type { CellValue, SheetGrid, Workbook } from '../../src/core/cell';
import { tallyWorkbook, type TallyOutcome } from '../../src/core/ledger/month';

export const RULES_HEADER = ['编号', '类别', '考核项目', '分值', '计量', '类别上限', '一票否决'];
export const LEDGER_HEADER = ['日期', '部门窗口', '细则编号', '次数', '分值', '人员', '依据', '状态', '备注'];
export const ROSTER_HEADER = ['部门窗口', '简称', '进驻日期', '撤出日期'];

/** The rules most tests use: caps of 10 (到岗纪律) and 5 (群众表扬), a range item, a veto item. */
export const RULES: CellValue[][] = [
  ['D01', '到岗纪律', '迟到', '-2', '次', 10, '否'],
  ['D02', '到岗纪律', '擅自脱岗', '-3', '半天', null, '否'],
  ['D05', '服务评价', '差评', '-3~-5', '次', null, '否'],
  ['D07', '作风纪律', '违纪', '-20', '次', null, '是'],
  ['B01', '群众表扬', '表扬信', '+0.5', '封', 5, '否'],
  ['B02', '群众表扬', '锦旗', '+1', '面', null, '否'],
  ['B03', '通报表扬', '通报表扬', '+5', '次', null, '否'],
  ['B05', '重点工作', '专项工作', '1~3', '项', null, '否'],
];

export const ROSTER: CellValue[][] = [
  ['甲厅', '甲', null, null],
  ['乙局', '', null, null],
  ['丙委', '', null, null],
  ['省市场监管局', '', null, null],
];

export function grid(name: string, rows: CellValue[][]): SheetGrid {
  return { name, originRow: 0, originCol: 0, values: rows, merges: [], tables: [] };
}

/** Rules sheet: the table at A1, the settings as label/value pairs in columns J:K. */
export function rulesGrid(rules: CellValue[][] = RULES, settings: [string, CellValue][] = []): SheetGrid {
  const rows: CellValue[][] = [RULES_HEADER, ...rules].map((r) => [...r, null, null, null]);
  settings.forEach(([label, value], k) => {
    while (rows.length <= k + 1) rows.push(Array<CellValue>(RULES_HEADER.length + 3).fill(null));
    rows[k + 1] = [...rows[k + 1].slice(0, RULES_HEADER.length + 1), label, value];
  });
  return grid('考核细则', rows);
}

/** A ledger line: [date, window, rule, count?, points?, person?, evidence?, status?, note?] */
export type Line = CellValue[];

export function ledgerWorkbook(lines: Line[], options: { rules?: CellValue[][]; settings?: [string, CellValue][]; roster?: CellValue[][] } = {}): Workbook {
  return {
    sheets: [
      rulesGrid(options.rules ?? RULES, options.settings ?? []),
      grid('考核台账', [LEDGER_HEADER, ...lines.map((l) => Array.from({ length: LEDGER_HEADER.length }, (_, i) => l[i] ?? null))]),
      grid('窗口名单', [ROSTER_HEADER, ...(options.roster ?? ROSTER)]),
    ],
  };
}

export const AUGUST = { year: 2023, month: 8 };

export function tally(lines: Line[], options: Parameters<typeof ledgerWorkbook>[1] = {}): TallyOutcome {
  return tallyWorkbook(ledgerWorkbook(lines, options), AUGUST);
}

/** The figures of one window, in points. */
export function figures(outcome: TallyOutcome, window: string) {
  const w = outcome.tally!.windows.find((x) => x.window === window)!;
  return { deduction: w.deduction / 10000, bonus: w.bonus / 10000, score: w.score / 10000 };
}
