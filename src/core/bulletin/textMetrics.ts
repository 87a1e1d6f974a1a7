/**
 * How much room a paragraph takes once Excel wraps it in a merged cell, so its row can be given a height
 * up front (Excel never grows a merged cell's row by itself). The estimate, explicitly:
 *  - a CJK character or full-width punctuation mark is 1 em wide (the font size), an ASCII character 0.55 em
 *    (½ em in 仿宋_GB2312, a little more in the fonts that stand in for it);
 *  - 1 pt = 96/72 px, so a 16 pt body line holds floor((width px − padding) / 21.33) em;
 *  - a wrapped line is 1.35 × the font size tall (single spacing of 宋体/仿宋 and the CJK fonts standing in for
 *    them, measured in LibreOffice renders; Excel's is a little tighter, leaving room below the text, which is
 *    better than text cut off).
 * Excel column width units are 7 px each (Calibri 11, the workbook's default font).
 */

export const PX_PER_WIDTH_UNIT = 7;
/** Cell padding Excel leaves inside a (merged) cell's left and right edges, in px. */
const CELL_PADDING_PX = 6;
export const LINE_HEIGHT_FACTOR = 1.35;
/** Excel's maximum row height, in points. */
export const MAX_ROW_HEIGHT = 409;

export function charEm(ch: string): number {
  const code = ch.codePointAt(0)!;
  return code < 0x80 ? 0.55 : 1;
}

export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em;
}

/** Whole characters (in em) a line of a cell `widthUnits` wide holds at `fontPt`; the fraction left over is slack for punctuation that may not start a line. */
export function lineCapacityEm(widthUnits: number, fontPt: number): number {
  const px = widthUnits * PX_PER_WIDTH_UNIT - CELL_PADDING_PX;
  return Math.floor(px / (fontPt * (96 / 72)));
}

/** Greedy wrap into lines of at most `capacityEm`; explicit line breaks in the text start new lines. */
export function wrapLines(text: string, capacityEm: number): string[] {
  const lines: string[] = [];
  for (const hard of text.split(/\r?\n/u)) {
    let line = '';
    let em = 0;
    for (const ch of hard) {
      const w = charEm(ch);
      if (em + w > capacityEm && line !== '') {
        lines.push(line);
        line = '';
        em = 0;
      }
      line += ch;
      em += w;
    }
    lines.push(line);
  }
  return lines;
}

export function lineHeightPt(fontPt: number): number {
  return fontPt * LINE_HEIGHT_FACTOR;
}

/** Row height for `lines` wrapped lines, with a little room above and below. */
export function rowHeightFor(lines: number, fontPt: number): number {
  return Math.ceil(lines * lineHeightPt(fontPt) + 6);
}
