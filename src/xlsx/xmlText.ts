/** The character-level rules of XML the scanner and its attribute reader share: entities, line breaks, white space. */

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&]*);?/gu, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`XML 中的实体引用“${whole}”没有结束`);
    const known = PREDEFINED[name];
    if (known !== undefined) return known;
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? parseInt(name.slice(1), 10) : NaN;
    if (!Number.isInteger(code) || code < 0 || code > 0x10ffff) throw new Error(`XML 中有无法识别的实体引用“${whole}”`);
    return String.fromCodePoint(code);
  });
}

/** XML reads a line break as \n however the file wrote it. */
export const normalizeBreaks = (s: string): string => (s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/gu, '\n'));

export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
