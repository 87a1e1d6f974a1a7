/**
 * Text as a cell in an .xlsx file must spell it so that Excel reads back exactly what was written. XML 1.0 cannot
 * carry most control characters, and Excel's own escape for them, `_xHHHH_`, means a cell whose text happens to
 * contain "_x000D_" is read as a carriage return. ExcelJS's writer drops control characters (and DEL) without a
 * word, writes a carriage return raw (XML readers turn it into a line feed), and leaves "_xHHHH_" as it is. So
 * text is escaped here, the way Excel does it, before ExcelJS sees it: those characters as `_xHHHH_`, and the
 * underscore of a literal `_xHHHH_` as `_x005F_`. Excel, WPS, LibreOffice, ExcelJS and our streaming reader all
 * decode it back.
 */

/** A literal escape-shaped sequence (its underscore needs escaping), or a character XML text cannot hold as is. */
const NEEDS_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\u007F]/gu;

export function excelText(text: string): string {
  NEEDS_ESCAPE.lastIndex = 0;
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(NEEDS_ESCAPE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
