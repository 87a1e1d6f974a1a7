import { percentHalfUp } from '../../src/core/bulletin/percent';

describe('percentHalfUp: two decimals, half up, from the raw counts', () => {
  test('the reference: 1004 of 1663 items', () => {
    expect(percentHalfUp(1004, 1663)).toBe('60.37%');
  });

  test('exact halves round up', () => {
    expect(percentHalfUp(1, 8)).toBe('12.50%');
    expect(percentHalfUp(1, 200)).toBe('0.50%');
    expect(percentHalfUp(1, 16)).toBe('6.25%'); // 6.25 exactly: no rounding
    expect(percentHalfUp(1, 3200)).toBe('0.03%'); // 0.03125 → 0.03
    expect(percentHalfUp(1, 1600)).toBe('0.06%'); // 0.0625 → 0.06
    expect(percentHalfUp(1, 40000)).toBe('0.00%'); // 0.0025 → 0.00
    expect(percentHalfUp(1, 20000)).toBe('0.01%'); // 0.005 → 0.01, half up
  });

  test('where binary floats round the wrong way', () => {
    // 107/4000 = 2.675%: as a double 2.67499999…, so toFixed(2) and Math.round give 2.67.
    expect((107 / 4000 * 100).toFixed(2)).toBe('2.67');
    expect(percentHalfUp(107, 4000)).toBe('2.68%');
    // 1.005%: the classic 1.005.toFixed(2) === "1.00".
    expect(percentHalfUp(201, 20000)).toBe('1.01%');
  });

  test('none and all', () => {
    expect(percentHalfUp(0, 1663)).toBe('0.00%');
    expect(percentHalfUp(1663, 1663)).toBe('100.00%');
  });

  test('agrees with exact rational rounding on many fractions', () => {
    for (let whole = 1; whole <= 400; whole++) {
      for (let part = 0; part <= whole; part += 7) {
        // ten-thousandths of a percent, exactly: part·10^6/whole as integer quotient and remainder
        const q = Math.floor((part * 1_000_000) / whole);
        const r = part * 1_000_000 - q * whole;
        const hundredths = Math.floor(q / 100) + ((q % 100) * whole + r >= 50 * whole ? 1 : 0);
        const expected = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}%`;
        expect(percentHalfUp(part, whole)).toBe(expected);
      }
    }
  });

  test('refuses a zero total', () => {
    expect(() => percentHalfUp(1, 0)).toThrow(RangeError);
  });
});
