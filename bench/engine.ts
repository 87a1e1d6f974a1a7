/**
 * The engine (rankSheet: find the header, read every number, compute base − deduction + bonus exactly, rank
 * with ties) on 100,000 and 1,000,000 windows, against a bare Float64Array sort of the same final scores
 * measured in the same process. Target: within 3× of that sort.
 */
import type { CellValue, SheetGrid } from '../src/core/cell';
import { rankSheet } from '../src/core/engine';
import { interleavedMedians, ratioRow } from './timing';
import type { BenchRow } from './types';

const SIZES = [100_000, 1_000_000];
const TARGET = 3;

/** Deterministic pseudo-random numbers (xorshift), so every run ranks the same sheet. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

/** A sheet like a clerk's, scaled up: title row, header, then windows with 0.1-point deductions and bonuses (many ties). */
export function scoreGrid(count: number): { grid: SheetGrid; scores: Float64Array } {
  const next = random(count);
  const values: CellValue[][] = [['2023年8月窗口考核情况'], ['序号', '部门窗口', '基础分值', '减分分值', '加分分值']];
  const scores = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const deductionTenths = next() < 0.8 ? 0 : Math.floor(next() * 200);
    const bonusTenths = Math.floor(next() * 200);
    values.push([i + 1, `窗口${i + 1}`, 100, deductionTenths / 10, bonusTenths / 10]);
    scores[i] = (1000 - deductionTenths + bonusTenths) / 10;
  }
  return { grid: { name: '考核', originRow: 0, originCol: 0, values, merges: [], tables: [] }, scores };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of SIZES) {
    const { grid, scores } = scoreGrid(n);
    const runs = n >= 1_000_000 ? 7 : 15;
    const warmup = n >= 1_000_000 ? 2 : 5;
    let ranked = 0;
    const rankOnce = () => {
      const outcome = rankSheet(grid);
      if (!outcome.ranking) throw new Error(`engine failed: ${outcome.problems.map((p) => p.message).join('; ')}`);
      ranked = outcome.ranking.order.length;
    };
    // The baseline sorts a fresh copy each run (sorting a sorted array would flatter it); the copy is included.
    const sortOnce = () => new Float64Array(scores).sort();
    const [engine, sort] = await interleavedMedians([rankOnce, sortOnce], { warmup, runs });
    if (ranked !== n) throw new Error(`engine ranked ${ranked} of ${n} windows`);
    rows.push(
      ratioRow(
        `engine rankSheet ${n.toLocaleString('en')} rows`,
        engine.median,
        'Float64Array sort',
        sort.median,
        TARGET,
        `in-process, median of ${runs} runs taken in turns with the sort after ${warmup} warm-ups; grid → header → exact scores → competition ranks`,
      ),
    );
  }
  return rows;
}
