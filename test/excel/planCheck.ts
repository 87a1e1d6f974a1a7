/**
 * What a written sheet must be: the engine's SheetPlan for the same source, cell for cell (values, merges),
 * block for block (formats, widths, heights), with every text cell text. Shared by the generate, naming and
 * fault-injection tests.
 */
import type { CellRange, CellValue, SheetGrid } from '../../src/core/cell';
import { planAttachmentSheet } from '../../src/core/attachmentPlan';
import { PAGE_NUMBER_FOOTER, type FormatBlock, type SheetPlan } from '../../src/core/plan';
import { DEFAULT_SETTINGS, type BulletinSettings } from '../../src/core/settings';
import { rankToBulletin } from '../../src/excel/rankToBulletin';
import { printedFooter } from '../support/fakeExcel/headerFooter';
import type { FakeSheet } from '../support/fakeExcel/state';

export const TODAY = new Date(2023, 8, 20);

/** The plan the engine makes of these rows, independent of the Office.js host. */
export function expectedPlan(rows: CellValue[][], sheetName: string, settings: BulletinSettings = DEFAULT_SETTINGS): SheetPlan {
  const grid: SheetGrid = { name: '考核', originRow: 0, originCol: 0, values: rows, merges: [], tables: [] };
  const { bulletin } = rankToBulletin(grid, settings, TODAY);
  if (!bulletin) throw new Error('the test rows do not rank');
  return planAttachmentSheet(bulletin, sheetName);
}

function inside(r: CellRange, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

/** Values: each plan cell as written, strings as the same string (no formula, no number, no apostrophe). */
export function valueMismatches(sheet: FakeSheet, plan: SheetPlan, limit = 5): string[] {
  const out: string[] = [];
  const mergedAway = (r: number, c: number) => plan.merges.some((m) => inside(m, r, c) && !(m.row === r && m.col === c));
  plan.values.forEach((row, r) =>
    row.forEach((want, c) => {
      if (out.length >= limit) return;
      const cell = sheet.cell(r, c);
      const got = cell?.formula ? `formula ${cell.formula}` : (cell?.value ?? null);
      const expected = mergedAway(r, c) ? null : want;
      if (got !== expected) out.push(`R${r + 1}C${c + 1}: wanted ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
      else if (typeof want === 'string' && cell?.numberFormat !== '@') out.push(`R${r + 1}C${c + 1}: text without the "@" format`);
    }),
  );
  const used = sheet.usedRange();
  const rows = plan.values.length;
  const cols = plan.values[0]?.length ?? 0;
  if (used && (used.row + used.rows > rows || used.col + used.cols > cols)) out.push(`values outside the plan: used range ${JSON.stringify(used)}`);
  return out;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' };
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' };

/** The properties a block sets, as the fake records them. */
export function blockProps(block: FormatBlock): Record<string, unknown> {
  const p: Record<string, unknown> = {};
  if (block.font) {
    p['font.name'] = block.font.name;
    p['font.size'] = block.font.size;
    if (block.font.bold !== undefined) p['font.bold'] = block.font.bold;
    if (block.font.color) p['font.color'] = block.font.color;
  }
  if (block.horizontal) p.horizontalAlignment = HORIZONTAL[block.horizontal];
  if (block.vertical) p.verticalAlignment = VERTICAL[block.vertical];
  if (block.wrap !== undefined) p.wrapText = block.wrap;
  if (block.fill) p['fill.color'] = block.fill;
  if (block.borders === 'all-thin') {
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    if (block.range.rows > 1) edges.push('InsideHorizontal');
    if (block.range.cols > 1) edges.push('InsideVertical');
    for (const e of edges) {
      p[`border.${e}.style`] = 'Continuous';
      p[`border.${e}.weight`] = 'Thin';
    }
  }
  return p;
}

/**
 * Formats: every recorded format lies on exactly a plan block's range (blocks, never cells), and each block's
 * properties hold at its corners. Widths and heights equal the plan's.
 */
export function formatMismatches(sheet: FakeSheet, plan: SheetPlan): string[] {
  const out: string[] = [];
  const same = (a: CellRange, b: CellRange) => a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
  for (const f of sheet.formats) {
    if (!plan.formats.some((b) => same(b.range, f.range))) out.push(`format ${f.prop} on ${JSON.stringify(f.range)}, not a plan block`);
  }
  for (const block of plan.formats) {
    const { row, col, rows, cols } = block.range;
    const corners = [
      [row, col],
      [row + rows - 1, col + cols - 1],
    ];
    for (const [prop, want] of Object.entries(blockProps(block))) {
      for (const [r, c] of corners) {
        const got = sheet.formatAt(r, c, prop);
        if (got !== want) out.push(`R${r + 1}C${c + 1} ${prop}: wanted ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      }
    }
  }
  if (sheet.columnWidths.size !== plan.columnWidths.length) out.push(`${sheet.columnWidths.size} column widths, plan has ${plan.columnWidths.length}`);
  for (const { row, height } of plan.rowHeights) {
    if (sheet.rowHeights.get(row) !== height) out.push(`row ${row + 1} height ${sheet.rowHeights.get(row)}, plan ${height}`);
  }
  return out;
}

export function mergeMismatches(sheet: FakeSheet, plan: SheetPlan): string[] {
  const key = (m: CellRange) => `${m.row},${m.col},${m.rows},${m.cols}`;
  const got = sheet.merges.map(key).sort();
  const want = plan.merges.map(key).sort();
  return JSON.stringify(got) === JSON.stringify(want) ? [] : [`merges ${got.join(' ')}; plan ${want.join(' ')}`];
}

/**
 * Print setup as the plan gives it (ExcelApi 1.9): A4, orientation, one page wide, margins (inches → points),
 * centred, the header row repeated on every page, page numbers on the outer side. Without it (`expected` false) nothing of it may be half-set.
 */
export function printMismatches(sheet: FakeSheet, plan: SheetPlan, expected = true): string[] {
  const p = plan.print;
  const want: Record<string, unknown> = expected
    ? {
        paperSize: 'A4',
        orientation: p.orientation === 'landscape' ? 'Landscape' : 'Portrait',
        zoom: p.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : undefined,
        topMargin: p.margins.top * 72,
        bottomMargin: p.margins.bottom * 72,
        leftMargin: p.margins.left * 72,
        rightMargin: p.margins.right * 72,
        headerMargin: p.margins.header * 72,
        footerMargin: p.margins.footer * 72,
        centerHorizontally: p.centerHorizontally,
      }
    : {};
  const out: string[] = [];
  for (const key of new Set([...Object.keys(want), ...Object.keys(sheet.pageLayout)])) {
    if (JSON.stringify(sheet.pageLayout[key]) !== JSON.stringify(want[key])) out.push(`pageLayout.${key}: ${JSON.stringify(sheet.pageLayout[key])}, wanted ${JSON.stringify(want[key])}`);
  }
  const rows = expected && p.repeatRows ? { first: p.repeatRows.first, last: p.repeatRows.last } : null;
  const got = sheet.printTitleRows ? { first: sheet.printTitleRows.row, last: sheet.printTitleRows.row + sheet.printTitleRows.rows - 1 } : null;
  if (JSON.stringify(got) !== JSON.stringify(rows)) out.push(`print title rows ${JSON.stringify(got)}, wanted ${JSON.stringify(rows)}`);
  // Page numbers: the footers pages 1 and 2 print with (odd, even), in the file format's form.
  const footers = [1, 2].map((page) => printedFooter(sheet, page));
  const wantFooters = expected && p.pageNumbers ? [`&R${PAGE_NUMBER_FOOTER.text}`, `&L${PAGE_NUMBER_FOOTER.text}`] : ['', ''];
  if (JSON.stringify(footers) !== JSON.stringify(wantFooters)) out.push(`footers ${JSON.stringify(footers)}, wanted ${JSON.stringify(wantFooters)}`);
  return out;
}

/** Everything at once, so a failure lists all that is wrong. */
export function sheetMismatches(sheet: FakeSheet, plan: SheetPlan, withPrint = true): string[] {
  return [...valueMismatches(sheet, plan), ...mergeMismatches(sheet, plan), ...formatMismatches(sheet, plan), ...printMismatches(sheet, plan, withPrint)];
}

/**
 * Number formats before values: no number format lands on cells whose values were already written (Excel parses
 * a value by the format it finds, so "@" after "=SUM(1)" would be too late), as the sheet's content log shows.
 */
export function valuesWrittenBeforeFormats(sheet: FakeSheet): string[] {
  const out: string[] = [];
  const overlap = (a: CellRange, b: CellRange) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
  sheet.contentLog.forEach((entry, i) => {
    if (entry.kind !== 'values') return;
    for (const later of sheet.contentLog.slice(i + 1)) {
      if (later.kind === 'numberFormat' && overlap(later.range, entry.range)) {
        out.push(`number format on ${JSON.stringify(later.range)} after the values on ${JSON.stringify(entry.range)}`);
      }
    }
  });
  return out;
}
