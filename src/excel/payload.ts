/**
 * Request size accounting. Excel on the web rejects a request (and a response) over 5 MB, and what dominates a
 * request is the JSON of the values and formats we queue, so we measure exactly that: UTF-8 bytes of its JSON.
 */

/** Excel on the web's request/response limit ("5MB"): the smaller reading, 5 × 10^6 bytes, to stay on the safe side. */
export const REQUEST_LIMIT_BYTES = 5_000_000;

/**
 * What we let one sync's queued writes weigh by our own estimate. The headroom (1 MB) covers what the estimate
 * leaves out: Office.js's per-action envelope beyond ACTION_OVERHEAD_BYTES and object paths.
 */
export const REQUEST_BUDGET_BYTES = 4_000_000;

/** A generous per-action allowance for Office.js's wrapper around each queued call (ids, action type, object path). */
export const ACTION_OVERHEAD_BYTES = 160;

/** UTF-8 length of a string without allocating an encoded copy: CJK window names are 3 bytes a character. */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of JSON.stringify(value): how much a queued value weighs on the wire. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}
