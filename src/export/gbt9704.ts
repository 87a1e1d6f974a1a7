/**
 * The measures of GB/T 9704-2012 (党政机关公文格式) that the bulletin renderings use, in the standard's own units
 * (millimetres and points), so the .docx and the HTML convert from one source.
 */

/** A4 portrait. */
export const PAGE_MM = { width: 210, height: 297 } as const;

/** Top 37 mm and binding (left) 28 mm per the standard; right and bottom follow from the 156 × 225 mm text block. */
export const MARGIN_MM = { top: 37, left: 28, right: 26, bottom: 35 } as const;

export const TEXT_BLOCK_MM = {
  width: PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right,
  height: PAGE_MM.height - MARGIN_MM.top - MARGIN_MM.bottom,
} as const;

/** 22 lines of 3号 text in the 225 mm block (637.8 pt): a fixed 28.95 pt line, 579 twips, as government templates set it. */
export const BODY_LINE_PT = 28.95;

/** 28 characters of 3号 text to a line of the 156 mm block, and 22 lines to a page. */
export const BODY_CHARS_PER_LINE = 28;
export const BODY_LINES_PER_PAGE = 22;

/**
 * How much closer than its size a character of `sizePt` is set so that BODY_CHARS_PER_LINE of them fit the text
 * block, in twentieths of a point (w:spacing of a run), 0 when they fit already: -5 (0.25 pt) for 3号. 28 full-size
 * 3号 characters are 448 pt, the line 442.2 pt, so without it every line holds 27.
 * Why not Word's character grid (docGrid linesAndChars, charSpace -842, as 公文 templates set it): LibreOffice lays a
 * character wider than the grid pitch over two grid cells, so that grid gives 14 characters a line there (measured);
 * condensed runs give 28 in Word, WPS and LibreOffice alike.
 */
export function condenseTwentieths(sizePt: number): number {
  const pitch = TEXT_BLOCK_MM.width * (72 / 25.4) / BODY_CHARS_PER_LINE;
  return Math.min(0, Math.floor((pitch - sizePt) * 20));
}

/** Characters of the body size a first line is indented by. */
export const FIRST_LINE_INDENT_CHARS = 2;

/** The bulletin head's red rule: 2.25 pt, the thickest single line Word draws as a paragraph border. */
export const HEAD_RULE_PT = 2.25;

/** 版记 rules: first and last thick (0.35 mm ≈ 1 pt), the one between thin (0.25 mm ≈ 0.75 pt). */
export const FOOT_RULE_PT = 1;
export const FOOT_THIN_RULE_PT = 0.75;

/** The page number's top edge sits 7 mm below the text block. */
export const PAGE_NUMBER_GAP_MM = 7;

/** Attachment table rows: at least one 22 pt line, the header taller for its bold face. */
export const TABLE_ROW_PT = 22;
export const TABLE_HEADER_PT = 30;
/** 排名, 部门窗口, 基础分值, 减分分值, 加分分值, 实得分值: the four score columns hold a 4-character header on one line. */
export const TABLE_COLUMN_SHARES = [0.1, 0.32, 0.145, 0.145, 0.145, 0.145] as const;

export const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}
