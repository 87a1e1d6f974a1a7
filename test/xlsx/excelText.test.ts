/** Excel's _xHHHH_ escaping of cell text: what goes into a cell is what Excel (and our reader) read back. */
import fc from 'fast-check';
import { excelText } from '../../src/xlsx/excelText';
import { unescapeXmlChars } from '../../src/xlsx/workbookParts';

/** Characters XML 1.0 text cannot hold, even as a character reference. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/u;

describe('excelText', () => {
  it('leaves ordinary text as it is (the same string, nothing allocated)', () => {
    const name = '省新闻出版局(省版权局、省电影局)';
    expect(excelText(name)).toBe(name);
    expect(excelText('=SUM(1)\t+86\n')).toBe('=SUM(1)\t+86\n');
  });

  it('escapes control characters, DEL and the carriage return, and the underscore of a literal escape', () => {
    expect(excelText('a\u0001b')).toBe('a_x0001_b');
    expect(excelText('行1\r\n行2')).toBe('行1_x000D_\n行2');
    expect(excelText('x\u007f')).toBe('x_x007F_');
    expect(excelText('a_x000D_b')).toBe('a_x005F_x000D_b');
    expect(excelText('a_x00zz_b')).toBe('a_x00zz_b');
  });

  it('reads back as the original for any text, and leaves nothing XML cannot carry', () => {
    const unit = fc.oneof(fc.constantFrom('_', 'x', '0', 'D', '_x000D_', '_x005F_', '\r', '\u0000', '\u001f', '\u007f'), fc.string({ unit: 'grapheme', maxLength: 2 }));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
        const escaped = excelText(text);
        expect(escaped).not.toMatch(NOT_XML);
        expect(escaped).not.toContain('\r');
        expect(unescapeXmlChars(escaped)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
