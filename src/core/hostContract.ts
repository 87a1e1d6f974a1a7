/**
 * What the task pane needs from a host (Excel, or a fake in tests and the browser demo).
 * The pane never talks to Excel directly: it gets one of these.
 */
import type { BulletinDocument } from './bulletin/document';
import type { BulletinSettings } from './settings';
import type { BulletinTable, HeaderMatch, Period } from './model';
import type { Problem } from './problems';
import type { HistoryPreview } from './history/view';
import type { HistorySettings } from './history/settings';

export interface SourceInfo {
  kind: 'sheet' | 'table';
  name: string;
  /** For a table, the sheet it is on. */
  sheet: string;
  /** Detected header, shown so the user sees what will be read (null when none found). */
  header: HeaderMatch | null;
}

export interface PreviewResult {
  sheet: string;
  header: HeaderMatch | null;
  bulletin: BulletinTable | null;
  problems: Problem[];
  /**
   * A sheet the add-in made earlier that already holds this period's name (「8月考核结果」): generate may replace it
   * (GenerateOptions.replaceSheet) instead of adding 「8月考核结果 (2)」. Never a sheet a clerk made. Absent: unknown.
   */
  replaceable?: string | null;
  /** The period the ranking is for (absent when no sheet was read), and where it came from: the settings, the source's title, or the month before today. */
  period?: Period;
  periodFrom?: 'settings' | 'title' | 'clock';
  /** Windows read from the source, also when errors stopped the ranking (absent when no table was found). */
  windows?: number;
  /** The name generate would give its new sheet now (「8月考核结果」, or 「8月考核结果 (2)」 when that is taken), when ranked. */
  nextSheet?: string;
}

export interface GenerateOptions {
  /** Replace this add-in-made sheet (a PreviewResult.replaceable); the host refuses any other sheet. */
  replaceSheet?: string | null;
}

export interface GenerateResult {
  ok: boolean;
  /** The new sheet, when ok. */
  sheetName: string | null;
  problems: Problem[];
  /** Round trips used, for the sync budget. */
  syncs: number;
}

/** 生成通报: the weekly bulletin written as a sheet of its own, and the document it was laid out from. */
export interface BulletinSheetResult {
  ok: boolean;
  /** The new sheet, when ok. */
  sheetName: string | null;
  /** The bulletin (for 保存 .docx and 复制为网页格式); null when errors stopped it. */
  document: BulletinDocument | null;
  /** Every problem of the input sheets and the score sheet, errors stopping the write. */
  problems: Problem[];
}

/** 新建模板: which input sheets were added, which were there already (left untouched), and what went wrong. */
export interface InsertTemplateResult {
  added: string[];
  skipped: string[];
  problems: Problem[];
  /** Set where the template came as a new workbook to download (the web page), not as sheets added to this one. */
  fileName?: string;
}

/** Where a generate is; the pane words it in its own language (Excel counts batches, the memory host rows). */
export type GenerateStage = 'read' | 'rank' | 'write' | 'done';

export type ProgressListener = (done: number, total: number, stage: GenerateStage) => void;

export interface BulletinHost {
  listSources(): Promise<SourceInfo[]>;
  loadSettings(): Promise<BulletinSettings>;
  saveSettings(settings: BulletinSettings): Promise<void>;
  preview(settings: BulletinSettings): Promise<PreviewResult>;
  generate(settings: BulletinSettings, onProgress?: ProgressListener, options?: GenerateOptions): Promise<GenerateResult>;
  /** Select a cell (from a problem) in the workbook. */
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
  /**
   * 生成通报: reads the bulletin input sheets (通报信息, 办件统计, …) and the score sheet, and writes the whole
   * bulletin into a new sheet named after the issue (「2023年第38期周报」, versioned when taken). The input sheets,
   * the score sheet and the sheets the add-in made before are never written to, nor read as inputs.
   */
  generateBulletin(settings: BulletinSettings): Promise<BulletinSheetResult>;
  /**
   * 新建模板: adds the bulletin input sheets the workbook lacks (as Excel tables with example rows and data
   * validation); sheets of those names that exist are skipped, never written to. A failure removes what it added.
   */
  insertTemplate(): Promise<InsertTemplateResult>;
  /**
   * Where 新建模板 puts the template: into this workbook (Excel, the default) or as a workbook of its own to
   * download (the web page, whose copy writer cannot add Excel tables). The pane words its hint by it.
   */
  readonly templateAs?: 'sheets' | 'download';
}

/**
 * Something in the workbook changed that may change the preview: cells of a sheet (or table) were edited, a sheet
 * was added, removed or renamed, or another sheet became active. `large` says the changed source is too big to
 * re-read on every edit: the pane then shows 「读取后已修改」 and a refresh action instead of re-reading by itself.
 */
export interface WorkbookChange {
  kind: 'cells' | 'sheets' | 'activeSheet';
  /** The sheet the change is on, when known. */
  sheet?: string;
  large?: boolean;
}

export type WorkbookChangeListener = (change: WorkbookChange) => void;

/**
 * Optional host capability: tell the pane when the workbook changes (Excel: Worksheet.onChanged / Table.onChanged,
 * worksheets.onAdded/onDeleted/onActivated, ExcelApi 1.7). Returns a function that stops listening.
 * Hosts without it (a file that cannot change under the page) leave it out.
 */
export interface WatchesWorkbook {
  watchWorkbook(listener: WorkbookChangeListener): Promise<() => void>;
}

/** The three ledger input sheets a tally was read from (their names as found in the workbook). */
export interface TallySources {
  rules: string;
  ledger: string;
  roster: string;
}

/** One window of the 台账 preview, in ranking order; figures in points, deduction ≥ 0. */
export interface TallyRow {
  window: string;
  /** Null when a veto leaves the window out of the ranking. */
  rank: number | null;
  base: number;
  deduction: number;
  bonus: number;
  score: number;
  /** What the caps and a veto did (the score sheet's 备注), or ''. */
  remark: string;
}

/** 台账 before writing: the month's totals, or every problem that stops them. */
export interface TallyPreview {
  /** The month tallied (the one asked for, else the last month with ledger lines); null when none could be. */
  month: Period | null;
  /** Months with ledger lines, oldest first: the month picker's choices. */
  months: Period[];
  sources: TallySources | null;
  rows: TallyRow[];
  counted: number;
  notCounted: number;
  problems: Problem[];
  /** The workbook keeps no ledger (none of the three sheets): the pane offers the template, not a list of problems. */
  absent?: boolean;
}

export interface TallyWriteResult {
  ok: boolean;
  /** 「2023年8月考核」 (versioned when taken) and 「2023年8月考核明细」, when ok. */
  scoreSheet: string | null;
  detailSheet: string | null;
  problems: Problem[];
}

/**
 * Optional host capability: the month's tally from 「考核台账」, 「考核细则」 and 「窗口名单」 (issue 13). previewTally
 * reads and tallies; writeTally reads the same sheets again and writes the score sheet and the detail sheet, both
 * or neither. Within the sync budget (≤ 3 round trips each in Excel).
 */
export interface TalliesLedger {
  previewTally(month: Period | null, settings: BulletinSettings): Promise<TallyPreview>;
  writeTally(month: Period, sources: TallySources, settings: BulletinSettings): Promise<TallyWriteResult>;
}

/**
 * Optional host capability: the month-to-year history (「考核历史」, docs/history.md). The pane shows the preview's
 * rank changes and flags, records the month after a generate when the saved setting says so, and writes roll-ups.
 * Hosts without a workbook to keep it in leave it out.
 */
export interface KeepsHistory {
  loadHistorySettings(): Promise<HistorySettings>;
  saveHistorySettings(settings: HistorySettings): Promise<void>;
  /** This month (as the preview ranks it) against 「考核历史」, nothing written. */
  previewHistory(settings: BulletinSettings, history: HistorySettings): Promise<HistoryPreview>;
  /** Records the month in 「考核历史」: its rows replaced, never duplicated; nothing written when the sheet has errors. */
  recordHistory(settings: BulletinSettings): Promise<HistoryRecordResult>;
  /** Writes 「2023年度考核汇总」 (or 「2023年第3季度考核汇总」) with its charts as a new sheet. */
  writeRollup(span: { year: number; quarter?: number }, history: HistorySettings): Promise<HistoryRollupResult>;
}

export interface HistoryRecordResult {
  recorded: 'added' | 'replaced' | 'unchanged' | 'not-recorded';
  /** "2023-08" */
  month: string | null;
  problems: Problem[];
}

export interface HistoryRollupResult {
  ok: boolean;
  sheetName: string | null;
  problems: Problem[];
}

export function keepsHistory(host: BulletinHost): host is BulletinHost & KeepsHistory {
  return typeof (host as Partial<KeepsHistory>).previewHistory === 'function';
}
