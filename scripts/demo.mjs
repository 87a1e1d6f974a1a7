// `npm run demo`: the main jobs on the bundled sample workbook. Prints the ranking and writes the workbook
// with the ranking sheet added to out/8月考核结果.xlsx; then makes the reference week's whole bulletin:
// out/2023年第38期周报.xlsx (the bulletin sheet), .docx and .html. (`npm run demo` builds the CLI first.)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join('samples', 'weekly-bulletin-2023-38.xlsx');
const out = path.join('out', '8月考核结果.xlsx');
const bulletin = path.join('out', '2023年第38期周报');

function windowBulletin(args) {
  console.log(`\n$ window-bulletin ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'window-bulletin.js'), ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`demo: window-bulletin exited with ${r.status ?? r.signal}`);
    process.exit(r.status ?? 1);
  }
}

mkdirSync(path.join(root, 'out'), { recursive: true });
windowBulletin(['rank', sample, '--out', out]);
console.log(`\n打开 ${out} 查看新增的工作表「8月考核结果」（A4 纵向，可直接打印）。`);
windowBulletin(['bulletin', sample, '--out', `${bulletin}.xlsx`, '--docx', `${bulletin}.docx`, '--html', `${bulletin}.html`]);
console.log(`\n打开 ${bulletin}.xlsx 查看新增的工作表「2023年第38期周报」，或 ${bulletin}.docx、${bulletin}.html。`);

// 台账 (issue 13): August's scores tallied from the sample's ledger, rules and roster; the copy gets the score sheet
// 「2023年8月考核」 and the detail 「2023年8月考核明细」 (a page per window).
const tallied = path.join('out', '2023年8月考核.xlsx');
windowBulletin(['tally', sample, '--month', '2023-08', '--out', tallied]);
console.log(`\n打开 ${tallied} 查看新增的「2023年8月考核」和「2023年8月考核明细」。`);
