/**
 * `window-bulletin tally`: a month's scores from the ledger. Reads 「窗口名单」, 「考核细则」 and 「考核台账」, tallies
 * the month (caps, vetoes, appeals), prints the ranking (or the JSON contract with --json) and, with --out, writes
 * a copy of the workbook with the score sheet 「2023年8月考核」 and the detail sheet 「2023年8月考核明细」 added.
 * Any error: every problem on stderr, exit 1, nothing written.
 */
import { normalizeLabel } from '../core/bulletin/labels';
import { tallyBulletinTable } from '../core/ledger/bulletinRows';
import { planDetailSheet } from '../core/ledger/detailPlan';
import { toTallyJson } from '../core/ledger/json';
import { LEDGER_INPUT_SHEETS, monthText, tallyWorkbook, type MonthTally } from '../core/ledger/month';
import { ledgerHeader } from '../core/ledger/lines';
import { monthRowFilter, sameHeader, type LedgerRowFilter } from '../core/ledger/monthFilter';
import { LEDGER_SHEET } from '../core/ledger/sheets';
import { DEFAULT_HALL, planScoreSheet } from '../core/ledger/scorePlan';
import type { Period } from '../core/model';
import { hasErrors, type Problem } from '../core/problems';
import { addSheetToPackage } from '../xlsx/addSheet/addSheetToPackage';
import { streamWorkbookBytes } from '../xlsx/streamWorkbook';
import { readWorkbookBytes } from '../xlsx/workbookBytes';
import { writeBytesAtomically } from '../xlsx/writeOutput';
import { EXIT_BAD_INPUT, EXIT_OK, type CliCommand, type CliIo } from './command';
import { writeJson } from './jsonOutput';
import { parsePeriodOption } from './periodOption';
import { printProblems } from './problemsOutput';
import { writeBulletinText } from './textTable';
import { collectUsage, oneOf, parseCommandArgs, UsageError } from './usage';

const HELP = `用法：window-bulletin tally <工作簿.xlsx> [选项]

由工作簿中的「考核台账」（每件事一行）、「考核细则」（考核项目和分值、类别上限、一票否决，以及基础分值、
加分上限、最高分、最低分等设置）和「窗口名单」汇总一个月的考核：每个窗口的减分、加分和实得分值，
按细则封顶，申诉成立和撤销的记录不计。在终端打印排名；可写出带当月考核表和考核明细的工作簿副本。
输入表的格式见 docs/ledger.md；用 window-bulletin template 可以新建带示例的输入表。

选项：
  --month 年-月           要汇总的月份，如 2023-08（默认：台账中最后一个有记录的月份）
  --json                  在标准输出打印一个 JSON 文档（格式见 docs/ledger.md）
  -o, --out 输出.xlsx     写出工作簿副本，新增「2023年8月考核」和「2023年8月考核明细」（输入文件不会被修改）
  --hall 名称             大厅名称，用于考核表标题（默认：${DEFAULT_HALL}）
  --rank-style 方式       competition（默认，1、2、2、4）或 dense（中国式，1、2、2、3）
  -h, --help              显示本说明

退出码：0 成功；1 输入有误（所有问题都打印在标准错误上，不写出文件）；2 命令行用法有误。
`;

export const tallyCommand: CliCommand = {
  name: 'tally',
  summary: '由考核台账和考核细则汇总当月考核表和考核明细',
  help: HELP,
  run: runTally,
};

const OPTIONS = {
  month: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
  hall: { type: 'string' },
  'rank-style': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function monthOption(text: string | undefined): Period | null {
  if (text === undefined) return null;
  try {
    return parsePeriodOption(text);
  } catch {
    throw new UsageError(`选项 --month 的值“${text}”无效，应写成 2023-08 这样的年月。`);
  }
}

async function runTally(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const errors: string[] = [];
  if (positionals.length === 0) errors.push('缺少工作簿文件，例如：window-bulletin tally 考核.xlsx --month 2023-08');
  if (positionals.length > 1) errors.push(`只能汇总一个工作簿，多余的参数：${positionals.slice(1).join(' ')}`);
  const month = collectUsage(errors, () => monthOption(values.month), null);
  const style = collectUsage(errors, () => oneOf('rank-style', values['rank-style'], ['competition', 'dense'] as const, 'competition'), 'competition');
  if (values.out !== undefined && !/\.xlsx$/iu.test(values.out)) errors.push(`输出文件“${values.out}”应以 .xlsx 结尾。`);
  if (values.out !== undefined && values.out === positionals[0]) errors.push('--out 不能是输入的工作簿本身（输入文件不会被修改）。');
  if (errors.length > 0) throw new UsageError(errors);
  const path = positionals[0];
  const hall = values.hall ?? DEFAULT_HALL;

  // Only the three input sheets are read; the others (a large score sheet, last year's sheets) are listed by name.
  const bytes = await readWorkbookBytes(path);
  if (!bytes.ok) {
    printProblems(io, [bytes.problem]);
    return EXIT_BAD_INPUT;
  }
  const wanted = new Set(LEDGER_INPUT_SHEETS.map(normalizeLabel));
  const readSheet = (name: string) => wanted.has(normalizeLabel(name));
  // With the month given, of the other months' ledger lines only the dates are parsed (monthFilter.ts).
  const ledgerNames = new Set([LEDGER_SHEET.name, ...LEDGER_SHEET.aliases].map(normalizeLabel));
  const filters = new Map<string, LedgerRowFilter>();
  const rowFilter = (name: string) => {
    if (!month || !ledgerNames.has(normalizeLabel(name))) return undefined;
    const filter = monthRowFilter(name, month);
    filters.set(name, filter);
    return filter;
  };
  let read = await streamWorkbookBytes(bytes.bytes, path, { readSheet, rowFilter });
  // A header the whole sheet puts elsewhere than its first rows said (it never does in a sheet read whole): read again.
  const misled = read.ok && read.workbook.sheets.some((g) => filters.get(g.name)?.dropped() && !sameHeader(filters.get(g.name)!.header(), ledgerHeader(g)));
  if (misled) read = await streamWorkbookBytes(bytes.bytes, path, { readSheet });
  if (!read.ok) {
    printProblems(io, [read.problem]);
    return EXIT_BAD_INPUT;
  }
  const outcome = tallyWorkbook(read.workbook, month, style);
  const problems: Problem[] = [...read.problems, ...outcome.problems];
  const tally = outcome.tally;
  if (hasErrors(problems) || !tally) {
    printProblems(io, problems);
    return EXIT_BAD_INPUT;
  }

  let written: string | null = null;
  if (values.out !== undefined) {
    // Both sheets in memory first, then one atomic write: an error leaves no file behind.
    const added = await addBothSheets(bytes.bytes, tally, hall, path);
    if (!added.ok) {
      printProblems(io, [...problems, added.problem]);
      return EXIT_BAD_INPUT;
    }
    const failure = await writeBytesAtomically(added.bytes, values.out);
    if (failure) {
      printProblems(io, [...problems, failure]);
      return EXIT_BAD_INPUT;
    }
    written = `已写出“${values.out}”，新增工作表「${added.scoreSheet}」「${added.detailSheet}」。\n`;
  }

  printProblems(io, problems);
  if (values.json) {
    writeJson({ ...toTallyJson(tally, problems) }, io.stdout);
    if (written) io.stderr(written);
    return EXIT_OK;
  }
  writeBulletinText(tallyBulletinTable(tally, hall, 'blank'), io.stdout);
  const counted = tally.lines.filter((l) => l.status === 'valid').length;
  const left = tally.lines.length - counted;
  io.stdout(
    `共 ${tally.windows.length} 个窗口；${monthText(tally.period)}台账记录 ${tally.lines.length} 条，计分 ${counted} 条` +
      (left > 0 ? `，申诉成立或撤销 ${left} 条未计` : '') +
      '。\n',
  );
  const vetoed = tally.windows.filter((w) => w.veto).map((w) => w.window);
  if (vetoed.length > 0) io.stdout(`一票否决：${vetoed.join('、')}。\n`);
  if (written) io.stdout(written);
  return EXIT_OK;
}

type BothAdded = { ok: true; bytes: Buffer; scoreSheet: string; detailSheet: string } | { ok: false; problem: Problem };

/** The workbook's bytes with the score sheet, then the detail sheet, added (each named apart from what is there). */
async function addBothSheets(input: Buffer, tally: MonthTally, hall: string, label: string): Promise<BothAdded> {
  const scores = await addSheetToPackage(input, planScoreSheet(tally, hall), label);
  if (!scores.ok) return scores;
  const detail = await addSheetToPackage(scores.bytes, planDetailSheet(tally), label);
  if (!detail.ok) return detail;
  return { ok: true, bytes: detail.bytes, scoreSheet: scores.sheetName, detailSheet: detail.sheetName };
}
