/**
 * The roll-up's HTML with inline SVG charts: well-formed XML for every chart (parsed with xmldom, not our code),
 * one line per window that has two months in a row, a gap where a window was absent, bars in rank order with
 * their averages, an accessible name on each chart, and every name escaped.
 */
import { DOMParser } from '@xmldom/xmldom';
import { chartSvg } from '../../src/export/chartSvg';
import { renderRollupHtml } from '../../src/export/rollupHtml';
import { aliasesFrom } from '../../src/core/history/aliases';
import { rollup, yearSpan } from '../../src/core/history/rollup';
import { planRollupSheet } from '../../src/core/history/rollupPlan';
import { DEFAULT_HISTORY_SETTINGS } from '../../src/core/history/settings';
import { workbookHistory } from '../../src/core/history/workbookHistory';
import { goldenWorkbook, N, N_OLD } from './goldenYear';

const golden = () => {
  const h = workbookHistory(goldenWorkbook(), { import: true, aliases: aliasesFrom([[N, [N_OLD]]]) });
  return planRollupSheet(rollup(h.joined, yearSpan(2023), DEFAULT_HISTORY_SETTINGS));
};

function parse(svg: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { error: (m) => errors.push(m), fatalError: (m) => errors.push(m) } }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return doc;
}

test('the line chart: six windows, 省医保局 (Apr–Dec) and 省文旅厅 (Jan–Sep) drawn only where present', () => {
  const { charts } = golden();
  const doc = parse(chartSvg(charts[0], 'c1'));
  const svg = doc.documentElement!;
  expect(svg.getAttribute('role')).toBe('img');
  expect(doc.getElementsByTagName('title')[0].textContent).toBe('2023年度考核汇总：各月名次');
  const lines = Array.from(doc.getElementsByTagName('polyline'));
  expect(lines).toHaveLength(6);
  const points = lines.map((l) => l.getAttribute('points')!.split(' ').length);
  expect(points.sort((a, b) => a - b)).toEqual([9, 9, 12, 12, 12, 12]);
  expect(doc.getElementsByTagName('circle')).toHaveLength(12 * 4 + 9 * 2);
});

test('the bar chart lists the windows in rank order with two-decimal averages', () => {
  const { charts } = golden();
  const doc = parse(chartSvg(charts[1], 'c2'));
  const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
  expect(texts.filter((t) => /^\d+\.\d\d$/u.test(t ?? ''))).toEqual(['103.33', '102.54', '102.33', '100.72', '99.25', '99.25']);
  expect(doc.getElementsByTagName('rect')).toHaveLength(1 + 6);
});

test('names that look like markup are text', () => {
  const { charts } = golden();
  const spec = { ...charts[0], series: [{ ...charts[0].series[0], name: '<script>alert(1)</script>&厅' }] };
  const svg = chartSvg(spec, 'x');
  expect(svg).not.toContain('<script>');
  expect(parse(svg).getElementsByTagName('text')[0].textContent).toBe('2023年度考核汇总：各月名次');
});

test('the HTML page carries the table with merged headers and both charts', () => {
  const html = renderRollupHtml(golden());
  expect(html).toContain('<th rowspan="2"');
  expect(html).toContain('colspan="12"');
  expect((html.match(/<svg /gu) ?? []).length).toBe(2);
  expect(html).toContain('只参评4—12月，按9个月平均');
});

test('the HTML table scrolls in its own box and only the notes wrap, never to a sliver (a year is wider than a window)', () => {
  const html = renderRollupHtml(golden());
  expect(html).toContain('<div style="overflow-x:auto;"><table');
  const doc = new DOMParser().parseFromString(html.replace('<!DOCTYPE html>', ''), 'text/html');
  const rows = Array.from(doc.getElementsByTagName('tbody')[0].getElementsByTagName('tr'));
  for (const row of rows) {
    const cells = Array.from(row.getElementsByTagName('td'));
    const note = cells[cells.length - 1];
    expect(note.getAttribute('style')).toContain('min-width:14em');
    expect(cells.slice(0, -1).every((c) => (c.getAttribute('style') ?? '').includes('white-space:nowrap'))).toBe(true);
  }
  expect(rows.map((r) => r.getElementsByTagName('td')[1].textContent)).toContain('省医保局');
});
