#!/usr/bin/env node
// Entry of the `window-bulletin` command: runs the CLI bundle that `npm ci` (prepare) or `npm run build:cli` builds.
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'window-bulletin.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('window-bulletin: 命令行程序尚未构建，请先运行 npm run build:cli\n');
  process.exit(2);
}
require(bundle);
