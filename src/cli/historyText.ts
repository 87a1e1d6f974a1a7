/** The history in the terminal: the month's ranks with their change, the flags, then the roll-up as a table. */
import { formatDecimal } from '../core/decimal';
import { periodLabel } from '../core/history/model';
import type { MonthReport } from '../core/history/monthReport';
import type { Rollup } from '../core/history/rollup';
import { partialNote } from '../core/history/rollupPlan';
import { lastPlaceSentence, rankChangeSentence, redFlagSentence } from '../core/history/sentences';
import { displayWidth, padEnd, padStart } from './displayWidth';

const GAP = '  ';

/** A plain table: column 1 (names) and the last (notes) left-aligned, the rest right-aligned. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ''))));
  const left = (c: number) => c === 1 || c === header.length - 1;
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (left(c) ? padEnd(cell, widths[c]) : padStart(cell, widths[c])))
      .join(GAP)
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + GAP.length * (widths.length - 1));
  return [line(header), rule, ...rows.map(line)].join('\n') + '\n';
}

export function monthText(r: MonthReport): string {
  const against = r.previous ? `（较${periodLabel(r.previous)}）` : '（此前没有记录）';
  const rows = r.windows.map((w) => [String(w.rank), w.window, formatDecimal(w.score), w.change.label, w.veto ? '否决' : '']);
  const flags = [redFlagSentence(r), lastPlaceSentence(r), rankChangeSentence(r)].filter((s) => s !== '');
  return `${periodLabel(r.period)}${against}\n\n${textTable(['名次', '部门窗口', '实得分值', '较上月', '备注'], rows)}\n${flags.join('\n')}${flags.length ? '\n' : ''}`;
}

export function rollupText(r: Rollup): string {
  const year = r.span.kind === 'year';
  const header = ['名次', '部门窗口', '参评月数', '平均分', '末位次数', '否决月份', ...(year ? ['红旗窗口资格'] : []), '说明'];
  const rows = r.windows.map((w) => [
    String(w.rank),
    w.window,
    String(w.monthsCounted),
    w.averageText,
    String(w.timesLast),
    w.vetoMonths.map((m) => `${m}月`).join('、'),
    ...(year ? [w.honour?.eligible ? '可评' : `不可评：${w.honour?.reason ?? ''}`] : []),
    partialNote(w, r),
  ]);
  const months = r.months.length === 0 ? '（这段时间没有记录）' : `（记录了 ${r.months.map((p) => `${p.month}月`).join('、')}）`;
  return `${r.title}${months}\n\n${textTable(header, rows)}`;
}
