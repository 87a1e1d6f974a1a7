/**
 * Properties of the tally over random months: the order of ledger lines does not matter; an upheld appeal is the
 * same as deleting the line; no cap is ever exceeded; the score is base − deduction + bonus after the caps.
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import type { TallyOutcome } from '../../src/core/ledger/month';
import { RULES, tally, type Line } from './support';

const WINDOWS = ['甲厅', '乙局', '丙委', '省市场监管局'];
const POINTS: Record<string, number[]> = { D05: [-3, -3.5, -4, -5], B05: [1, 1.5, 2, 3] };

const line: fc.Arbitrary<Line> = fc
  .record({
    day: fc.integer({ min: 1, max: 31 }),
    window: fc.constantFrom(...WINDOWS),
    rule: fc.constantFrom(...RULES.map((r) => r[0] as string)),
    count: fc.integer({ min: 1, max: 6 }),
    pick: fc.nat(3),
    status: fc.constantFrom('有效', '有效', '有效', '申诉成立', '撤销'),
  })
  .map((l) => [`2023-08-${String(l.day).padStart(2, '0')}`, l.window, l.rule, l.count, POINTS[l.rule]?.[l.pick] ?? null, '', `依据${l.pick}`, l.status]);

const settings: fc.Arbitrary<[string, CellValue][]> = fc
  .record({
    bonusCap: fc.option(fc.integer({ min: 0, max: 20 })),
    maxScore: fc.option(fc.integer({ min: 100, max: 125 })),
    minScore: fc.option(fc.integer({ min: 0, max: 100 })),
  })
  .map((s) => [
    ['加分上限', s.bonusCap],
    ['最高分', s.maxScore],
    ['最低分', s.minScore],
  ]);

const month = fc.record({ lines: fc.array(line, { maxLength: 40 }), settings });

/** Each window's figures and veto, independent of row numbers. */
function figures(o: TallyOutcome) {
  expect(o.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return o.tally!.windows.map((w) => [w.window, w.deduction, w.bonus, w.score, w.veto, o.tally!.ranking.rank[o.tally!.windows.indexOf(w)]]);
}

describe('tally properties', () => {
  it('does not depend on the order of the ledger lines', () => {
    fc.assert(
      fc.property(month, fc.func(fc.integer()), ({ lines, settings }, key) => {
        const shuffled = [...lines].map((l, i) => ({ l, k: key(i) })).sort((a, b) => a.k - b.k).map((x) => x.l);
        expect(figures(tally(shuffled, { settings }))).toEqual(figures(tally(lines, { settings })));
      }),
      { numRuns: 150 },
    );
  });

  it('treats an upheld appeal the same as deleting the line', () => {
    fc.assert(
      fc.property(month, fc.nat(), ({ lines, settings }, pick) => {
        fc.pre(lines.length > 0);
        const i = pick % lines.length;
        const appealed = lines.map((l, k) => (k === i ? [...l.slice(0, 7), '申诉成立'] : l));
        const deleted = lines.filter((_, k) => k !== i);
        expect(figures(tally(appealed, { settings }))).toEqual(figures(tally(deleted, { settings })));
      }),
      { numRuns: 150 },
    );
  });

  it('never exceeds a cap, and the score is base − deduction + bonus', () => {
    fc.assert(
      fc.property(month, ({ lines, settings }) => {
        const o = tally(lines, { settings });
        const s = o.tally!.settings;
        for (const w of o.tally!.windows) {
          for (const c of w.categories) if (c.cap !== null) expect(c.counted).toBeLessThanOrEqual(c.cap);
          if (s.bonusCap !== null) expect(w.bonus).toBeLessThanOrEqual(s.bonusCap);
          if (s.maxScore !== null) expect(w.score).toBeLessThanOrEqual(s.maxScore);
          if (s.minScore !== null) expect(w.score).toBeGreaterThanOrEqual(s.minScore);
          expect(w.deduction).toBeGreaterThanOrEqual(0);
          expect(w.bonus).toBeGreaterThanOrEqual(0);
          expect(w.score).toBe(w.base - w.deduction + w.bonus);
          expect(Number.isInteger(w.score)).toBe(true); // exact units, no float drift
        }
      }),
      { numRuns: 300 },
    );
  });
});
