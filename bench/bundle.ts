/**
 * Task-pane bundle size: the JavaScript taskpane.html loads before the pane can render, gzipped (level 9),
 * from a production build of the real webpack config, against the issue's 150 KB budget. The chunk loaded on
 * demand (ranking table, problem list) is reported without a target.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { FORBIDDEN_IN_INITIAL, INITIAL_JS_BUDGET_GZ, buildPane, kb, measureBundle } from '../test/e2e/paneBuild';
import type { BenchRow } from './types';

export async function run(): Promise<BenchRow[]> {
  const outDir = path.resolve('.tmp', 'bench', `pane-${process.pid}`);
  try {
    await buildPane(outDir);
    const report = measureBundle(outDir);
    const initialKb = Number(kb(report.initialGzipBytes));
    const budgetKb = INITIAL_JS_BUDGET_GZ / 1024;
    const packages = new Set(report.initial.flatMap((s) => s.packages));
    const forbidden = FORBIDDEN_IN_INITIAL.filter((p) => packages.has(p));
    return [
      {
        name: 'task pane initial JS (gzip -9)',
        value: initialKb,
        unit: 'KB',
        baseline: { name: 'budget', value: budgetKb },
        ratio: Math.round((initialKb / budgetKb) * 100) / 100,
        target: 1,
        note:
          `${report.initial.map((s) => `${s.file} ${kb(s.bytes)} KB raw`).join(', ')}; ${packages.size} packages` +
          (forbidden.length > 0 ? `; FORBIDDEN in initial: ${forbidden.join(', ')}` : '; no ExcelJS/docx/polyfills'),
      },
      {
        name: 'task pane on-demand JS (gzip -9)',
        value: Number(kb(report.lazyGzipBytes)),
        unit: 'KB',
        note: report.lazy.map((s) => `${s.file} ${kb(s.gzipBytes)} KB`).join(', '),
      },
    ];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
