/**
 * What the task pane needs from a host (Excel, or a fake in tests and the browser demo).
 * The pane never talks to Excel directly: it gets one of these.
 */
import type { BulletinSettings } from './settings';
import type { BulletinTable, HeaderMatch } from './model';
import type { Problem } from './problems';

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
}

export interface GenerateResult {
  ok: boolean;
  /** The new sheet, when ok. */
  sheetName: string | null;
  problems: Problem[];
  /** Round trips used, for the sync budget. */
  syncs: number;
}

/** Where a generate is; the pane words it in its own language (Excel counts batches, the memory host rows). */
export type GenerateStage = 'read' | 'rank' | 'write' | 'done';

export type ProgressListener = (done: number, total: number, stage: GenerateStage) => void;

export interface BulletinHost {
  listSources(): Promise<SourceInfo[]>;
  loadSettings(): Promise<BulletinSettings>;
  saveSettings(settings: BulletinSettings): Promise<void>;
  preview(settings: BulletinSettings): Promise<PreviewResult>;
  generate(settings: BulletinSettings, onProgress?: ProgressListener): Promise<GenerateResult>;
  /** Select a cell (from a problem) in the workbook. */
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(name: string): Promise<void>;
}
