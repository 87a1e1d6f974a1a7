/**
 * Task-pane bundle sizes read from a production build of the real webpack config, gzipped (level 9): the scripts
 * taskpane.html names, and every other chunk of the pane. These count files, not what a browser loads: the budget
 * (JavaScript requested before the pane is interactive, chunks included) is measured in Chromium by paneLoad.ts.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { FORBIDDEN_IN_INITIAL, buildPane, kb, measureBundle } from '../test/e2e/paneBuild';
import type { BenchRow } from './types';

export async function run(): Promise<BenchRow[]> {
  const outDir = path.resolve('.tmp', 'bench', `pane-${process.pid}`);
  try {
    await buildPane(outDir);
    const report = measureBundle(outDir);
    const initialKb = Number(kb(report.initialGzipBytes));
    const packages = new Set(report.initial.flatMap((s) => s.packages));
    const forbidden = FORBIDDEN_IN_INITIAL.filter((p) => packages.has(p));
    return [
      {
        name: 'task pane script tags (gzip -9; the budget line is paneLoad)',
        value: initialKb,
        unit: 'KB',
        note:
          `${report.initial.map((s) => `${s.file} ${kb(s.bytes)} KB raw`).join(', ')}; ${packages.size} packages` +
          (forbidden.length > 0 ? `; FORBIDDEN in initial: ${forbidden.join(', ')}` : '; no ExcelJS/docx/polyfills'),
      },
      {
        name: 'task pane other chunks (gzip -9)',
        value: Number(kb(report.lazyGzipBytes)),
        unit: 'KB',
        note: report.lazy.map((s) => `${s.file} ${kb(s.gzipBytes)} KB`).join(', '),
      },
    ];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
