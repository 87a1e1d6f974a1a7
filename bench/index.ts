/**
 * `npm run bench`: runs every section (or those named on the command line), prints one table and writes
 * out/bench.json. A section is a module exporting `run(): Promise<BenchRow[]>`; adding one is one line below.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import type { BenchRow, BenchSection } from './types';

const SECTIONS: [string, () => Promise<BenchSection>][] = [
  ['engine', () => import('./engine')],
  ['cli', () => import('./cli')],
  ['bigWorkbook', () => import('./bigWorkbook')],
  ['bundle', () => import('./bundle')],
  ['excelHost', () => import('./excelHost')],
  ['paneLongTasks', () => import('./paneLongTasks')],
  ['bloatedStyles', () => import('./bloatedStyles')],
  ['paneLoad', () => import('./paneLoad')],
  ['xmlParser', () => import('./xmlParser')],
  ['appPage', () => import('./appPage')],
  ['ledger', () => import('./ledger')],
  ['history', () => import('./history')],
];

function cell(row: BenchRow): string[] {
  const ok = row.target === undefined || row.ratio === undefined ? '' : row.ratio <= row.target ? 'ok' : 'OVER';
  return [
    row.name,
    `${row.value} ${row.unit}`,
    row.baseline ? `${row.baseline.value} (${row.baseline.name})` : '',
    row.ratio === undefined ? '' : `${row.ratio}×`,
    row.target === undefined ? '' : `≤${row.target}× ${ok}`,
  ];
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const results: { section: string; rows: BenchRow[] }[] = [];
  for (const [section, load] of SECTIONS) {
    if (wanted.length > 0 && !wanted.includes(section)) continue;
    process.stderr.write(`bench: ${section}…\n`);
    const rows = await (await load()).run();
    results.push({ section, rows });
  }
  const header = ['measure', 'value', 'baseline', 'ratio', 'target'];
  const table = [header, ...results.flatMap((r) => r.rows.map(cell))];
  const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
  for (const row of table) console.log(row.map((v, c) => v.padEnd(widths[c])).join('  ').trimEnd());
  for (const r of results) for (const row of r.rows) if (row.note) console.log(`  ${row.name}: ${row.note}`);
  mkdirSync('out', { recursive: true });
  const machine = { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cpus: os.cpus().length, platform: process.platform };
  writeFileSync('out/bench.json', `${JSON.stringify({ date: new Date().toISOString(), machine, sections: results }, null, 2)}\n`);
  console.log('wrote out/bench.json');
  if (results.some((r) => r.rows.some((row) => row.target !== undefined && row.ratio !== undefined && row.ratio > row.target))) {
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
