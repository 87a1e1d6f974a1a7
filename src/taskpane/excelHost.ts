// TEMPORARY measurement placeholder (not committed): replaced by the Excel.run adapter once src/excel lands.
import type { BulletinHost } from '../core/hostContract';
export function createExcelHost(): BulletinHost {
  throw new Error('excelHost 尚未实现');
}
