/**
 * Property tests (fast-check) on thousands of random tables: ranks against their definition, ties, stable order,
 * dense ranks without gaps, and the exact decimal arithmetic against a slow reference on BigInt decimal strings.
 */
import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { decimalFromNumber, decimalFromText, MAX_DECIMALS } from '../../src/core/decimal';
import { rankSheet } from '../../src/core/engine';
import { readFigure } from '../../src/core/figures';
import { rankScores } from '../../src/core/rank';
import { grid, HEADER } from './grids';

const UNIT = 10n ** BigInt(MAX_DECIMALS);

/** Slow reference: a plain decimal string to 10^-4 units, rounding half away from zero past four places. */
function referenceUnits(text: string): bigint {
  const negative = text.startsWith('-');
  const [intPart, frac = ''] = text.replace(/^[+-]/, '').split('.');
  const kept = BigInt((intPart || '0') + frac.slice(0, MAX_DECIMALS).padEnd(MAX_DECIMALS, '0'));
  const roundUp = frac.length > MAX_DECIMALS && frac[MAX_DECIMALS] >= '5' ? 1n : 0n;
  const magnitude = kept + roundUp;
  return negative ? -magnitude : magnitude;
}

/** A decimal as a clerk might type it: sign, up to 9 integer digits, up to 6 decimals (so some need rounding). */
const decimalText = fc
  .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{0,9}$/), fc.option(fc.stringMatching(/^[0-9]{0,6}$/), { nil: undefined }))
  .filter(([, i, f]) => i !== '' || (f !== undefined && f !== ''))
  .map(([sign, i, f]) => (f === undefined ? `${sign}${i}` : `${sign}${i}.${f}`));

/** The same figure written differently: full-width digits and point, Chinese or full-width minus, spaces around. */
function disguise(text: string, how: number): string {
  let t = text;
  if (how & 1) t = t.replace(/[0-9.+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  if (how & 2) t = t.replace('-', how & 4 ? '−' : '－');
  if (how & 8) t = ` ${t}\u3000`;
  return t;
}

describe('exact decimals against a BigInt reference', () => {
  it('reads any decimal text, however disguised, to the reference units', () => {
    fc.assert(
      fc.property(decimalText, fc.integer({ min: 0, max: 15 }), (text, how) => {
        const read = readFigure(disguise(text, how));
        expect(read.kind).toBe('number');
        if (read.kind !== 'number') return;
        expect(BigInt(read.value.units)).toBe(referenceUnits(text));
        const places = (text.split('.')[1] ?? '').replace(/0+$/, '').length;
        expect(read.value.rounded).toBe(places > MAX_DECIMALS);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a typed number (at most 4 decimals, 15 significant digits) exactly as its text', () => {
    const typed = fc.tuple(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), fc.integer({ min: 0, max: MAX_DECIMALS })).map(([n, places]) => {
      const s = (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(places + 1, '0');
      return places === 0 ? s : `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}`;
    });
    fc.assert(
      fc.property(typed, (text) => {
        expect(decimalFromNumber(Number(text))!.units).toBe(decimalFromText(text)!.units);
        expect(BigInt(decimalFromNumber(Number(text))!.units)).toBe(referenceUnits(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('computes base − deduction + bonus like the reference, so sums that differ in binary still tie', () => {
    const figure = fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2 })).map(([n, places]) => (places === 0 ? n : n / 10 ** places));
    fc.assert(
      fc.property(fc.array(fc.tuple(figure, figure, figure), { minLength: 1, maxLength: 40 }), (rows) => {
        const values: CellValue[][] = [HEADER, ...rows.map(([b, d, p], i) => [`W${i}`, b, d, p])];
        const out = rankSheet(grid(values));
        expect(out.ranking).not.toBeNull();
        const table = out.table!;
        const toUnit = BigInt(10 ** MAX_DECIMALS / table.scale);
        rows.forEach(([b, d, p], i) => {
          const expected = referenceUnits(String(b)) - referenceUnits(String(d)) + referenceUnits(String(p));
          expect(BigInt(table.score[i]) * toUnit).toBe(expected);
        });
      }),
      { numRuns: 1000 },
    );
  });
});

/** A random table: scores from a narrow range of halves and tenths, so ties are common. */
const scoreRows = fc.array(
  fc.record({
    base: fc.constantFrom(100, 100, 100, 90, '100'),
    deduction: fc.integer({ min: 0, max: 30 }).map((n) => (n < 20 ? 0 : -(n - 20) / 2)),
    bonus: fc.integer({ min: 0, max: 40 }).map((n) => n / 4),
  }),
  { minLength: 1, maxLength: 60 },
);

function referenceScores(rows: { base: number | string; deduction: number; bonus: number }[]): bigint[] {
  return rows.map((r) => referenceUnits(String(r.base)) - referenceUnits(String(Math.abs(r.deduction))) + referenceUnits(String(r.bonus)));
}

describe('ranking random tables', () => {
  it('competition: rank = 1 + number of strictly greater scores; tie groups share it; ties keep source order', () => {
    fc.assert(
      fc.property(scoreRows, (rows) => {
        const out = rankSheet(grid([HEADER, ...rows.map((r, i) => [`窗口${i}`, r.base, r.deduction, r.bonus])]));
        const { order, rank } = out.ranking!;
        const scores = referenceScores(rows);
        expect(order.length).toBe(rows.length);
        expect(new Set(order).size).toBe(rows.length);
        const expectedOrder = rows.map((_, i) => i).sort((a, b) => (scores[a] === scores[b] ? a - b : scores[b] > scores[a] ? 1 : -1));
        expect(Array.from(order)).toEqual(expectedOrder);
        for (let k = 0; k < order.length; k++) {
          const mine = scores[order[k]];
          expect(rank[k]).toBe(1 + scores.filter((s) => s > mine).length);
          if (k > 0 && scores[order[k - 1]] === mine) expect(rank[k]).toBe(rank[k - 1]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('dense: rank = 1 + number of distinct greater scores, with no gaps', () => {
    fc.assert(
      fc.property(scoreRows, (rows) => {
        const out = rankSheet(grid([HEADER, ...rows.map((r, i) => [`窗口${i}`, r.base, r.deduction, r.bonus])]), { rankStyle: 'dense' });
        const { order, rank } = out.ranking!;
        const scores = referenceScores(rows);
        for (let k = 0; k < order.length; k++) {
          const mine = scores[order[k]];
          expect(rank[k]).toBe(1 + new Set(scores.filter((s) => s > mine)).size);
        }
        const distinct = [...new Set(rank)];
        expect(distinct).toEqual(distinct.map((_, i) => i + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('rankScores gives the same order on the packed-key path and on the comparator path', () => {
    // Integer units anywhere in the safe range: near ones pack into one sort key, far ones do not.
    const units = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -(2 ** 50), max: 2 ** 50 }));
    fc.assert(
      fc.property(fc.array(units, { minLength: 0, maxLength: 80 }), fc.constantFrom('competition' as const, 'dense' as const), (list, style) => {
        const score = Float64Array.from(list);
        const { order, rank } = rankScores(score, style);
        const expected = list.map((_, i) => i).sort((a, b) => list[b] - list[a] || a - b);
        expect(Array.from(order)).toEqual(expected);
        for (let k = 0; k < order.length; k++) {
          const greater = list.filter((s) => s > list[order[k]]);
          expect(rank[k]).toBe(1 + (style === 'dense' ? new Set(greater).size : greater.length));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
