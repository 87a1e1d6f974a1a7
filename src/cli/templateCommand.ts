/**
 * `window-bulletin template <新工作簿.xlsx>`: a new workbook with the bulletin's input sheets as Excel tables
 * (data validation, example rows from the reference week), or with --from the next week's workbook made
 * from this week's (next issue numbers, history carried over). Never overwrites a file without --force.
 */
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { carryOverInputs } from '../core/bulletin/carryOver';
import { exampleInputData, exampleScoreSheet } from '../core/bulletin/exampleInputs';
import { inputSheetContents, scoreSheetContent } from '../core/bulletin/inputWorkbook';
import { addInputSheet, addInputSheets } from '../xlsx/template';
import { writeWorkbookAtomically } from '../xlsx/writeOutput';
import { exampleLedgerData } from '../core/ledger/examples';
import { ledgerInputContents } from '../core/ledger/inputContents';
import { addLedgerInputSheets } from '../xlsx/ledgerTemplate';
import { EXIT_BAD_INPUT, EXIT_OK, type CliCommand, type CliIo } from './command';
import { printProblems } from './problemsOutput';
import { parseCommandArgs, UsageError } from './usage';
import { readAllValues } from './workbookInput';

const HELP = `用法：window-bulletin template <新工作簿.xlsx> [选项]

新建周报的输入工作簿：通报信息、办件统计、手册编制、厅局长进大厅、通报正文、通报模板六张表
（Excel 表格，带数据验证和示例行），以及一张示例考核表。

选项：
  --from 上一期.xlsx      由上一期的工作簿生成下一期：期号各加1、日期后移一周，保留办件统计、
                          手册编制、厅局长进大厅的历史和改过的模板，并为新的一周添加空白的办件统计行
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
    const { data, problems } = carryOverInputs(input.workbook);
    if (!data) {
      printProblems(io, problems);
      return EXIT_BAD_INPUT;
    }
    printProblems(io, problems);
    addInputSheets(excel, inputSheetContents(data));
  } else {
    addInputSheets(excel, inputSheetContents(exampleInputData()));
    addInputSheet(excel, scoreSheetContent(exampleScoreSheet()));
    addLedgerInputSheets(excel, ledgerInputContents(exampleLedgerData()));
  }
  const failure = await writeWorkbookAtomically(excel, target);
  if (failure) {
    printProblems(io, [failure]);
    return EXIT_BAD_INPUT;
  }
  io.stdout(`已新建“${target}”，工作表：${excel.worksheets.map((ws) => `「${ws.name}」`).join('、')}。\n`);
  return EXIT_OK;
}
