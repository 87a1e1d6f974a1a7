/** The period to use when neither the settings nor the source's title give one: the month before today's. */
import type { Period } from '../core/model';

export function previousMonth(today: Date): Period {
  const month = today.getMonth(); // 0-based: January gives 0, i.e. December of last year
  return month === 0 ? { year: today.getFullYear() - 1, month: 12 } : { year: today.getFullYear(), month };
}
