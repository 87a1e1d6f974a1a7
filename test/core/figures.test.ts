/** Score cells typed as text: what is read as a number and what is left for the clerk to fix. */
import { UNITS_PER_POINT } from '../../src/core/decimal';
import { readFigure } from '../../src/core/figures';

const units = (v: string) => {
  const r = readFigure(v);
  return r.kind === 'number' ? r.value.units / UNITS_PER_POINT : r.kind;
};

describe('readFigure on text', () => {
  it('reads thousands separators placed every three digits', () => {
    expect(units('1,000')).toBe(1000);
    expect(units('12,345.5')).toBe(12345.5);
    expect(units('－1,200')).toBe(-1200);
    expect(units('１，０００')).toBe(1000); // full-width digits and comma
  });

  it('does not guess at any other comma', () => {
    for (const text of ['0,5', '10,00', '1,00,000', ',100', '100,', '1,000,00']) expect(units(text)).toBe('invalid');
  });

  it('leaves percentages as not a number: 5% of what is not for the engine to decide', () => {
    expect(units('5%')).toBe('invalid');
    expect(units('10％')).toBe('invalid');
  });
});
