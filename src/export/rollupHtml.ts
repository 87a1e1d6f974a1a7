/**
 * A roll-up as one HTML document (`window-bulletin history --html`): the title, the averaging rule, the table of
 * the roll-up sheet, and its charts as inline SVG. Inline styles only, as the bulletin's HTML, so it pastes into
 * Word or WPS and opens from a mail.
 */
import type { RollupSheetPlan } from '../core/history/rollupPlan';
import { chartSvg } from './chartSvg';
import { escapeHtml } from './html';

const CELL = 'border:1px solid #000;padding:2px 4px;text-align:center;font-size:10.5pt;';

export function renderRollupHtml({ plan, charts }: RollupSheetPlan): string {
  const [title, note, ...rest] = plan.values;
  const headRows = rest.slice(0, 2);
  const body = rest.slice(2);
  const covered = new Set<string>();
  const span = new Map<string, { rows: number; cols: number }>();
  for (const m of plan.merges) {
    if (m.row < 2) continue;
    span.set(`${m.row},${m.col}`, { rows: m.rows, cols: m.cols });
    for (let r = m.row; r < m.row + m.rows; r++) for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }
  const last = plan.columnWidths.length - 1;
  const cell = (tag: 'th' | 'td', v: unknown, r: number, c: number) => {
    if (covered.has(`${r},${c}`)) return '';
    const s = span.get(`${r},${c}`);
    const attrs = s ? `${s.rows > 1 ? ` rowspan="${s.rows}"` : ''}${s.cols > 1 ? ` colspan="${s.cols}"` : ''}` : '';
    // Only the notes (说明, the last column) wrap, and never to a sliver: squeezed by a wide year, a note wrapped
    // one character a line and made its row ten lines tall. Everything else keeps to one line; the table scrolls.
    const wrap = tag === 'td' && c === last ? 'min-width:14em;text-align:left;' : 'white-space:nowrap;';
    return `<${tag}${attrs} style="${CELL}${wrap}">${v === null || v === undefined ? '' : escapeHtml(String(v))}</${tag}>`;
  };
  const thead = headRows.map((row, i) => `<tr>${row.map((v, c) => cell('th', v, i + 2, c)).join('')}</tr>`).join('');
  const tbody = body.map((row, i) => `<tr>${row.map((v, c) => cell('td', v, i + 4, c)).join('')}</tr>`).join('');
  const svgs = charts.map((c, k) => `<div style="margin:12pt 0;">${chartSvg(c, `wb-chart-${k + 1}`)}</div>`).join('');
  return (
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(String(title[0] ?? ''))}</title></head>` +
    `<body style="font-family:'FangSong','仿宋',serif;">` +
    `<h1 style="text-align:center;font-size:18pt;">${escapeHtml(String(title[0] ?? ''))}</h1>` +
    `<p style="font-size:10pt;">${escapeHtml(String(note[0] ?? ''))}</p>` +
    // A year's table is wider than a phone or a narrow window: it scrolls sideways in its own box, the page does not.
    `<div style="overflow-x:auto;"><table style="border-collapse:collapse;"><thead>${thead}</thead><tbody>${tbody}</tbody></table></div>${svgs}</body></html>`
  );
}
