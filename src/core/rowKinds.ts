/**
 * Rows inside a score table that are not windows: notes (备注：…, 注：…, 制表：…), summaries (合计, 平均…),
 * and the header repeated where a long table was pasted page by page. They are skipped and reported, never ranked.
 */
import { isWindowWord, WINDOW_WORD_CHARS } from './headerWords';
import { HASH_START, hashEnd, hashStep } from './nameIndex';
import { foldHeader, isSpaceCode } from './text';

export type NonWindowKind = 'note' | 'summary' | 'header';

/** A label, then a colon: 备注：, 注:, 说明：, 制表人：. Window names never contain a colon. */
const NOTE = /^[^\d:：]{0,8}[:：]|^(备注|注|说明|附注)[\d一二三四五六七八九十、.]/u;
const SUMMARY = /^(合计|总计|小计|累计|平均|平均分|平均值|均值)/u;

/**
 * What the screens below need to know of a UTF-16 code unit, one table load each: Set look-ups here were a third
 * of the row loop on 10^5-row sheets. Flags: the first characters (after any white space, which folding drops) of
 * notes, summaries and header words; the characters header words are made of; what no ordinary name holds.
 */
const STARTS_NOTE = 1;
const STARTS_SUMMARY = 2;
const STARTS_HEADER = 4;
const HEADER_WORD_CHAR = 8;
/** White space of any kind and full-width forms: a name holding one needs the folds. */
const NEEDS_FOLD = 16;

const CHAR_FLAGS = charFlags();

function charFlags(): Uint8Array {
  const flags = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number) => {
    for (const ch of chars) flags[ch.charCodeAt(0)] |= flag;
  };
  mark('备注说附', STARTS_NOTE);
  mark('合总小累平均', STARTS_SUMMARY);
  mark('进部单窗', STARTS_HEADER);
  mark(WINDOW_WORD_CHARS, HEADER_WORD_CHAR);
  for (let c = 0; c < flags.length; c++) if (isSpaceCode(c) || c >= 0xff01) flags[c] |= NEEDS_FOLD;
  return flags;
}

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
  const flags = first < 0 ? 0 : CHAR_FLAGS[first];
  if (((flags & STARTS_NOTE) !== 0 || colonNearStart(text)) && NOTE.test(text)) return 'note';
  if ((flags & STARTS_SUMMARY) !== 0) return SUMMARY.test(foldHeader(text)) ? 'summary' : null;
  if ((flags & STARTS_HEADER) !== 0) return isWindowWord(foldHeader(text)) ? 'header' : null;
  return null;
}

/**
 * For the name nearly every row holds, its duplicate-key hash (hashOf); −1 for any other text. Ordinary is
 * something the folds leave alone (no white space or zero-width character anywhere, nothing full-width), no colon
 * in the first nine characters, a first character that starts no note or summary, and no header word (one of
 * 窗部单进 first, as 窗口12, needs a character no header word has, or more than 14). For such a name trimName and
 * foldHeader give the same string back and nonWindowKind gives null, so one scan of its characters replaces
 * those three and the hashing.
 */
export function ordinaryNameHash(text: string): number {
  const n = text.length;
  if (n === 0) return -1;
  const first = CHAR_FLAGS[text.charCodeAt(0)];
  if ((first & (STARTS_NOTE | STARTS_SUMMARY)) !== 0) return -1;
  let headerLike = (first & STARTS_HEADER) !== 0 && n <= 14;
  let h = HASH_START;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const flags = CHAR_FLAGS[c];
    if ((flags & NEEDS_FOLD) !== 0 || (c === 0x3a && i < 9)) return -1;
    if ((flags & HEADER_WORD_CHAR) === 0) headerLike = false;
    h = hashStep(h, c);
  }
  return headerLike ? -1 : hashEnd(h);
}

export const NON_WINDOW_WORDS: Record<NonWindowKind, string> = {
  note: '说明行',
  summary: '汇总行',
  header: '重复的表头行',
};
