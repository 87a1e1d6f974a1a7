/**
 * The engine run in slices (the task pane's way) must give exactly what one straight run gives: the same table,
 * ranking and problems, whatever the slice size, with the state carried across slices (decimal places first seen
 * late, counts, duplicate names split over slices).
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { rankSheet, rankSheetSteps } from '../../src/core/engine';
import { FRESH_TASK } from '../../src/core/steps';
import { grid, HEADER } from './grids';

/** Runs the steps, counting the pauses of each kind. */
function runCounting<T>(steps: Generator<typeof FRESH_TASK | undefined, T, void>): { value: T; pauses: number; fresh: number } {
  let pauses = 0;
  let fresh = 0;
  for (;;) {
    const s = steps.next();
    if (s.done) return { value: s.value, pauses, fresh };
    pauses++;
    if (s.value === FRESH_TASK) fresh++;
  }
}

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 200 }).map((n) => n / 10) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 999 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '2', '１．５', '十', true) },
);

const name: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }).map((n) => `窗口${n}`) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, '备注：另行通知', '合计', ' 水利厅 ', '部门窗口') },
);

describe('rankSheetSteps', () => {
  it('gives the same outcome as rankSheet for any slice size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, cell, cell), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 30 }), (rows, slice) => {
        const sheet = grid([HEADER, ...rows.map(([n, d, p]): CellValue[] => [n, 100, d, p])]);
        const whole = rankSheet(sheet);
        const { value: sliced } = runCounting(rankSheetSteps(sheet, {}, slice));
        expect(sliced).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });

  it('pauses after every slice of rows, between the passes after them, and before the sort', () => {
    const rows: CellValue[][] = Array.from({ length: 2500 }, (_, i) => [`窗口${i}`, 100, (i % 7) / 10, (i % 5) / 2]);
    const sheet = grid([HEADER, ...rows]);
    const { value, pauses, fresh } = runCounting(rankSheetSteps(sheet, {}, 1000));
    expect(value.ranking?.order.length).toBe(2500);
    // One after finding the table, three slices of rows (1000, 1000, 500), three between the duplicate-name
    // passes, one in the middle of scaling the columns, and a fresh task before the sort.
    expect({ pauses, fresh }).toEqual({ pauses: 9, fresh: 1 });
  });
});
