/**
 * A ChartSpec drawn as inline SVG for the HTML export: the roll-up's monthly ranks as lines (rank 1 at the top,
 * gaps where a window was absent) and its averages as horizontal bars with their values. Self-contained markup
 * (no script, no external font or stylesheet) so it survives pasting and e-mail; text is escaped, and the chart
 * carries role="img" with a title and a description for screen readers.
 */
import type { ChartSpec } from '../core/history/chartSpec';
import { escapeHtml } from './html';

const PALETTE = ['#C00000', '#1F4E79', '#548235', '#BF8F00', '#7030A0', '#00B0F0', '#ED7D31', '#375623', '#FF66CC', '#7F7F7F', '#002060', '#A9D18E', '#843C0C', '#2E75B6', '#FFC000', '#5B9BD5', '#70AD47', '#C55A11', '#8064A2', '#4BACC6'];
const FONT = "font-family:'Microsoft YaHei','PingFang SC','Noto Sans CJK SC',sans-serif";

const n = (v: number) => Math.round(v * 10) / 10;

function lineSvg(spec: ChartSpec, id: string): string {
  const width = 720;
  const legendW = 150;
  const plot = { x: 48, y: 36, w: width - legendW - 64, h: 260 };
  const height = Math.max(plot.y + plot.h + 36, 40 + spec.series.length * 18);
  const cats = spec.categoryLabels.length;
  const lo = spec.min ?? 1;
  const hi = Math.max(spec.max ?? lo + 1, lo + 1);
  const x = (i: number) => plot.x + (cats === 1 ? plot.w / 2 : (i * plot.w) / (cats - 1));
  const y = (v: number) => plot.y + ((v - lo) / (hi - lo)) * plot.h; // reversed: rank 1 at the top
  const step = Math.max(1, Math.ceil((hi - lo) / 10));
  const grid: string[] = [];
  for (let v = lo; v <= hi; v += step) {
    grid.push(`<line x1="${plot.x}" x2="${plot.x + plot.w}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="#D9D9D9"/>`);
    grid.push(`<text x="${plot.x - 6}" y="${n(y(v) + 4)}" text-anchor="end" font-size="10">${v}</text>`);
  }
  const labels = spec.categoryLabels.map((c, i) => `<text x="${n(x(i))}" y="${plot.y + plot.h + 16}" text-anchor="middle" font-size="10">${escapeHtml(c)}</text>`);
  const series = spec.series.map((s, k) => {
    const colour = PALETTE[k % PALETTE.length];
    // Runs of present months are joined; an absent month breaks the line, as the sheet's chart shows a gap.
    const runs: string[][] = [[]];
    s.cached.forEach((v, i) => (v === null ? runs.push([]) : runs[runs.length - 1].push(`${n(x(i))},${n(y(v))}`)));
    const lines = runs.filter((r) => r.length > 1).map((r) => `<polyline points="${r.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    const dots = s.cached.flatMap((v, i) => (v === null ? [] : [`<circle cx="${n(x(i))}" cy="${n(y(v))}" r="2.5" fill="${colour}"/>`]));
    const legend = `<rect x="${width - legendW + 4}" y="${40 + k * 18 - 8}" width="10" height="10" fill="${colour}"/><text x="${width - legendW + 18}" y="${40 + k * 18}" font-size="11">${escapeHtml(s.name)}</text>`;
    return `<g>${lines.join('')}${dots.join('')}${legend}</g>`;
  });
  return frame(spec, id, width, height, [...grid, ...labels, ...series].join(''));
}

function barSvg(spec: ChartSpec, id: string): string {
  const s = spec.series[0];
  const values = s.cached.map((v) => v ?? 0);
  const rowH = 20;
  const nameW = 150;
  const width = 720;
  const plotW = width - nameW - 70;
  const height = 40 + values.length * rowH + 10;
  const hi = Math.max(...values);
  // Averages sit close together (98–104): the bars start a little below the lowest, and say so on the axis.
  const lo = Math.max(0, Math.floor(Math.min(...values)) - 2);
  const w = (v: number) => (hi === lo ? plotW : ((v - lo) / (hi - lo)) * plotW);
  const bars = values.map((v, i) => {
    const top = 36 + i * rowH;
    return (
      `<text x="${nameW - 6}" y="${top + 14}" text-anchor="end" font-size="11">${escapeHtml(spec.categoryLabels[i])}</text>` +
      `<rect x="${nameW}" y="${top + 3}" width="${n(Math.max(1, w(v)))}" height="${rowH - 6}" fill="#1F4E79"/>` +
      `<text x="${n(nameW + Math.max(1, w(v)) + 4)}" y="${top + 14}" font-size="10">${v.toFixed(2)}</text>`
    );
  });
  const axis = `<text x="${nameW}" y="${height - 2}" font-size="9" fill="#595959">横轴起点 ${lo}</text>`;
  return frame(spec, id, width, height, bars.join('') + axis);
}

function frame(spec: ChartSpec, id: string, width: number, height: number, body: string): string {
  const desc = spec.kind === 'line' ? `${spec.series.length}个窗口各月的名次，第1名在最上方。` : `${spec.series[0]?.cached.length ?? 0}个窗口的平均分，按名次从上到下。`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-t ${id}-d" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="max-width:100%;height:auto;${FONT}">` +
    `<title id="${id}-t">${escapeHtml(spec.title)}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>` +
    `<rect width="100%" height="100%" fill="#FFFFFF"/>` +
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${escapeHtml(spec.title)}</text>${body}</svg>`
  );
}

export function chartSvg(spec: ChartSpec, id: string): string {
  return spec.kind === 'line' ? lineSvg(spec, id) : barSvg(spec, id);
}
