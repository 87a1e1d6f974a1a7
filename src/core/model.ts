/** The engine's data model: what a score sheet is once found and read, and what a ranking is. */
import type { Problem } from './problems';

export type RankStyle = 'competition' | 'dense';
/** How a tie group shows its rank in the bulletin: on its first row only (the reference), or on every row. */
export type TieDisplay = 'blank' | 'repeat';

export type ColumnRole = 'window' | 'base' | 'deduction' | 'bonus' | 'score' | 'rank' | 'serial';

export interface RankOptions {
  rankStyle: RankStyle;
  tieDisplay: TieDisplay;
  /** Base score when the sheet has no base column (a warning says so). */
  defaultBase: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = { rankStyle: 'competition', tieDisplay: 'blank', defaultBase: 100 };

/** Where the score table sits in the sheet. Rows and columns are 0-based sheet coordinates. */
export interface HeaderMatch {
  sheet: string;
  /** First header row; headerRows is 2 when the header is split over two rows. */
  headerRow: number;
  headerRows: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** The header text as found, for showing the user what was detected. */
  labels: Partial<Record<ColumnRole, string>>;
  /** Set when the table came from an Excel table (ListObject). */
  tableName?: string;
}

/**
 * The windows of one sheet, column-oriented: one typed array per score column, so ranking 10^6 windows
 * does not allocate 10^6 objects. Scores are exact decimals held as integers scaled by `scale`
 * (10^decimals): 13.5 with scale 10 is 135. Deductions are points deducted (≥ 0), however the sheet wrote them.
 */
export interface ScoreTable {
  sheet: string;
  header: HeaderMatch;
  count: number;
  scale: number;
  names: string[];
  /** 0-based sheet row of each window. */
  sourceRows: Uint32Array;
  base: Float64Array;
  deduction: Float64Array;
  bonus: Float64Array;
  score: Float64Array;
}

export interface Ranking {
  style: RankStyle;
  /** Window indices (into ScoreTable) in bulletin order: score descending, ties in source order. */
  order: Uint32Array;
  /** rank[i] is the rank of the window at order[i]. */
  rank: Uint32Array;
}

export interface RankOutcome {
  /** Null when errors stopped the run before a table could be read. */
  table: ScoreTable | null;
  ranking: Ranking | null;
  problems: Problem[];
}

/** One row of the published attachment table, ready to show: numbers as numbers, rank label as the reference prints it. */
export interface BulletinRow {
  rank: number;
  /** "7" on the first row of a tie group; "" on the others when ties are blank. */
  rankLabel: string;
  window: string;
  base: number;
  /** As published: −2 for two points deducted, 0 for none. */
  deductionShown: number;
  bonus: number;
  score: number;
  /** The same figures as text, without trailing zeros: "113.5", "-2". */
  text: { base: string; deduction: string; bonus: string; score: string };
  /** True on the first row of a tie group (or a window with no tie). */
  firstOfTie: boolean;
  tieSize: number;
}

export interface Period {
  year: number;
  month: number;
}

export interface BulletinTable {
  /** 「2023年8月省政务服务大厅进驻部门（单位）窗口考核结果」 */
  title: string;
  /** The header as the reference prints it: 排名 部门窗口 基础分值 减分分值 加分分值 实得分值 */
  columns: string[];
  rows: BulletinRow[];
}

/** The `--json` contract of `window-bulletin rank`: keep stable, other tools rely on it. */
export interface RankJson {
  sheet: string;
  rows: { rank: number; window: string; base: number; deduction: number; bonus: number; score: number }[];
  warnings: { code: string; message: string; sheet?: string; cells?: string[] }[];
}
