/** Reading score cells exactly: what clerks type, what formulas cache, and printing figures back. */
import fc from 'fast-check';
import { cellError, type CellValue } from '../../src/core/cell';
import { decimalFromNumber, decimalFromText, formatDecimal, scaleFor, unitsToNumber } from '../../src/core/decimal';
import { readFigure } from '../../src/core/figures';
import { rankSheet } from '../../src/core/engine';
import { grid, HEADER, ofCode } from './grids';

/** The figure as points, or the read kind when it is not a number. */
function points(value: Parameters<typeof readFigure>[0]): number | string {
  const read = readFigure(value);
  return read.kind === 'number' ? read.value.units / 10000 : read.kind;
}

describe('readFigure', () => {
  it.each([
    [98.5, 98.5],
    ['98.5', 98.5],
    [' 98.5 ', 98.5],
    ['\u00a098.5\u3000', 98.5],
    ['１１３．５', 113.5], // full-width digits and point
    ['－２', -2], // full-width minus
    ['−2', -2], // U+2212
    ['–2', -2], // en dash from Word
    ['- 2', -2],
    ['1 000', 1000],
    ['.5', 0.5],
    ['+3', 3],
    ['1e2', 100],
    ['0', 0],
  ])('reads %j as %p', (cell, expected) => {
    expect(points(cell)).toBe(expected);
  });

  it('reads empty cells and blank text as empty', () => {
    expect(readFigure(null).kind).toBe('empty');
    expect(readFigure('').kind).toBe('empty');
    expect(readFigure('  \u3000').kind).toBe('empty');
  });

  it.each([
    ['十', 'text', '“十”'],
    ['12分', 'text', '“12分”'],
    ['1.2.3', 'text', '“1.2.3”'],
    ['-', 'text', '“-”'],
    [true, 'boolean', 'TRUE'],
    [cellError('#DIV/0!'), 'error', '#DIV/0!'],
    [new Date(Date.UTC(2023, 7, 1)), 'date', '2023-08-01'],
  ])('rejects %p as %s, quoting it as %s', (cell, why, shown) => {
    expect(readFigure(cell)).toEqual({ kind: 'invalid', why, shown });
  });

  it('rejects an invalid date without throwing', () => {
    expect(readFigure(new Date(Number.NaN))).toMatchObject({ kind: 'invalid', why: 'date' });
  });

  it('rejects NaN and infinities', () => {
    expect(readFigure(Number.NaN).kind).toBe('invalid');
    expect(readFigure(Number.POSITIVE_INFINITY).kind).toBe('invalid');
  });
});

describe('decimalFromNumber', () => {
  it('reads a cached formula result such as 99.80000000000001 as 99.8, as Excel shows it', () => {
    expect(99.80000000000001).not.toBe(99.8);
    expect(decimalFromNumber(99.80000000000001)).toEqual({ units: 998000, decimals: 1, rounded: false });
    expect(decimalFromNumber(100 - 0.3 + 0.1)).toEqual(decimalFromNumber(99.8));
    expect(decimalFromNumber(0.1 + 0.2)).toEqual({ units: 3000, decimals: 1, rounded: false });
  });

  it('counts the decimal places a figure was typed with', () => {
    expect(decimalFromNumber(118)).toEqual({ units: 1180000, decimals: 0, rounded: false });
    expect(decimalFromNumber(113.5)).toEqual({ units: 1135000, decimals: 1, rounded: false });
    expect(decimalFromNumber(0.25)).toEqual({ units: 2500, decimals: 2, rounded: false });
    expect(decimalFromNumber(-0.0001)).toEqual({ units: -1, decimals: 4, rounded: false });
  });

  it('rounds more than four decimals half-up and says so', () => {
    expect(decimalFromNumber(1.23455)).toEqual({ units: 12346, decimals: 4, rounded: true });
    expect(decimalFromNumber(1.23454)).toEqual({ units: 12345, decimals: 4, rounded: true });
  });
});

describe('decimalFromText', () => {
  it('rounds half-up beyond four decimals, carrying into the integer part', () => {
    expect(decimalFromText('2.00005')).toEqual({ units: 20001, decimals: 4, rounded: true });
    expect(decimalFromText('2.00004999')).toEqual({ units: 20000, decimals: 0, rounded: true });
    expect(decimalFromText('9.99995')).toEqual({ units: 100000, decimals: 0, rounded: true });
    expect(decimalFromText('-1.23455')).toEqual({ units: -12346, decimals: 4, rounded: true });
  });

  it('drops trailing zeros when counting places', () => {
    expect(decimalFromText('98.500')).toEqual({ units: 985000, decimals: 1, rounded: false });
    expect(decimalFromText('-0')).toEqual({ units: 0, decimals: 0, rounded: false });
    expect(Object.is(decimalFromText('-0')?.units, -0)).toBe(false);
  });

  it('reads exponent forms exactly', () => {
    expect(decimalFromText('1.5e-3')?.units).toBe(15);
    expect(decimalFromText('2.5E1')?.units).toBe(250000);
  });

  it('rejects what is not a plain decimal', () => {
    for (const t of ['', '.', 'e5', '1e', '1,5', '0x10', 'Infinity', 'NaN', '1e400', '9'.repeat(30)]) expect(decimalFromText(t)).toBeNull();
  });

  it('answers absurd exponents at once instead of building huge strings', () => {
    const t0 = Date.now();
    expect(decimalFromText('1e999999999')).toBeNull();
    expect(decimalFromText('1e-999999999')).toEqual({ units: 0, decimals: 0, rounded: true });
    expect(decimalFromText('0e999999999')).toEqual({ units: 0, decimals: 0, rounded: false });
    expect(Date.now() - t0).toBeLessThan(200);
  });
});

describe('formatDecimal and unitsToNumber', () => {
  it.each([
    [1180, 10, '118'],
    [1135, 10, '113.5'],
    [-20, 10, '-2'],
    [0, 10, '0'],
    [25, 100, '0.25'],
    [-5, 100, '-0.05'],
    [1180000, 10000, '118'],
    [1, 10000, '0.0001'],
  ])('formats %i units at scale %i as %s', (units, scale, text) => {
    expect(formatDecimal(units, scale)).toBe(text);
    expect(unitsToNumber(units, scale)).toBe(Number(text));
  });

  it('never gives −0', () => {
    expect(Object.is(unitsToNumber(-0, 10), 0)).toBe(true);
    expect(formatDecimal(-0, 10)).toBe('0');
  });

  it('picks the scale from the places used', () => {
    expect([0, 1, 2, 3, 4, 7, -1].map(scaleFor)).toEqual([1, 10, 100, 1000, 10000, 10000, 1]);
  });
});

describe('figures in a sheet', () => {
  it('computes base − deduction + bonus exactly: 100 − 0.3 + 0.1 ties with 100 − 0.2', () => {
    const out = rankSheet(grid([HEADER, ['甲', 100, 0.3, 0.1], ['乙', 100, 0.2, 0], ['丙', '１００', '－０．１', 0]]));
    expect(out.problems).toEqual([]);
    expect(Array.from(out.ranking!.rank)).toEqual([1, 2, 2]);
    const { table } = out;
    expect(table!.scale).toBe(10);
    expect(Array.from(table!.score)).toEqual([998, 998, 999]);
  });

  it('keeps the smallest scale that holds every figure, large figures included', () => {
    // 6e10 points is 6e14 units, past the range where the row loop tests a figure's places by division.
    const large = rankSheet(grid([HEADER, ['甲', 60000000000, 0, 0.5], ['乙', 60000000000.25, 0, 0]]));
    expect(large.table!.scale).toBe(100);
    expect(Array.from(large.table!.score)).toEqual([6000000000050, 6000000000025]);
    const whole = rankSheet(grid([HEADER, ['甲', 60000000000, 3, 0], ['乙', 100, 0, 2]]));
    expect(whole.table!.scale).toBe(1);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 30 }), (figures) => {
        const values = figures.map(([n, places]) => n / 10 ** places);
        const places = Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length));
        const out = rankSheet(grid([HEADER, ...values.map((v, i): CellValue[] => [`W${i}`, 100, 0, v])]));
        expect(out.table!.scale).toBe(10 ** places);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a deduction written −2 or 2 as two points deducted', () => {
    const out = rankSheet(grid([HEADER, ['甲', 100, -2, 0], ['乙', 100, 2, 0], ['丙', 100, '−2', 0]]));
    expect(Array.from(out.table!.deduction)).toEqual([2, 2, 2]);
    expect(Array.from(out.ranking!.rank)).toEqual([1, 1, 1]);
  });

  it('warns TOO_PRECISE naming the cell and ranks the rounded figure', () => {
    const out = rankSheet(grid([HEADER, ['甲', 100, 0, 0.00005], ['乙', 100, 0, 0.0001]]));
    const warnings = ofCode(out.problems, 'TOO_PRECISE');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', cells: ['D2'] });
    expect(warnings[0].message).toContain('「考核」!D2');
    expect(Array.from(out.ranking!.rank)).toEqual([1, 1]);
  });

  it('reports every non-numeric cell as an error with its address, all in one pass', () => {
    const out = rankSheet(grid([HEADER, ['甲', 100, '十', 0], ['乙', true, 0, cellError('#N/A')], ['丙', 100, 0, -3]]));
    expect(out.ranking).toBeNull();
    const errors = ofCode(out.problems, 'NOT_A_NUMBER');
    expect(errors.map((p) => p.cells)).toEqual([['C2'], ['B3'], ['D3'], ['D4']]);
    expect(errors[0].message).toBe('「考核」!C2 的减分分值“十”不是数字。');
    expect(errors[1].message).toContain('逻辑值 TRUE');
    expect(errors[2].message).toContain('错误值 #N/A');
    expect(errors[3].message).toContain('加分分值是负数');
  });
});
