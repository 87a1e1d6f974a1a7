/**
 * Rows inside a score table that are not windows: notes (备注：…, 注：…, 制表：…), summaries (合计, 平均…),
 * and the header repeated where a long table was pasted page by page. They are skipped and reported, never ranked.
 */
import { headerRole } from './headerWords';
import { foldHeader } from './text';

export type NonWindowKind = 'note' | 'summary' | 'header';

/** A label, then a colon: 备注：, 注:, 说明：, 制表人：. Window names never contain a colon. */
const NOTE = /^[^\d:：]{0,8}[:：]|^(备注|注|说明|附注)[\d一二三四五六七八九十、.]/u;
const SUMMARY = /^(合计|总计|小计|累计|平均|平均分|平均值|均值)/u;

export function nonWindowKind(text: string): NonWindowKind | null {
  if (NOTE.test(text)) return 'note';
  const folded = foldHeader(text);
  if (SUMMARY.test(folded)) return 'summary';
  if (headerRole(folded) === 'window') return 'header';
  return null;
}

export const NON_WINDOW_WORDS: Record<NonWindowKind, string> = {
  note: '说明行',
  summary: '汇总行',
  header: '重复的表头行',
};
