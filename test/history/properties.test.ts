/**
 * Properties of the history: any order of the month sheets gives the same history; recording or importing a month
 * again changes nothing; roll-up ranks follow the engine's tie rules (competition 1, 2, 2, 4 or dense 1, 2, 2, 3,
 * tied windows in listing order) and the averages are the exact sums rounded half up.
 */
import fc from 'fast-check';
import type { CellValue, SheetGrid } from '../../src/core/cell';
import { workbookHistory } from '../../src/core/history/workbookHistory';
import { replaceMonth } from '../../src/core/history/recordMonth';
import { rollup, yearSpan, averageUnits } from '../../src/core/history/rollup';
import { DEFAULT_HISTORY_SETTINGS } from '../../src/core/history/settings';
import { normaliseHistory } from '../../src/core/history/model';
import type { RankStyle } from '../../src/core/model';

const NAMES = ['甲厅', '乙厅', '丙局', '丁办', '戊委', '己局', '庚厅'];

/** A month: some windows, each with a score in halves around 100 (ties are common). */
const monthArb = fc.record({
  month: fc.integer({ min: 1, max: 12 }),
  windows: fc.subarray(NAMES, { minLength: 1 }),
  scores: fc.array(fc.integer({ min: 190, max: 210 }), { minLength: NAMES.length, maxLength: NAMES.length }),
});
const yearArb = fc.uniqueArray(monthArb, { minLength: 1, maxLength: 8, selector: (m) => m.month });

type Month = { month: number; windows: string[]; scores: number[] };

function sheetOf(m: Month, name?: string): SheetGrid {
  const values: CellValue[][] = [[`2023年${m.month}月窗口考核情况`], ['部门窗口', '基础分值', '减分分值', '加分分值']];
  m.windows.forEach((w) => {
    const score = m.scores[NAMES.indexOf(w)] / 2;
    values.push([w, 100, score < 100 ? 100 - score : 0, score > 100 ? score - 100 : 0]);
  });
  return { name: name ?? `${m.month}月`, originRow: 0, originCol: 0, values, merges: [], tables: [] };
}

const historyOf = (sheets: SheetGrid[], style: RankStyle = 'competition') =>
  workbookHistory({ sheets }, { import: true, rank: { rankStyle: style } });

test('importing the month sheets in any order gives the same history', () => {
  fc.assert(
    fc.property(yearArb, fc.integer(), (year, seed) => {
      const sheets = year.map((m) => sheetOf(m));
      const shuffled = fc.sample(fc.shuffledSubarray(sheets, { minLength: sheets.length }), { numRuns: 1, seed })[0];
      const a = historyOf(sheets);
      const b = historyOf(shuffled);
      expect(a.problems).toEqual([]);
      expect(b.recorded).toEqual(a.recorded);
    }),
    { numRuns: 60 },
  );
});

test('recording a month again, or importing a workbook whose history holds it, changes nothing', () => {
  fc.assert(
    fc.property(yearArb, (year) => {
      const h = historyOf(year.map((m) => sheetOf(m))).recorded;
      for (const m of h.months) expect(replaceMonth(h, m)).toEqual(normaliseHistory(h.months));
      // The same sheets again, under other names (a copy of the result sheets): every month is already held.
      const again = historyOf([...year.map((m) => sheetOf(m)), ...year.map((m) => sheetOf(m, `${m.month}月副本`))]);
      expect(again.problems).toEqual([]);
      expect(again.recorded).toEqual(h);
    }),
    { numRuns: 60 },
  );
});

test('roll-up ranks follow the engine tie rules on the rounded averages', () => {
  fc.assert(
    fc.property(yearArb, fc.constantFrom<RankStyle>('competition', 'dense'), (year, style) => {
      const h = historyOf(year.map((m) => sheetOf(m)), style).joined;
      const r = rollup(h, yearSpan(2023), DEFAULT_HISTORY_SETTINGS);
      const averages = r.windows.map((w) => w.average);
      r.windows.forEach((w, k) => {
        const greater = averages.filter((a) => a > w.average);
        expect(w.rank).toBe(style === 'dense' ? new Set(greater).size + 1 : greater.length + 1);
        if (k > 0) expect(averages[k - 1]).toBeGreaterThanOrEqual(w.average);
        const sum = w.cells.reduce((s, c) => s + (c?.score ?? 0), 0);
        expect(w.average).toBe(averageUnits(sum, w.monthsCounted));
      });
      // Tied windows keep listing order: the order they first appear, month by month.
      const listing = h.months.flatMap((m) => m.rows.map((x) => x.window)).filter((n, i, all) => all.indexOf(n) === i);
      for (let k = 1; k < r.windows.length; k++) {
        if (r.windows[k].average === r.windows[k - 1].average) {
          expect(listing.indexOf(r.windows[k - 1].window)).toBeLessThan(listing.indexOf(r.windows[k].window));
        }
      }
    }),
    { numRuns: 80 },
  );
});

test('averages round half away from zero at two decimals, exactly', () => {
  // units of 1/10^4 point: 100.125 (×10^4) over 1 month → 100.13; 200.25 over 2 → 100.125 → 100.13; 300.01 over 3 → 100.0033 → 100.
  expect(averageUnits(1001250, 1)).toBe(1001300);
  expect(averageUnits(2002500, 2)).toBe(1001300);
  expect(averageUnits(3000100, 3)).toBe(1000000);
  expect(averageUnits(-1001250, 1)).toBe(-1001300);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 1, max: 12 }), (sum, n) => {
      const avg = averageUnits(sum, n);
      expect(avg % 100).toBe(0);
      // |exact − rounded| ≤ half a step, and exactly half rounds up.
      const diff = sum - avg * n; // in units × n
      expect(Math.abs(diff)).toBeLessThanOrEqual(50 * n);
      if (Math.abs(diff) === 50 * n) expect(diff).toBeLessThan(0);
    }),
  );
});
