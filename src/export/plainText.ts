/**
 * Text from the workbook goes into documents as text and nothing else. XML 1.0 cannot hold most C0 control characters
 * (a stray \u0007 pasted into a cell would make Word refuse the whole .docx), nor lone surrogates or U+FFFE/U+FFFF,
 * so those are dropped; everything else is kept exactly, including text that looks like a formula, a field code or markup.
 */

// Allowed: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, and well-formed surrogate pairs.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafeText(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** The lines of a text: a cell typed with Alt+Enter keeps its line breaks as breaks, not as separate paragraphs. */
export function textLines(text: string): string[] {
  return xmlSafeText(text).split(/\r\n|\r|\n/);
}
