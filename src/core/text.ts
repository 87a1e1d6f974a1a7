/**
 * Text as clerks type it: full-width letters and digits from a Chinese IME, ideographic spaces, line breaks
 * inside header cells. Comparisons go through these folds so 「基础分\n分值」 and 「基础 分值」 read as 基础分值.
 */

/**
 * True when the text has nothing any fold below would change: no white space of any kind, nothing full-width.
 * Most window names are plain CJK, and the engine folds every one of up to 10^6 names, so this check lets the
 * folds hand back the same string without allocating (and V8 keeps its hash for the duplicate-name Map).
 */
export function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || c >= 0xff01) return false;
  }
  return true;
}

/** White space as the folds' patterns see it (\s, NBSP, ZWSP, BOM), and control characters to be safe. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/** Full-width ASCII (U+FF01–FF5E) to ASCII, the ideographic space to a space; other characters unchanged. */
export function toHalfWidth(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0xff01 && code <= 0xff5e) || code === 0x3000) break;
  }
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/** Every kind of white space, including line breaks, NBSP and the ideographic space. */
const SPACES = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/gu;

/** Header text folded for matching: half-width, no white space at all. 「部门（单位）」 → 部门(单位). */
export function foldHeader(text: string): string {
  return isPlain(text) ? text : toHalfWidth(text).replace(SPACES, '');
}

/** Zero-width space, non-joiner, joiner, word joiner and BOM: invisible characters pasted from chat and web pages. */
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

function hasZeroWidth(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isZeroWidth(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Trims the white space a cell may carry around a name, inner spaces kept; zero-width characters go wherever they
 * are, since nobody can see them in the bulletin and 成都\u200d海关 is 成都海关 to the clerk.
 */
export function trimName(text: string): string {
  const inner = hasZeroWidth(text);
  if (!inner && (text.length === 0 || (!isSpaceCode(text.charCodeAt(0)) && !isSpaceCode(text.charCodeAt(text.length - 1))))) return text;
  const visible = inner ? text.replace(/[\u200b-\u200d\u2060\ufeff]/gu, '') : text;
  return visible.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, '');
}
