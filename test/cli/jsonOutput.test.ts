/** writeJson prints exactly what JSON.stringify(value, null, 2) would, in pieces. */
import fc from 'fast-check';
import { writeJson } from '../../src/cli/jsonOutput';

function printed(value: Record<string, unknown>): { text: string; pieces: number } {
  let text = '';
  let pieces = 0;
  writeJson(value, (t) => {
    text += t;
    pieces++;
  });
  return { text, pieces };
}

describe('writeJson', () => {
  it('equals JSON.stringify(value, null, 2) plus a newline, for random objects', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        expect(printed(value).text).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });

  it('writes a long array a batch at a time, text unchanged (the rank JSON of 2,500 windows)', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ rank: i + 1, window: `窗口"${i}"\n`, base: 100, deduction: 0.5, bonus: 0, score: 99.5 }));
    const value = { sheet: '考核', rows, warnings: [{ code: 'X', message: '注意', cells: ['A1'] }], empty: [], gone: undefined };
    const { text, pieces } = printed(value);
    expect(text).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    expect(pieces).toBeGreaterThanOrEqual(3);
  });
});
