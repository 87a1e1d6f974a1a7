// `npm run demo`: the main job on the bundled sample workbook. Prints the ranking and writes the workbook
// with the bulletin sheet added to out/8月考核结果.xlsx. (`npm run demo` builds the CLI first.)
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = path.join('samples', 'weekly-bulletin-2023-38.xlsx');
const out = path.join('out', '8月考核结果.xlsx');

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
