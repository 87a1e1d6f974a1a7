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
  return { median: median(runs), runs };
}

/**
 * Medians of several measures timed in turns (a, b, a, b…), so a load that comes and goes on a shared machine
 * falls on all of them alike. No forced collection between runs: a full collection makes V8 drop optimised code
 * and type feedback whose maps died with the previous run's objects (seen with --trace-deopt: "insufficient type
 * feedback" at the first instruction, after every gc()), so each "warm" run of JavaScript was partly a cold one,
 * while a built-in such as TypedArray sort lost nothing. The garbage each run makes is collected as it goes, and
 * billed to whichever run triggers it, the same for every measure.
 */
export async function interleavedMedians(fns: (() => unknown)[], opts: { warmup: number; runs: number }): Promise<Timing[]> {
  for (let i = 0; i < opts.warmup; i++) for (const fn of fns) await fn();
  const runs: number[][] = fns.map(() => []);
  for (let i = 0; i < opts.runs; i++) {
    for (let f = 0; f < fns.length; f++) {
      const t0 = performance.now();
      await fns[f]();
      runs[f].push(performance.now() - t0);
    }
  }
  return runs.map((r) => ({ median: median(r), runs: r }));
}

function median(runs: number[]): number {
  const sorted = [...runs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
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
