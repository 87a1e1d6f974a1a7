/**
 * Where a title too long for one line breaks (GB/T 9704 7.3.3: 「回行时，要做到词意完整」): only between words,
 * never inside a bracketed group such as 「（单位）」 or 《…》, and never between a number and the unit after it
 * (2023|年). Lines are filled greedily, so the first line is the long one, as titles are set.
 * A clerk who wants another break types it: a line break (Alt+Enter) in the title's template is kept as is.
 */
/**
 * A title's width in characters of its size, counted so a line we make never wraps again in Word, WPS or
 * LibreOffice: a Chinese character or full-width mark 1; a digit or letter 0.65 (measured: 0.64 in the serif
 * LibreOffice falls back to, 0.5 in Times New Roman); and 0.25 more where Chinese meets digits or letters, the
 * space every one of them puts there (autospace). With fonts that narrow, a title may break a word earlier than
 * the printed reference did; the clerk's own break (below) sets it exactly.
 */
export function titleEm(text: string): number {
  let em = 0;
  let previousWide: boolean | null = null;
  for (const ch of text) {
    const wide = ch.codePointAt(0)! >= 0x80;
    em += wide ? 1 : 0.65;
    if (previousWide !== null && previousWide !== wide) em += 0.25;
    previousWide = wide;
  }
  return em;
}

/** The width of GB/T 9704's text block, 156 mm, in points: what a title line may fill. */
export const TEXT_BLOCK_WIDTH_PT = (156 * 72) / 25.4;

const OPEN = '（(《〈【「『“‘[';
const CLOSE = '）)》〉】」』”’]';

/** Characters of `sizePt` on a line of the text block. */
export function lineCapacity(sizePt: number): number {
  return Math.floor(TEXT_BLOCK_WIDTH_PT / sizePt);
}

/**
 * Words of the title: the platform's Chinese word breaker where there is one (Intl.Segmenter: Node, Chromium 87+,
 * Safari 14.1+), else single characters; then bracketed groups and number + unit joined into one piece each.
 */
function pieces(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  const words = Segmenter ? Array.from(new Segmenter('zh', { granularity: 'word' }).segment(text), (s) => s.segment) : Array.from(text);
  const out: string[] = [];
  let depth = 0;
  for (const word of words) {
    const joinPrevious = out.length > 0 && (depth > 0 || /^[\d.]+$/u.test(out[out.length - 1]) || CLOSE.includes(word[0]));
    if (joinPrevious) out[out.length - 1] += word;
    else out.push(word);
    for (const ch of word) {
      if (OPEN.includes(ch)) depth++;
      else if (CLOSE.includes(ch) && depth > 0) depth--;
    }
  }
  return out;
}

/** The title's lines on a line of `capacityEm` characters: the clerk's own breaks if typed, else between words. */
export function breakTitle(title: string, capacityEm: number): string[] {
  if (/\n/u.test(title)) return title.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '');
  if (titleEm(title) <= capacityEm) return [title];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(title)) {
    if (line !== '' && titleEm(line + piece) > capacityEm) {
      lines.push(line);
      line = '';
    }
    // A piece longer than a whole line (no word break in it) is cut where the line is full.
    let rest = piece;
    while (titleEm(line + rest) > capacityEm) {
      let cut = 0;
      const chars = Array.from(rest);
      while (cut < chars.length && titleEm(line + chars.slice(0, cut + 1).join('')) <= capacityEm) cut++;
      lines.push(line + chars.slice(0, Math.max(cut, 1)).join(''));
      line = '';
      rest = chars.slice(Math.max(cut, 1)).join('');
    }
    line += rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A title as one line of text (the note in the body, the plain-text copy): the typed breaks taken out. */
export function titleOnOneLine(title: string): string {
  return title.replace(/\s*\r?\n\s*/gu, '');
}
