/**
 * `window-bulletin history`: the 「考核历史」 a workbook keeps, optionally with earlier months imported from its
 * result and score sheets (--import) and this month's ranking recorded (--record); prints the latest month of the
 * chosen year (rank changes, 流动红旗, 末位) and the year's or quarter's roll-up, or the JSON contract (--json);
 * with --out writes a copy whose 「考核历史」 and roll-up sheet (with charts) are up to date.
 */
import type { Workbook } from '../core/cell';
import { rankWorkbook } from '../core/engine';
import { workbookHistory } from '../core/history/workbookHistory';
import { isDerivedSheet } from '../core/history/derivedSheets';
import { toHistoryJson } from '../core/history/json';
import { periodKey, type History, type HistoryMonth } from '../core/history/model';
import { monthReport } from '../core/history/monthReport';
import { monthFromRanking } from '../core/history/recordMonth';
import { quarterSpan, rollup, yearSpan, type Rollup } from '../core/history/rollup';
import { planRollupSheet } from '../core/history/rollupPlan';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from '../core/history/settings';
import type { RankStyle } from '../core/model';
import { readSavedSettings } from './savedSettings';
import { inferPeriod } from '../core/period';
import { hasErrors, problem, type Problem } from '../core/problems';
import { renderRollupHtml } from '../export/rollupHtml';
import { writeHistoryCopy } from '../xlsx/historyCopy';
import { writeBytesAtomically } from '../xlsx/writeOutput';
import { EXIT_BAD_INPUT, EXIT_OK, type CliCommand, type CliIo } from './command';
import { parseHistoryArgs, type HistoryArgs } from './historyArgs';
import { monthText, rollupText } from './historyText';
import { writeJson } from './jsonOutput';
import { printProblems } from './problemsOutput';
import { readAllValues } from './workbookInput';

const HELP = `用法：window-bulletin history <工作簿.xlsx> [选项]

读取工作簿中的「考核历史」表（月份 / 部门窗口 / 基础分值 / 减分分值 / 加分分值 / 实得分值 / 名次 / 排名方式 / 否决），
打印所选年份最近一个月的名次变化、流动红旗和末位提醒，以及全年（或一个季度）的考核汇总。

选项：
  --import                从本工作簿的考核结果表（如「8月考核结果」）和标题写明月份的考核表导入以前的月份；
                          已有的月份数字相同则不变，不同则报错（指明单元格）
  --record                把考核表本月的排名记入考核历史（同一个月再记一次是替换，不会重复）
  --year 年份             汇总这一年（默认：考核历史中最近一个月所在的年份）
  --quarter 季度          只汇总这一年的第 1–4 季度
  --json                  在标准输出打印一个 JSON 文档（格式见 docs/history.md）
  -o, --out 输出.xlsx     写出工作簿副本：更新后的「考核历史」表格和带图表的汇总表（输入文件不会被修改）
  --html 汇总.html        把汇总表和图表（内嵌 SVG）写成一个网页
  --rank-style 方式       导入和记入的月份的排名方式：competition（1、2、2、4）或 dense（1、2、2、3）；
                          默认按加载项保存在工作簿中的设置，没有则 competition
  --red-flags 个数        流动红旗个数（并列在边界的窗口全部计入）；默认按加载项保存在工作簿中的设置，没有则 ${DEFAULT_HISTORY_SETTINGS.redFlagCount}

流动红旗个数、末位提醒和通报的阈值、年度红旗窗口的条件都按任务窗格保存在工作簿中的设置（没有保存过则用默认值，
见 docs/history.md）；命令行选项优先。
  -h, --help              显示本说明

退出码：0 成功；1 输入有误（所有问题都打印在标准错误上，不写出文件）；2 命令行用法有误。
`;

export const historyCommand: CliCommand = {
  name: 'history',
  summary: '考核历史：名次变化、流动红旗、末位提醒，季度和年度汇总（带图表）',
  help: HELP,
  run: runHistory,
};

/** This month's score sheet ranked for recording (--record): the sheet the rank command would read. */
function thisMonth(wb: Workbook, rankStyle: RankStyle): { month: HistoryMonth | null; problems: Problem[] } {
  const candidates: Workbook = { sheets: wb.sheets.filter((s) => !isDerivedSheet(s.name)) };
  const outcome = rankWorkbook(candidates, undefined, { rankStyle });
  if (!outcome.table || !outcome.ranking || hasErrors(outcome.problems)) return { month: null, problems: outcome.problems };
  const grid = candidates.sheets.find((s) => s.name === outcome.table!.sheet)!;
  const period = inferPeriod(grid);
  if (!period) {
    const message = `「${grid.name}」的标题和工作表名都没有写明考核月份（如“2023年8月”），无法记入考核历史。请在标题里写明年月。`;
    return { month: null, problems: [...outcome.problems, problem('HISTORY_NO_MONTH', 'error', message, grid.name)] };
  }
  return { month: monthFromRanking(period, outcome.table, outcome.ranking), problems: outcome.problems };
}

function chosenRollup(history: History, args: HistoryArgs, settings: HistorySettings): Rollup | null {
  const latest = history.months[history.months.length - 1];
  const year = args.year ?? latest?.period.year ?? null;
  if (year === null) return null;
  return rollup(history, args.quarter !== null ? quarterSpan(year, args.quarter) : yearSpan(year), settings);
}

async function runHistory(argv: string[], io: CliIo): Promise<number> {
  const args = parseHistoryArgs(argv);
  if (args.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const input = await readAllValues(args.workbook);
  if (!input.ok) {
    printProblems(io, [input.problem]);
    return EXIT_BAD_INPUT;
  }
  const saved = await readSavedSettings(input.bytes);
  // Each flag given on the command line in place of the saved setting.
  const settings: HistorySettings = { ...saved.history, ...(args.redFlags !== null ? { redFlagCount: args.redFlags } : {}) };
  const rankStyle = args.rankStyle ?? saved.bulletin.rankStyle;
  const current = args.record ? thisMonth(input.workbook, rankStyle) : { month: null, problems: [] };
  const wbHistory = workbookHistory(input.workbook, { import: args.import, rank: { rankStyle }, record: current.month ?? undefined });
  const problems: Problem[] = [...input.readProblems, ...saved.problems, ...current.problems, ...wbHistory.problems];
  const { recorded, joined, imported } = wbHistory;
  if (hasErrors(problems)) {
    printProblems(io, problems);
    return EXIT_BAD_INPUT;
  }
  const roll = chosenRollup(joined, args, settings);
  const shownMonths = roll ? joined.months.filter((m) => roll.months.some((p) => periodKey(p) === periodKey(m.period))) : [];

  let written: string | null = null;
  if (args.out !== undefined) {
    const copy = await writeHistoryCopy(input.bytes, args.workbook, recorded, roll ? [planRollupSheet(roll)] : []);
    if (!copy.ok) {
      printProblems(io, [...problems, copy.problem]);
      return EXIT_BAD_INPUT;
    }
    const failure = await writeBytesAtomically(copy.bytes, args.out);
    if (failure) {
      printProblems(io, [...problems, failure]);
      return EXIT_BAD_INPUT;
    }
    written = `已写出“${args.out}”，其中${copy.sheets.map((s) => `「${s}」`).join('、')}已更新。\n`;
  }
  if (args.html !== undefined && roll) {
    const failure = await writeBytesAtomically(Buffer.from(renderRollupHtml(planRollupSheet(roll)), 'utf8'), args.html);
    if (failure) {
      printProblems(io, [...problems, failure]);
      return EXIT_BAD_INPUT;
    }
    written = `${written ?? ''}已写出“${args.html}”（${roll.title}，含图表）。\n`;
  }

  printProblems(io, problems);
  if (args.json) {
    writeJson({ ...toHistoryJson({ history: joined, months: shownMonths, rollup: roll, imported, settings, problems }) }, io.stdout);
    if (written) io.stderr(written);
    return EXIT_OK;
  }
  if (joined.months.length === 0) {
    io.stdout('工作簿中还没有考核历史。用 --import 从考核结果表导入以前的月份，或用 --record 记入本月。\n');
  } else {
    if (imported.length > 0) io.stdout(`本次记入：${imported.join('、')}。\n\n`);
    const last = shownMonths[shownMonths.length - 1];
    if (last) io.stdout(`${monthText(monthReport(joined, last.period, settings)!)}\n`);
    if (roll) io.stdout(rollupText(roll));
  }
  if (written) io.stdout(written);
  return EXIT_OK;
}
