/** Timing helpers for the benchmark sections: warm-up runs first, then the median of several timed runs. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  runs: number[];
}

export async function medianMs(fn: () => unknown | Promise<unknown>, opts: { warmup?: number; runs?: number } = {}): Promise<Timing> {
  const warmup = opts.warmup ?? 1;
  const count = opts.runs ?? 5;
  for (let i = 0; i < warmup; i++) await fn();
  const runs: number[] = [];
  for (let i = 0; i < count; i++) {
    maybeGc();
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], runs };
}

/** Collect garbage between runs when node was started with --expose-gc, so one run's garbage is not billed to the next. */
function maybeGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export function ratioRow(
  name: string,
  value: number,
  baselineName: string,
  baseline: number,
  target: number | undefined,
  note: string,
): import('./types').BenchRow {
  const row: import('./types').BenchRow = {
    name,
    value: round(value),
    unit: 'ms',
    baseline: { name: baselineName, value: round(baseline) },
    ratio: round(value / baseline),
    note,
  };
  if (target !== undefined) row.target = target;
  return row;
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
