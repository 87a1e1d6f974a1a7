/**
 * A chart described without a host: what it plots (cell ranges of the sheet it sits on, with the values they
 * hold so a file host can cache them) and where it sits. The Office.js host builds it with the chart API; the
 * file host writes it as a DrawingML chart part (src/xlsx/chartPart.ts).
 */
import type { CellRange } from '../cell';

export interface ChartSeriesSpec {
  name: string;
  /** The cell holding the series name. */
  nameCell: { row: number; col: number };
  /** One row or one column of the sheet. */
  values: CellRange;
  /** The values those cells hold (null: blank, drawn as a gap). */
  cached: (number | null)[];
}

export interface ChartSpec {
  kind: 'line' | 'bar';
  title: string;
  /** The category labels' cells (months, or window names) and their text. */
  categories: CellRange;
  categoryLabels: string[];
  series: ChartSeriesSpec[];
  /** Cells the chart covers on the sheet (0-based; the chart floats over them). */
  anchor: CellRange;
  /** Ranks: 1 at the top. */
  reverseValues?: boolean;
  /** Bars listed from the top (rank 1 first) rather than from the bottom. */
  reverseCategories?: boolean;
  valueTitle?: string;
  /** Axis bounds, when the data's own would mislead (ranks start at 1). */
  min?: number;
  max?: number;
}
