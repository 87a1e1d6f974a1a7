/**
 * A host-neutral description of a sheet to write: values, merges, formats on blocks, widths, print setup.
 * The engine builds it; the Office.js host and the ExcelJS host each interpret it. Coordinates are 0-based.
 */
import type { CellRange } from './cell';

/** Strings are always written as text, never as formulas, whatever they start with. */
export type PlanValue = string | number | null;

export interface FontSpec {
  /** First choice, e.g. 仿宋_GB2312; `fallbacks` name what to use where it is not installed. */
  name: string;
  fallbacks: string[];
  /** Points. */
  size: number;
  bold?: boolean;
  color?: string; // "#RRGGBB"
}

export interface FormatBlock {
  range: CellRange;
  font?: FontSpec;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
  /** Thin borders on every edge of every cell in the range. */
  borders?: 'all-thin';
  fill?: string; // "#RRGGBB"
  numberFormat?: string; // e.g. "General", "@"
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on the page width; rows flow onto as many pages as needed. */
  fitToWidth: boolean;
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  repeatRows?: { first: number; last: number };
  /** Inches, as both Excel APIs take them. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  centerHorizontally: boolean;
  /** Row indices before which a printed page must break. */
  pageBreaksBefore?: number[];
  /**
   * Page numbers 「— N —」 in the footer, GB/T 9704's way: odd pages at the right, even pages at the left.
   * A host that cannot write footers leaves them out (the sheet still prints).
   */
  pageNumbers?: boolean;
}

/**
 * The page-number footer section both hosts write for `pageNumbers`: 「— N —」 in 4号 (14 pt), on the outer side —
 * right on odd pages, left on even ones (GB/T 9704 7.5). Codes of Excel's header/footer language, which the file
 * format and Office.js share: &14 the size, &P the page number. No font is named, so the sheet's own face is used
 * (a face name in these codes must be the installed name in the reader's locale).
 */
/** Excel keeps at most 1,026 horizontal page breaks on a sheet ("Excel specifications and limits"); a file with more may not open. */
export const MAX_PAGE_BREAKS = 1026;

export const PAGE_NUMBER_FOOTER = { text: '&14— &P —', oddPages: 'right', evenPages: 'left' } as const;

export interface SheetPlan {
  sheetName: string;
  /** Values from A1, row-major, all rows the same length. */
  values: PlanValue[][];
  merges: CellRange[];
  /** Applied in order; a later block overrides an earlier one where they overlap. */
  formats: FormatBlock[];
  /** Excel column width units (characters of the default font), one per column. */
  columnWidths: number[];
  /** Row heights in points, for rows that need one (title, header). */
  rowHeights: { row: number; height: number }[];
  print: PrintSetup;
}
