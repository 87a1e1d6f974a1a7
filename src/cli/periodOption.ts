/**
 * The bulletin's month: `--period` when given, else what the score sheet's title says (「2023年8月…」),
 * else the previous month, which is when a monthly assessment is usually published, with a warning.
 */
import type { SheetGrid } from '../core/cell';
import type { Period } from '../core/model';
import { inferPeriod } from '../core/period';
import { problem, type Problem } from '../core/problems';
import { UsageError } from './usage';

/** "2023-08", "2023-8", "2023/8", "202308" or "2023年8月". */
export function parsePeriodOption(text: string): Period {
  const m = /^\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))\s*$/.exec(text);
  const year = m ? Number(m[1]) : NaN;
  const month = m ? Number(m[2] ?? m[3]) : NaN;
  if (!m || month < 1 || month > 12 || year < 1900 || year > 2999) {
    throw new UsageError(`选项 --period 的值“${text}”无效，应写成 2023-08 这样的年月。`);
  }
  return { year, month };
}

export function previousMonth(now: Date): Period {
  const month = now.getMonth(); // 0-based this month = 1-based previous month
  return month === 0 ? { year: now.getFullYear() - 1, month: 12 } : { year: now.getFullYear(), month };
}

export function resolvePeriod(
  option: Period | null,
  grid: SheetGrid | undefined,
  now: Date,
): { period: Period; warning: Problem | null } {
  if (option) return { period: option, warning: null };
  const inferred = grid ? inferPeriod(grid) : null;
  if (inferred) return { period: inferred, warning: null };
  const period = previousMonth(now);
  const where = grid ? `「${grid.name}」的标题` : '考核表';
  return {
    period,
    warning: problem(
      'INPUT',
      'warning',
      `没能从${where}中看出考核月份（应有“2023年8月……”这样的标题），按上个月（${period.year}年${period.month}月）处理；可用 --period ${period.year}-${String(period.month).padStart(2, '0')} 指定。`,
      grid?.name,
    ),
  };
}
