/**
 * `window-bulletin rank`: read a workbook, find the score table, rank it; print the ranking (a table, or the
 * JSON contract with --json) and, with --out, write a copy of the workbook with the bulletin sheet added.
 */
import { buildBulletinTable } from '../core/bulletinTable';
import { planAttachmentSheet } from '../core/attachmentPlan';
import { rankWorkbook } from '../core/engine';
import { toRankJson } from '../core/json';
import { hasErrors, type Problem } from '../core/problems';
import { periodSheetName } from '../core/sheetNames';
import { addSheetToPackage } from '../xlsx/addSheet/addSheetToPackage';
import { writeBytesAtomically } from '../xlsx/writeOutput';
import { EXIT_BAD_INPUT, EXIT_OK, type CliCommand, type CliIo } from './command';
import { writeJson } from './jsonOutput';
import { resolvePeriod } from './periodOption';
import { printProblems } from './problemsOutput';
import { parseRankArgs } from './rankArgs';
import { writeBulletinText } from './textTable';
import { uncachedFigureErrors } from './uncachedFigures';
import { readAllValues, readProblemsFor, readWorkbookValues } from './workbookInput';
import type { Workbook } from '../core/cell';
import { changeLabels, withChangeColumn } from '../core/history/changeColumn';
import { HISTORY_SHEET } from '../core/history/model';

const HELP = `用法：window-bulletin rank <工作簿.xlsx> [选项]

读取考核表（部门窗口 / 基础分值 / 减分分值 / 加分分值），按 实得分值 = 基础分值 − 减分分值 + 加分分值
精确计算并排名（并列名次按 1、2、2、4），在终端打印排名表；可写出带考核结果表的工作簿副本。

选项：
  --sheet 名称            只读取这个工作表（默认：第一个含考核表的工作表）；
                          工作簿很大时指定它，其他工作表不读，更快、更省内存
  --json                  在标准输出打印一个 JSON 文档（格式见 docs/cli.md）
  -o, --out 输出.xlsx     写出工作簿副本，其中新增考核结果表（输入文件不会被修改）
  --rank-style 方式       competition（默认，1、2、2、4）或 dense（中国式，1、2、2、3）
  --tie-display 方式      blank（默认，并列只在第一行写名次）或 repeat（每行都写）
  --period 年-月          考核月份，如 2023-08（默认：从表格标题识别，识别不到则用上个月）
  --hall 名称             大厅名称，用于标题（默认：省政务服务大厅）
  --base 分值             表中没有基础分值列时的基础分（默认：100）
  --change-column         考核结果表加“较上月”列（按「考核历史」，见 docs/history.md；正式附件没有这一列）
  -h, --help              显示本说明

退出码：0 成功；1 输入有误（所有问题都打印在标准错误上，不写出文件）；2 命令行用法有误。
`;

/** 「考核历史」 for the 较上月 column: in the values read, or read now (a --sheet read skips the other sheets). */
async function historyForChanges(path: string, read: Workbook): Promise<Workbook> {
  if (read.sheets.some((s) => s.name === HISTORY_SHEET && s.values.length > 0)) return read;
  const all = await readAllValues(path);
  return all.ok ? all.workbook : read;
}

export const rankCommand: CliCommand = {
  name: 'rank',
  summary: '读取考核表，计算实得分值并排名；可写出考核结果表',
  help: HELP,
  run: runRank,
};

async function runRank(argv: string[], io: CliIo): Promise<number> {
  const args = parseRankArgs(argv);
  if (args.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  // Values are streamed; a copy (--out) is the file's own parts plus the bulletin sheet's, never a reloaded workbook.
  const input = await readWorkbookValues(args.workbook, args.sheet);
  if (!input.ok) {
    printProblems(io, [input.problem]);
    return EXIT_BAD_INPUT;
  }
  const outcome = rankWorkbook(input.workbook, args.sheet, {
    rankStyle: args.rankStyle,
    tieDisplay: args.tieDisplay,
    defaultBase: args.defaultBase,
  });
  const problems: Problem[] = [
    ...uncachedFigureErrors(input.readProblems, outcome.table),
    ...readProblemsFor(input.readProblems, outcome.table?.sheet ?? args.sheet),
    ...outcome.problems,
  ];
  if (hasErrors(problems) || !outcome.table || !outcome.ranking) {
    printProblems(io, problems);
    return EXIT_BAD_INPUT;
  }
  const { table, ranking } = outcome;

  // The month only matters where a title is shown: the terminal table and the bulletin sheet.
  const needsTitle = !args.json || args.out !== undefined;
  const grid = input.workbook.sheets.find((s) => s.name === table.sheet);
  const { period, warning } = resolvePeriod(args.period, grid, io.now());
  if (needsTitle && warning) problems.push(warning);
  const bulletin = buildBulletinTable(table, ranking, { period, hallName: args.hallName }, args.tieDisplay);

  let written: string | null = null;
  if (args.out !== undefined) {
    const plan = planAttachmentSheet(bulletin, periodSheetName(period));
    const history = args.changeColumn ? await historyForChanges(args.workbook, input.workbook) : null;
    const withChanges = history ? withChangeColumn(plan, changeLabels(history, period, table, ranking)) : plan;
    const added = await addSheetToPackage(input.bytes, withChanges, args.workbook);
    if (!added.ok) {
      printProblems(io, [...problems, added.problem]);
      return EXIT_BAD_INPUT;
    }
    const failure = await writeBytesAtomically(added.bytes, args.out);
    if (failure) {
      printProblems(io, [...problems, failure]);
      return EXIT_BAD_INPUT;
    }
    written = `已写出“${args.out}”，新增工作表「${added.sheetName}」。\n`;
  }

  printProblems(io, problems);
  if (args.json) {
    writeJson({ ...toRankJson({ ...outcome, problems }) }, io.stdout);
    if (written) io.stderr(written);
  } else {
    writeBulletinText(bulletin, io.stdout);
    io.stdout(`共 ${table.count} 个窗口，读取自工作表「${table.sheet}」。\n`);
    if (written) io.stdout(written);
  }
  return EXIT_OK;
}
