/** One measured line of `npm run bench`. A ratio compares `value` with `baseline` measured in the same run. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** What the value is compared with, e.g. a bare Float64Array sort of the same scores. */
  baseline?: { name: string; value: number };
  /** value / baseline.value. */
  ratio?: number;
  /** The ratio this line must stay within (≤). */
  target?: number;
  /** How it was measured (in-process, child process, runs, sizes). */
  note?: string;
}

export interface BenchSection {
  run(): Promise<BenchRow[]>;
}
