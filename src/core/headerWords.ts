/**
 * The words a header cell may say for each column. Matching is on folded text (half-width, no spaces or line
 * breaks), so 「部门\n窗口」, 「基础 分值」 and 「部门（单位）」 are recognised. Order matters: a cell is given the
 * first role whose test it passes, and the score roles are tested before the name role.
 */
import type { ColumnRole } from './model';

interface RoleTest {
  role: ColumnRole;
  test: (folded: string) => boolean;
}

const ROLE_TESTS: RoleTest[] = [
  { role: 'serial', test: (h) => /^(序号|编号|序列号|No\.?)$/iu.test(h) },
  { role: 'rank', test: (h) => /^(排名|名次|排序|本月排名)$/u.test(h) },
  // 基础分分值: the reference attachment's own header, 「基础分」 over 「分值」 in one cell.
  { role: 'base', test: (h) => /^(基础|基本|基准)分(值|数|分值)?$/u.test(h) },
  { role: 'deduction', test: (h) => /^(减分|扣分|扣减)(分值|分数|合计|小计)?$/u.test(h) || /^(减分|扣分)(情况|项)?$/u.test(h) },
  { role: 'bonus', test: (h) => /^加分(分值|分数|合计|小计|情况|项)?$/u.test(h) },
  { role: 'score', test: (h) => /^(实得分(值|数)?|得分|总分|总得分|最终得分|考核得分|实际得分)$/u.test(h) },
  { role: 'window', test: isWindowWord },
];

/** Every character the name column's header words are made of: a name with any other (窗口12) is not one. */
export const WINDOW_WORD_CHARS = '进驻部门单位窗口()名称';
const WINDOW_WORD_CODES = new Set([...WINDOW_WORD_CHARS].map((ch) => ch.charCodeAt(0)));

/**
 * The name column's header words. No other role's words pass this test, so it can be asked on its own. Every
 * window name of a sheet is asked (a repeated header is skipped), hence the character screen before the patterns.
 */
export function isWindowWord(folded: string): boolean {
  if (folded.length > 14) return false;
  for (let i = 0; i < folded.length; i++) if (!WINDOW_WORD_CODES.has(folded.charCodeAt(i))) return false;
  return /^(进驻)?(部门|单位|窗口)(\(单位\)|\(部门\))?(窗口)?(名称)?$/u.test(folded) || /^窗口(单位|部门)(名称)?$/u.test(folded);
}

/** The role a folded header text names, or null. */
export function headerRole(folded: string): ColumnRole | null {
  if (folded === '' || folded.length > 20) return null;
  for (const t of ROLE_TESTS) if (t.test(folded)) return t.role;
  return null;
}

/** What messages say was looked for, in the words the reference bulletin uses. */
export const HEADER_WORDS_SHOWN = {
  window: ['部门窗口', '窗口', '部门', '单位', '部门（单位）'],
  base: ['基础分值', '基础分'],
  deduction: ['减分分值', '减分', '扣分'],
  bonus: ['加分分值', '加分'],
} as const;

export const ROLE_NAMES: Record<ColumnRole, string> = {
  window: '部门窗口',
  base: '基础分值',
  deduction: '减分分值',
  bonus: '加分分值',
  score: '实得分值',
  rank: '排名',
  serial: '序号',
};
