/**
 * `window-bulletin template <新工作簿.xlsx>`: a new workbook with the bulletin's input sheets as Excel tables
 * (data validation, example rows from the reference week), or with --from the next week's workbook made
 * from this week's (next issue numbers, history carried over). Never overwrites a file without --force.
 */
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { carryOverInputs } from '../core/bulletin/carryOver';
import { inputSheetContents, type BulletinInputData } from '../core/bulletin/inputWorkbook';
import { addExampleTemplate } from '../xlsx/exampleTemplate';
import { addInputSheets, copySheet } from '../xlsx/template';
import { loadWorkbookFile } from '../xlsx/loadWorkbookFile';
import { writeWorkbookAtomically } from '../xlsx/writeOutput';
import { copyLedgerSheet } from '../xlsx/ledgerTemplate';
import { findSheet } from '../core/bulletin/inputTable';
import { LEDGER_SHEET, ROSTER_SHEET, RULES_SHEET } from '../core/ledger/sheets';
import { EXIT_BAD_INPUT, EXIT_OK, type CliCommand, type CliIo } from './command';
import { printProblems } from './problemsOutput';
import { parseCommandArgs, UsageError } from './usage';
import { readAllValues } from './workbookInput';

const HELP = `用法：window-bulletin template <新工作簿.xlsx> [选项]

新建周报的输入工作簿：通报信息、办件统计、手册编制、厅局长进大厅、通报正文、通报模板六张表
（Excel 表格，带数据验证和示例行），以及一张示例考核表。

选项：
  --from 上一期.xlsx      由上一期的工作簿生成下一期：期号各加1，本周定为下一周的周一至周五，
                          保留办件统计、手册编制、厅局长进大厅的历史、改过的模板和考核表，
                          并为新的一周添加空白的办件统计行（节假日和调休请自行改日期）；
                          考核细则（含设置）、窗口名单和考核台账（全部记录）原样带过去
  --force                 文件已存在时覆盖它（默认不覆盖）
  -h, --help              显示本说明

退出码：0 成功；1 输入有误或文件已存在（不写出文件）；2 命令行用法有误。
`;

const OPTIONS = {
  from: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const templateCommand: CliCommand = {
  name: 'template',
  summary: '新建周报输入工作簿（带数据验证和示例），或由上一期生成下一期',
  help: HELP,
  run: runTemplate,
};

/**
 * What the clerk should check in the new workbook: the proposed week is Monday to Friday of the next week, which a
 * holiday or a 调休 working day may change; the program does not know the year's holiday schedule.
 */
function nextWeekNote(data: BulletinInputData): string {
  const date = (v: unknown) => (v instanceof Date ? `${v.getUTCMonth() + 1}月${v.getUTCDate()}日` : String(v));
  const { weekStart, weekEnd, yearIssue } = data.facts;
  return (
    `下一期（第${String(yearIssue)}期）的周定为${date(weekStart)}—${date(weekEnd)}（下周一至周五）。` +
    '遇节假日或调休请改「通报信息」的周开始、周结束日期和「办件统计」新加的那一行（两处不一致时会同时指出）。\n'
  );
}

async function runTemplate(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const errors: string[] = [];
  if (positionals.length === 0) errors.push('缺少要新建的工作簿文件名，例如：window-bulletin template 第39期.xlsx');
  if (positionals.length > 1) errors.push(`只能新建一个工作簿，多余的参数：${positionals.slice(1).join(' ')}`);
  const target = positionals[0] ?? '';
  if (target !== '' && !/\.xlsx$/i.test(target)) errors.push(`新工作簿“${target}”应以 .xlsx 结尾。`);
  if (values.from !== undefined && values.from === target) errors.push('--from 的工作簿不能和新工作簿是同一个文件。');
  if (errors.length > 0) throw new UsageError(errors);

  if (existsSync(target) && !values.force) {
    io.stderr(`错误：文件“${target}”已存在，没有覆盖。要覆盖请加 --force，或换一个文件名。\n`);
    return EXIT_BAD_INPUT;
  }

  const excel = new ExcelJS.Workbook();
  if (values.from !== undefined) {
    const input = await readAllValues(values.from);
    if (!input.ok) {
      printProblems(io, [input.problem]);
      return EXIT_BAD_INPUT;
    }
    const { data, scoreSheet, problems } = carryOverInputs(input.workbook);
    if (!data) {
      printProblems(io, problems);
      return EXIT_BAD_INPUT;
    }
    printProblems(io, problems);
    addInputSheets(excel, inputSheetContents(data));
    // The ledger goes on from month to month: its sheets are carried whole, found as the tally finds them.
    const found = new Set([RULES_SHEET, LEDGER_SHEET, ROSTER_SHEET].map((spec) => findSheet(input.workbook, [spec.name, ...spec.aliases])?.name));
    const ledgerSheets = input.workbook.sheets.map((s) => s.name).filter((name) => found.has(name));
    if (scoreSheet || ledgerSheets.length > 0) {
      const source = await loadWorkbookFile(values.from);
      if (!source.ok) {
        printProblems(io, [source.problem]);
        return EXIT_BAD_INPUT;
      }
      const sheet = scoreSheet ? source.excel.getWorksheet(scoreSheet) : undefined;
      if (sheet) copySheet(sheet, excel);
      for (const name of ledgerSheets) {
        const ledgerSheet = source.excel.getWorksheet(name);
        if (ledgerSheet) copyLedgerSheet(ledgerSheet, excel);
      }
    }
    io.stdout(nextWeekNote(data));
  } else {
    addExampleTemplate(excel);
  }
  const failure = await writeWorkbookAtomically(excel, target);
  if (failure) {
    printProblems(io, [failure]);
    return EXIT_BAD_INPUT;
  }
  io.stdout(`已新建“${target}”，工作表：${excel.worksheets.map((ws) => `「${ws.name}」`).join('、')}。\n`);
  return EXIT_OK;
}
