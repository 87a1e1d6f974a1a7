/**
 * Rows inside a score table that are not windows: notes (备注：…, 注：…, 制表：…), summaries (合计, 平均…),
 * and the header repeated where a long table was pasted page by page. They are skipped and reported, never ranked.
 */
import { isWindowWord, isWindowWordChar } from './headerWords';
import { foldHeader, isSpaceCode } from './text';

export type NonWindowKind = 'note' | 'summary' | 'header';

/** A label, then a colon: 备注：, 注:, 说明：, 制表人：. Window names never contain a colon. */
const NOTE = /^[^\d:：]{0,8}[:：]|^(备注|注|说明|附注)[\d一二三四五六七八九十、.]/u;
const SUMMARY = /^(合计|总计|小计|累计|平均|平均分|平均值|均值)/u;

/** First characters (after any white space, which folding drops) of notes, summaries and header words. */
const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const NOTE_FIRST = codes('备注说附');
const SUMMARY_FIRST = codes('合总小累平均');
const HEADER_FIRST = codes('进部单窗');

/** True when a colon (: or ：) sits where NOTE's first pattern looks for it, in the first nine characters. */
function colonNearStart(text: string): boolean {
  const limit = Math.min(text.length, 9);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return true;
  }
  return false;
}

function firstNonSpace(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) return c;
  }
  return -1;
}

/**
 * Runs on every row, so each pattern is tried only when the text could match it: a name such as 省林草局 costs
 * two short scans instead of a fold and a dozen regular expressions.
 */
export function nonWindowKind(text: string): NonWindowKind | null {
  const first = firstNonSpace(text);
  if ((NOTE_FIRST.has(first) || colonNearStart(text)) && NOTE.test(text)) return 'note';
  if (SUMMARY_FIRST.has(first)) return SUMMARY.test(foldHeader(text)) ? 'summary' : null;
  if (HEADER_FIRST.has(first)) return isWindowWord(foldHeader(text)) ? 'header' : null;
  return null;
}

/**
 * True for the name nearly every row holds: something the folds leave alone (no white space or zero-width
 * character anywhere, nothing full-width), no colon in the first nine characters, a first character that starts
 * no note or summary, and no header word (one of 窗部单进 first, as 窗口12, needs a character no header word has,
 * or more than 14). For such a name trimName and foldHeader give the same string back and nonWindowKind gives
 * null, so one scan of its characters replaces the three.
 */
export function isOrdinaryName(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  const first = text.charCodeAt(0);
  if (NOTE_FIRST.has(first) || SUMMARY_FIRST.has(first)) return false;
  let headerLike = HEADER_FIRST.has(first) && n <= 14;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || c >= 0xff01 || (c === 0x3a && i < 9)) return false;
    if (headerLike && !isWindowWordChar(c)) headerLike = false;
  }
  return !headerLike;
}

export const NON_WINDOW_WORDS: Record<NonWindowKind, string> = {
  note: '说明行',
  summary: '汇总行',
  header: '重复的表头行',
};
