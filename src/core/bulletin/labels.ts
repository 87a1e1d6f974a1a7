/**
 * Label matching for the bulletin's input sheets. Clerks type headers and keys with full-width letters,
 * line breaks, spaces and units in brackets (咨询（人次）); all of these must still match.
 */

/** Full-width → half-width (NFKC), all whitespace (including U+3000 and line breaks) removed, lower case. */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** The label without a trailing colon or a trailing unit in brackets: 咨询(人次) → 咨询, 送: → 送. */
export function labelStem(normalized: string): string {
  return normalized.replace(/[:]+$/u, '').replace(/\([^()]*\)$/u, '');
}

/** Leading section numbering a clerk may type before a heading: 二、 （三） 3. 3、 */
export function stripHeadingNumber(normalized: string): string {
  return normalized.replace(/^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d+[、.])/u, '');
}

/** True when `text` names one of `aliases`, with or without a unit in brackets or a trailing colon. */
export function labelMatches(text: string, aliases: readonly string[]): boolean {
  const n = normalizeLabel(text);
  if (n === '') return false;
  const stem = labelStem(n);
  return aliases.some((a) => {
    const an = normalizeLabel(a);
    return an === n || an === stem || labelStem(an) === stem;
  });
}
