/** 「通报正文」: paragraphs typed by clerks, one row each, under the section they belong to. */
import type { SheetGrid } from '../cell';
import type { Problem } from '../problems';
import { FREE_TEXT_SHEET } from './inputSheets';
import { readSheetRows } from './sheetRows';

export interface FreeTextParagraph {
  /** As typed in 栏目, e.g. 大厅工作动态. */
  section: string;
  sectionCell: string;
  order: number | null;
  text: string;
  row: number;
}

export function readFreeText(grid: SheetGrid): { paragraphs: FreeTextParagraph[]; problems: Problem[] } {
  const { items, problems } = readSheetRows(grid, FREE_TEXT_SHEET, (r) => ({
    section: r.text('section'),
    sectionCell: r.cell('section')!.address,
    order: r.count('order', false),
    text: r.text('text'),
    row: r.row,
  }));
  return { paragraphs: items, problems };
}

/**
 * A section's paragraphs in 序号 order (rows without one keep their place after numbered ones, in sheet order),
 * numbered 1. 2. … when there are two or more — a single paragraph stands unnumbered, as in the reference.
 * A paragraph the clerk already numbered (「1.9月28日…」) is not numbered twice.
 */
export function numberedParagraphs(paragraphs: readonly FreeTextParagraph[]): string[] {
  const sorted = paragraphs
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.order ?? Infinity) - (b.p.order ?? Infinity) || a.i - b.i)
    .map((x) => x.p.text);
  if (sorted.length < 2) return sorted;
  return sorted.map((text, i) => {
    const n = i + 1;
    return new RegExp(`^${n}[.．、]`, 'u').test(text) ? text : `${n}.${text}`;
  });
}
