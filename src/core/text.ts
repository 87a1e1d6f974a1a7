/**
 * Text as clerks type it: full-width letters and digits from a Chinese IME, ideographic spaces, line breaks
 * inside header cells. Comparisons go through these folds so 「基础分\n分值」 and 「基础 分值」 read as 基础分值.
 */

/** Full-width ASCII (U+FF01–FF5E) to ASCII, the ideographic space to a space; other characters unchanged. */
export function toHalfWidth(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
      changed = true;
    } else if (code === 0x3000) {
      out += ' ';
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
}

/** Every kind of white space, including line breaks, NBSP and the ideographic space. */
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/gu;

/** Header text folded for matching: half-width, no white space at all. 「部门（单位）」 → 部门(单位). */
export function foldHeader(text: string): string {
  return toHalfWidth(text).replace(SPACES, '');
}

/** Trims the white space a cell may carry around a name, inner spaces kept. */
export function trimName(text: string): string {
  return text.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/gu, '');
}

/**
 * True when Excel (or WPS) would take the text as the start of a formula if typed or pasted:
 * =SUM(1), +86, -x, @x. Hosts write such strings as text explicitly.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/u.test(text);
}
