/**
 * `window-bulletin bulletin`: the whole weekly bulletin from a workbook's input sheets and score sheet. Writes
 * a copy of the workbook with the bulletin sheet (--out), the .docx (--docx) and the HTML (--html), all of them
 * or none; without an output option prints the bulletin on the terminal. Any error: every problem on stderr,
 * exit 1, nothing written.
 */
import { composeBulletin } from '../core/bulletin/compose';
import type { BulletinDocument } from '../core/bulletin/document';
import { planBulletinSheet } from '../core/bulletin/sheetPlan';
import { hasErrors, type Problem } from '../core/problems';
import { renderBulletinDocx } from '../export/docx';
import { renderBulletinHtml } from '../export/html';
import { renderBulletinText } from '../export/text';
import { addSheetToPackage } from '../xlsx/addSheet/addSheetToPackage';
import { parseBulletinArgs, type OutputKind } from './bulletinArgs';
import { writeAllOrNothing, type OutputFile } from './bulletinOutputs';
import { EXIT_BAD_INPUT, EXIT_OK, type CliCommand, type CliIo } from './command';
import { printProblems } from './problemsOutput';
import { readAllValues } from './workbookInput';
import { readSavedSettings } from './savedSettings';

const HELP = `用法：window-bulletin bulletin <工作簿.xlsx> [选项]

由工作簿中的输入表（通报信息、办件统计、手册编制、厅局长进大厅、通报正文、通报模板）和考核表
生成整期《窗口工作周报》：报头、各栏目段落、附件（当月考核结果）和版记。输入表见 docs/bulletin.md，
用 window-bulletin template 可以新建带示例的输入表。

选项：
  -o, --out 输出.xlsx     写出工作簿副本，其中新增可直接打印的周报工作表（输入文件不会被修改）
  --docx 输出.docx        写出 Word 文档（GB/T 9704 版式）
  --html 输出.html        写出网页（可在浏览器中打开、复制到 Word 或 WPS）
  --rank-style 方式       附件的名次：competition（默认，1、2、2、4）或 dense（中国式，1、2、2、3）
  --tie-display 方式      blank（默认，并列只在第一行写名次）或 repeat（每行都写）
  -h, --help              显示本说明

不加 --out、--docx、--html 时在终端打印周报全文，不写文件。
几个输出要么全部写出，要么一个也不写。

退出码：0 成功；1 输入有误（所有问题都打印在标准错误上，不写出文件）；2 命令行用法有误。
`;

export const bulletinCommand: CliCommand = {
  name: 'bulletin',
  summary: '由输入表和考核表生成整期周报：工作表、Word 文档、网页',
  help: HELP,
  run: runBulletin,
};

const OUTPUT_NAMES: Record<OutputKind, string> = { xlsx: '工作簿', docx: 'Word 文档', html: '网页' };

async function runBulletin(argv: string[], io: CliIo): Promise<number> {
  const args = parseBulletinArgs(argv);
  if (args.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  const input = await readAllValues(args.workbook);
  if (!input.ok) {
    printProblems(io, [input.problem]);
    return EXIT_BAD_INPUT;
  }
  // The history fields ({流动红旗}…) by the thresholds the pane saved in the workbook.
  const saved = await readSavedSettings(input.bytes);
  const composed = composeBulletin(input.workbook, { rankStyle: args.rankStyle, tieDisplay: args.tieDisplay }, saved.history);
  // File-level warnings (formulas saved without results…) only for the sheets the bulletin was made from.
  const readProblems = input.readProblems.filter((p) => p.sheet === undefined || composed.sheetsRead.includes(p.sheet));
  const problems = [...readProblems, ...saved.problems, ...composed.problems];
  const doc = composed.document;
  if (hasErrors(problems) || !doc) {
    printProblems(io, problems);
    return EXIT_BAD_INPUT;
  }

  if (args.outputs.length === 0) {
    printProblems(io, problems);
    io.stdout(renderBulletinText(doc));
    return EXIT_OK;
  }
  // Every file is rendered in memory first: a renderer failing leaves nothing on disk.
  const files: OutputFile[] = [];
  const notes: string[] = [];
  for (const o of args.outputs) {
    const rendered = await render(o.kind, doc, input.bytes, args.workbook);
    if (!rendered.ok) {
      printProblems(io, [...problems, rendered.problem]);
      return EXIT_BAD_INPUT;
    }
    files.push({ path: o.path, bytes: rendered.bytes });
    notes.push(`已写出${OUTPUT_NAMES[o.kind]}“${o.path}”${rendered.note}。`);
  }
  const failure = await writeAllOrNothing(files);
  if (failure) {
    printProblems(io, [...problems, failure]);
    return EXIT_BAD_INPUT;
  }
  printProblems(io, problems);
  io.stdout(`${doc.head.name} ${doc.head.issueLine}\n${notes.join('\n')}\n`);
  return EXIT_OK;
}

type Rendered = { ok: true; bytes: Uint8Array; note: string } | { ok: false; problem: Problem };

/** One output in memory; the workbook copy is the input file's own parts plus the bulletin sheet. */
async function render(kind: OutputKind, doc: BulletinDocument, workbookBytes: Buffer, label: string): Promise<Rendered> {
  switch (kind) {
    case 'xlsx': {
      const added = await addSheetToPackage(workbookBytes, planBulletinSheet(doc), label);
      return added.ok ? { ok: true, bytes: added.bytes, note: `，新增工作表「${added.sheetName}」` } : added;
    }
    case 'docx':
      return { ok: true, bytes: await renderBulletinDocx(doc), note: '' };
    case 'html':
      return { ok: true, bytes: new TextEncoder().encode(renderBulletinHtml(doc)), note: '' };
  }
}
