/**
 * A BulletinHost over an in-memory workbook, driven by the same core engine as the Excel host: for the pane's
 * tests and the end-to-end page (never used in Excel). It records what the pane asked of it — cells selected,
 * sheets activated, settings saved — so a test can check the pane's effect, and it never changes a source sheet.
 */
import type {
  BulletinHost,
  BulletinSheetResult,
  InsertTemplateResult,
  GenerateOptions,
  GenerateResult,
  PreviewResult,
  ProgressListener,
  SourceInfo,
  TalliesLedger,
  WatchesWorkbook,
  WorkbookChange,
  WorkbookChangeListener,
} from '../core/hostContract';
import { parseCellAddress } from '../core/address';
import type { CellValue, SheetGrid, Workbook } from '../core/cell';
import type { BulletinTable, Period, RankOptions } from '../core/model';
import { hasErrors, problem, type Problem } from '../core/problems';
import { DEFAULT_SETTINGS, type BulletinSettings } from '../core/settings';
import { buildBulletinTable } from '../core/bulletinTable';
import { rankSheet } from '../core/engine';
import { inferPeriod } from '../core/period';
import { planAttachmentSheet } from '../core/attachmentPlan';
import { periodSheetName, uniqueSheetName } from '../core/sheetNames';
import { composeBulletin } from '../core/bulletin/compose';
import { bulletinSheetName, planBulletinSheet } from '../core/bulletin/sheetPlan';
import { missingInputSheets } from '../core/bulletin/missingInputSheets';
import { templateGrid } from './memoryTemplate';
import { memoryTally } from './memoryTally';

/** How many bulletin rows the memory host "writes" between progress reports, like a batched Excel write. */
const PROGRESS_ROWS = 1000;

export interface MemoryHostLog {
  selected: { sheet: string; cell: string }[];
  activated: string[];
  saved: BulletinSettings[];
  generated: string[];
  /** Bulletin sheets written by generateBulletin. */
  bulletins: string[];
}

export interface MemoryHost extends BulletinHost, TalliesLedger, WatchesWorkbook {
  readonly workbook: Workbook;
  readonly log: MemoryHostLog;
  /** The sheet the user is on: the source when settings name none. */
  activeSheet: string;
  /** Puts a value into a cell as a clerk typing would, and tells the watchers, as Excel's onChanged does. */
  editCell(sheet: string, address: string, value: CellValue): void;
  /** Makes another sheet active, as a clerk clicking its tab (watchers hear of it). */
  switchToSheet(name: string): void;
}

export interface MemoryHostOptions {
  settings?: Partial<BulletinSettings>;
  /** The sheet that is active when the pane opens; the first sheet by default. */
  activeSheet?: string;
  /** "Today", for the previous-month default period. */
  now?: () => Date;
}

/** The month before `now`: the period a monthly assessment is normally published for. */
function previousMonth(now: Date): Period {
  const month = now.getMonth();
  return month === 0 ? { year: now.getFullYear() - 1, month: 12 } : { year: now.getFullYear(), month };
}

/** The part of a sheet an Excel table covers, as a grid of its own (sheet coordinates kept, so addresses stay right). */
function tableGrid(sheet: SheetGrid, tableName: string): SheetGrid | null {
  const table = sheet.tables.find((t) => t.name === tableName);
  if (!table) return null;
  const { row, col, rows, cols } = table.range;
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const source = sheet.values[row - sheet.originRow + r] ?? [];
    const out: CellValue[] = [];
    for (let c = 0; c < cols; c++) out.push(source[col - sheet.originCol + c] ?? null);
    values.push(out);
  }
  return { name: sheet.name, originRow: row, originCol: col, values, merges: [], tables: [table] };
}

function gridOfPlan(name: string, values: (string | number | null)[][]): SheetGrid {
  return { name, originRow: 0, originCol: 0, values: values.map((r) => [...r]), merges: [], tables: [] };
}

export function createMemoryHost(workbook: Workbook, options: MemoryHostOptions = {}): MemoryHost {
  let settings: BulletinSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const now = options.now ?? (() => new Date());
  const log: MemoryHostLog = { selected: [], activated: [], saved: [], generated: [], bulletins: [] };
  const sheetNamed = (name: string): SheetGrid | undefined => workbook.sheets.find((s) => s.name === name);
  const watchers = new Set<WorkbookChangeListener>();
  // As Excel does, events arrive after the change, in a task of their own.
  const notify = (change: WorkbookChange): void => {
    setTimeout(() => watchers.forEach((w) => w(change)), 0);
  };
  const setActive = (name: string): void => {
    if (host.activeSheet === name) return;
    host.activeSheet = name;
    notify({ kind: 'activeSheet', sheet: name });
  };

  const host: MemoryHost = {
    workbook,
    log,
    activeSheet: options.activeSheet ?? workbook.sheets[0]?.name ?? '',

    async listSources(): Promise<SourceInfo[]> {
      const sources: SourceInfo[] = [];
      // As the Excel host: the sheets this host made are outputs, never offered as sources.
      const made = new Set([...log.generated, ...log.bulletins]);
      for (const sheet of workbook.sheets.filter((s) => !made.has(s.name))) {
        sources.push({ kind: 'sheet', name: sheet.name, sheet: sheet.name, header: rankSheet(sheet).table?.header ?? null });
        for (const t of sheet.tables) {
          const grid = tableGrid(sheet, t.name) as SheetGrid;
          sources.push({ kind: 'table', name: t.name, sheet: sheet.name, header: rankSheet(grid).table?.header ?? null });
        }
      }
      return sources;
    },

    async loadSettings(): Promise<BulletinSettings> {
      return { ...settings };
    },

    async saveSettings(next: BulletinSettings): Promise<void> {
      settings = { ...next };
      log.saved.push({ ...next });
    },

    async preview(s: BulletinSettings): Promise<PreviewResult> {
      const read = rank(s);
      const replaceable = read.bulletin ? madeSheetNamed(periodSheetName(read.period), read.sheet) : null;
      return {
        sheet: read.sheet,
        header: read.header,
        bulletin: read.bulletin,
        problems: read.problems,
        replaceable,
        ...(read.found ? { period: read.period, periodFrom: read.periodFrom, windows: read.windows } : {}),
        ...(read.bulletin ? { nextSheet: uniqueSheetName(periodSheetName(read.period), workbook.sheets.map((sheet) => sheet.name)) } : {}),
      };
    },

    async generate(s: BulletinSettings, onProgress?: ProgressListener, options: GenerateOptions = {}): Promise<GenerateResult> {
      const read = rank(s);
      if (!read.bulletin || hasErrors(read.problems)) return { ok: false, sheetName: null, problems: read.problems, syncs: 0 };
      // As the Excel host: only a sheet this host made, and not the source, may be replaced.
      const replaced = options.replaceSheet ? madeSheetNamed(options.replaceSheet, read.sheet) : null;
      if (options.replaceSheet && !replaced) {
        const refused = problem('INPUT', 'error', `「${options.replaceSheet}」不是本加载项生成的工作表，不能替换，未生成任何内容。`, options.replaceSheet);
        return { ok: false, sheetName: null, problems: [...read.problems, refused], syncs: 0 };
      }
      const name =
        replaced ??
        uniqueSheetName(
          periodSheetName(read.period),
          workbook.sheets.map((sheet) => sheet.name),
        );
      const plan = planAttachmentSheet(read.bulletin, name);
      const total = plan.values.length;
      // Report progress as a batched write would, yielding between batches so the pane can paint it.
      for (let done = 0; done < total; done += PROGRESS_ROWS) {
        onProgress?.(done, total, 'write');
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      onProgress?.(total, total, 'write');
      const at = workbook.sheets.findIndex((sheet) => sheet.name === replaced);
      if (at >= 0) workbook.sheets[at] = gridOfPlan(name, plan.values);
      else workbook.sheets.push(gridOfPlan(name, plan.values));
      if (!log.generated.includes(name)) log.generated.push(name);
      if (!replaced) notify({ kind: 'sheets', sheet: name });
      notify({ kind: 'cells', sheet: name });
      setActive(name);
      return { ok: true, sheetName: name, problems: read.problems, syncs: 0 };
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      if (!sheetNamed(sheet)) throw new Error(`工作表「${sheet}」不存在`);
      setActive(sheet);
      log.selected.push({ sheet, cell });
    },

    async activateSheet(name: string): Promise<void> {
      if (!sheetNamed(name)) throw new Error(`工作表「${name}」不存在`);
      setActive(name);
      log.activated.push(name);
    },

    async generateBulletin(s: BulletinSettings): Promise<BulletinSheetResult> {
      // As in Excel: the sheets this host made are outputs, never inputs (a ranking sheet is no score sheet).
      const made = new Set([...log.generated, ...log.bulletins]);
      const inputs: Workbook = { sheets: workbook.sheets.filter((sheet) => !made.has(sheet.name)) };
      const composed = composeBulletin(inputs, { rankStyle: s.rankStyle, tieDisplay: s.tieDisplay, defaultBase: s.defaultBase });
      const doc = composed.document;
      if (!doc || hasErrors(composed.problems)) return { ok: false, sheetName: null, document: null, problems: composed.problems };
      const name = uniqueSheetName(
        bulletinSheetName(doc),
        workbook.sheets.map((sheet) => sheet.name),
      );
      workbook.sheets.push(gridOfPlan(name, planBulletinSheet(doc, name).values));
      // Not activated: the pane's 转到该工作表 does that (and the active sheet stays the one being worked on).
      log.bulletins.push(name);
      notify({ kind: 'sheets', sheet: name });
      return { ok: true, sheetName: name, document: doc, problems: composed.problems };
    },

    async watchWorkbook(listener: WorkbookChangeListener): Promise<() => void> {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },

    editCell(sheet: string, address: string, value: CellValue): void {
      const grid = sheetNamed(sheet);
      const at = parseCellAddress(address);
      if (!grid || !at) throw new Error(`没有单元格「${sheet}」!${address}`);
      const row = at.row - grid.originRow;
      const col = at.col - grid.originCol;
      if (row < 0 || col < 0) throw new Error(`「${sheet}」!${address} 在这张表的网格之外`);
      while (grid.values.length <= row) grid.values.push([]);
      const line = grid.values[row];
      while (line.length <= col) line.push(null);
      line[col] = value;
      notify({ kind: 'cells', sheet });
    },

    switchToSheet(name: string): void {
      if (!sheetNamed(name)) throw new Error(`工作表「${name}」不存在`);
      setActive(name);
    },

    async insertTemplate(): Promise<InsertTemplateResult> {
      const { toAdd, skipped, problems } = missingInputSheets(
        workbook.sheets.map((sheet) => sheet.name),
        workbook.sheets.flatMap((sheet) => sheet.tables.map((t) => t.name)),
      );
      workbook.sheets.push(...toAdd.map(templateGrid));
      if (toAdd.length > 0) notify({ kind: 'sheets' });
      return { added: toAdd.map((c) => c.sheet), skipped, problems };
    },

    // 台账: the tally's detail sheets count as made by this host, like its rankings and bulletins.
    ...memoryTally(workbook, log.bulletins),
  };

  /** The sheet of this name if this host made it (and it is not the source being read), else null. */
  function madeSheetNamed(name: string, source: string): string | null {
    const made = [...log.generated, ...log.bulletins];
    return made.includes(name) && name !== source && sheetNamed(name) ? name : null;
  }

  function rank(s: BulletinSettings): {
    sheet: string;
    header: PreviewResult['header'];
    bulletin: BulletinTable | null;
    problems: Problem[];
    period: Period;
    found?: boolean;
    periodFrom?: 'settings' | 'title' | 'clock';
    windows?: number;
  } {
    const sheetName = s.sourceSheet ?? host.activeSheet;
    const sheet = sheetNamed(sheetName);
    const fallbackPeriod = s.period ?? previousMonth(now());
    if (!sheet) {
      const missing = problem('SHEET_NOT_FOUND', 'error', `找不到工作表「${sheetName}」。`, sheetName);
      return { sheet: sheetName, header: null, bulletin: null, problems: [missing], period: fallbackPeriod };
    }
    const grid = s.sourceTable ? tableGrid(sheet, s.sourceTable) : sheet;
    if (!grid) {
      const missing = problem('SHEET_NOT_FOUND', 'error', `工作表「${sheetName}」中找不到表格 ${s.sourceTable}。`, sheetName);
      return { sheet: sheetName, header: null, bulletin: null, problems: [missing], period: fallbackPeriod };
    }
    const options: Partial<RankOptions> = { rankStyle: s.rankStyle, tieDisplay: s.tieDisplay, defaultBase: s.defaultBase };
    const outcome = rankSheet(grid, options);
    const titled = inferPeriod(sheet);
    const period = s.period ?? titled ?? previousMonth(now());
    const periodFrom = s.period ? 'settings' : titled ? 'title' : 'clock';
    const bulletin =
      outcome.table && outcome.ranking
        ? buildBulletinTable(outcome.table, outcome.ranking, { period, hallName: s.hallName }, s.tieDisplay)
        : null;
    return {
      sheet: sheetName,
      header: outcome.table?.header ?? null,
      bulletin,
      problems: outcome.problems,
      period,
      found: true,
      periodFrom,
      windows: outcome.table?.count,
    };
  }

  return host;
}
