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
  { role: 'base', test: (h) => /^(基础|基本|基准)分(值|数)?$/u.test(h) },
  { role: 'deduction', test: (h) => /^(减分|扣分|扣减)(分值|分数|合计|小计)?$/u.test(h) || /^(减分|扣分)(情况|项)?$/u.test(h) },
  { role: 'bonus', test: (h) => /^加分(分值|分数|合计|小计|情况|项)?$/u.test(h) },
  { role: 'score', test: (h) => /^(实得分(值|数)?|得分|总分|总得分|最终得分|考核得分|实际得分)$/u.test(h) },
  {
    role: 'window',
    test: (h) => /^(进驻)?(部门|单位|窗口)(\(单位\)|\(部门\))?(窗口)?(名称)?$/u.test(h) || /^窗口(单位|部门)(名称)?$/u.test(h),
  },
];

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
