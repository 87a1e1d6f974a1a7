/**
 * A BulletinHost over an .xlsx file's bytes, for the web page (and WPS / LibreOffice users, who have no add-in):
 * the workbook is read by the streaming reader, ranked by the same core engine as in Excel (through the memory
 * host, which never changes a sheet), and 生成排名 / 生成通报 hand back a copy of the file made by the copy
 * writer — the input's parts unchanged plus the new sheet — as 「原文件名-8月考核结果.xlsx」. Each copy starts from
 * the file as chosen: a second 生成 gives the same name again, never a 「(2)」 of a sheet the clerk never saw saved.
 * There is no Excel to select a cell in, so selectCell hands the page a small grid view around it.
 * No DOM here: it runs in the page's worker, and in Node for tests.
 */
import type { BulletinHost, BulletinSheetResult, GenerateResult, InsertTemplateResult, PreviewResult, ProgressListener, SourceInfo } from '../core/hostContract';
import type { SheetGrid, Workbook } from '../core/cell';
import type { SheetPlan } from '../core/plan';
import { planAttachmentSheet } from '../core/attachmentPlan';
import { composeBulletin } from '../core/bulletin/compose';
import { bulletinSheetName, planBulletinSheet } from '../core/bulletin/sheetPlan';
import { rankSheet, rankWorkbook } from '../core/engine';
import { inferPeriod } from '../core/period';
import type { Period } from '../core/model';
import { changeLabels, withChangeColumn } from '../core/history/changeColumn';
import { hasErrors, type Problem } from '../core/problems';
import { DEFAULT_SETTINGS, type BulletinSettings } from '../core/settings';
import { periodSheetName } from '../core/sheetNames';
import { uncachedFigureErrors } from '../cli/uncachedFigures';
import { previousMonth } from '../excel/defaultPeriod';
import { createMemoryHost } from '../taskpane/memoryHost';
import { addSheetToPackage } from '../xlsx/addSheet/addSheetToPackage';
import { exampleTemplateBytes } from '../xlsx/exampleTemplate';
import { streamWorkbookBytes } from '../xlsx/streamWorkbook';
import { wrongKind } from '../xlsx/workbookBytes';
import { cellViewOf, type CellView } from './cellView';
import { savedHistorySettings } from './savedHistorySettings';
import { TEMPLATE_FILE_NAME, outputFileName } from './fileNames';

/** A copy of the chosen file with one sheet added, for the page to offer as a download. */
export interface FileOutput {
  fileName: string;
  sheetName: string;
  bytes: Uint8Array;
}

export interface FileHostEvents {
  /** A copy was made (生成排名 / 生成通报): the page downloads it. */
  onOutput(output: FileOutput): void;
  /** A cell or sheet to show (a problem's cell, or the new sheet), since there is no Excel to go to. */
  onView(view: CellView): void;
}

export interface FileHostOptions {
  settings?: Partial<BulletinSettings>;
  now?: () => Date;
}

export type OpenedFile = { ok: true; host: BulletinHost; sheets: string[] } | { ok: false; problem: Problem };

/** Reads the file; a file that is no workbook is one problem, said in the reader's words. */
export async function openWorkbookFile(bytes: Uint8Array, fileName: string, events: FileHostEvents, options: FileHostOptions = {}): Promise<OpenedFile> {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wrong = wrongKind(input, fileName);
  if (wrong) return wrong;
  const read = await streamWorkbookBytes(input, fileName);
  if (!read.ok) return read;
  return { ok: true, host: createFileHost(input, fileName, read.workbook, read.problems, events, options), sheets: read.workbook.sheets.map((s) => s.name) };
}

export function createFileHost(
  input: Buffer,
  fileName: string,
  workbook: Workbook,
  readProblems: Problem[],
  events: FileHostEvents,
  options: FileHostOptions = {},
): BulletinHost {
  let settings: BulletinSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const now = options.now ?? (() => new Date());
  // Reads and ranks exactly as the pane's other hosts do; it is never asked to generate, so its workbook stays the file's.
  const reader = createMemoryHost(workbook, { settings, now });
  /** The sheets of the copies made so far, by name, to show when the pane asks to go to one. */
  const made = new Map<string, SheetGrid>();
  const sheetNamed = (name: string) => workbook.sheets.find((s) => s.name === name);
  // A file has no "active sheet" the page can know of; the first sheet holding a score table stands for it, so
  // the preview opens on the ranking rather than on a cover sheet. Listed once: listing ranks every sheet.
  let listed: Promise<SourceInfo[]> | null = null;
  let anyScoreSheet = true;
  const sources = (): Promise<SourceInfo[]> => {
    listed ??= reader.listSources().then((found) => {
      const scores = found.find((source) => source.kind === 'sheet' && source.header !== null);
      if (scores) reader.activeSheet = scores.sheet;
      anyScoreSheet = found.some((source) => source.header !== null);
      return found;
    });
    return listed;
  };

  /**
   * The preview as the command line would judge the file: a workbook without any score sheet is told so, all its
   * sheets named (not 「no header on the first sheet」); a figure that is a formula saved without its result (a
   * file a program wrote, never opened in Excel or WPS) is an error at its cell, not a 0 to rank on.
   */
  async function read(s: BulletinSettings): Promise<PreviewResult> {
    await sources();
    if (!anyScoreSheet && s.sourceSheet === null && s.sourceTable === null) {
      return { sheet: reader.activeSheet, header: null, bulletin: null, problems: [...readProblems, ...rankWorkbook(workbook).problems], replaceable: null };
    }
    const result = await reader.preview(s);
    const source = sheetNamed(result.sheet);
    const uncached = readProblems.some((p) => p.sheet === result.sheet);
    // Ranked again only in that rare case: the preview does not carry the score table's rows.
    const figureErrors = uncached && source ? uncachedFigureErrors(readProblems, rankSheet(source).table) : [];
    return { ...result, problems: [...readProblems, ...figureErrors, ...result.problems], replaceable: null };
  }

  /**
   * The 较上月 column (settings.changeColumn, off by default): the file's 「考核历史」 with this month in place,
   * windows joined by its 「窗口名单」. The source is ranked again for it: the preview carries no score table.
   */
  function withChanges(plan: SheetPlan, source: SheetGrid, period: Period, s: BulletinSettings): SheetPlan {
    const { table, ranking } = rankSheet(source, { rankStyle: s.rankStyle, tieDisplay: s.tieDisplay, defaultBase: s.defaultBase });
    return table && ranking ? withChangeColumn(plan, changeLabels(workbook, period, table, ranking)) : plan;
  }

  /** The copy with `plan` added; its sheet name is made unique among the file's own sheets by the copy writer. */
  async function copyWith(plan: SheetPlan): Promise<{ ok: true; sheetName: string } | { ok: false; problem: Problem }> {
    const added = await addSheetToPackage(input, plan, fileName);
    if (!added.ok) return added;
    const bytes = new Uint8Array(added.bytes.buffer, added.bytes.byteOffset, added.bytes.byteLength);
    made.set(added.sheetName, { name: added.sheetName, originRow: 0, originCol: 0, values: plan.values, merges: [], tables: [] });
    events.onOutput({ fileName: outputFileName(fileName, added.sheetName), sheetName: added.sheetName, bytes });
    return { ok: true, sheetName: added.sheetName };
  }

  return {
    listSources: sources,

    async loadSettings(): Promise<BulletinSettings> {
      return { ...settings };
    },

    async saveSettings(next: BulletinSettings): Promise<void> {
      settings = { ...next };
    },

    // The reader's warnings (formulas saved without values) belong to the file and are shown with the preview.
    preview: read,

    async generate(s: BulletinSettings, onProgress?: ProgressListener): Promise<GenerateResult> {
      onProgress?.(0, 1, 'read');
      const previewed = await read(s);
      const problems = previewed.problems;
      if (!previewed.bulletin || hasErrors(problems)) return { ok: false, sheetName: null, problems, syncs: 0 };
      const source = sheetNamed(previewed.sheet);
      const period = s.period ?? (source ? inferPeriod(source) : null) ?? previousMonth(now());
      onProgress?.(0, 1, 'write');
      const plan = planAttachmentSheet(previewed.bulletin, periodSheetName(period));
      const copy = await copyWith(s.changeColumn && source ? withChanges(plan, source, period, s) : plan);
      if (!copy.ok) return { ok: false, sheetName: null, problems: [...problems, copy.problem], syncs: 0 };
      onProgress?.(1, 1, 'done');
      return { ok: true, sheetName: copy.sheetName, problems, syncs: 0 };
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      const grid = sheetNamed(sheet) ?? made.get(sheet);
      if (!grid) throw new Error(`工作表「${sheet}」不存在`);
      events.onView(cellViewOf(grid, cell));
    },

    async activateSheet(name: string): Promise<void> {
      const grid = made.get(name) ?? sheetNamed(name);
      if (!grid) throw new Error(`工作表「${name}」不存在`);
      events.onView(cellViewOf(grid, 'A1'));
    },

    async generateBulletin(s: BulletinSettings): Promise<BulletinSheetResult> {
      const history = await savedHistorySettings(input);
      const composed = composeBulletin(workbook, { rankStyle: s.rankStyle, tieDisplay: s.tieDisplay, defaultBase: s.defaultBase }, history.settings);
      composed.problems.push(...history.problems);
      const doc = composed.document;
      if (!doc || hasErrors(composed.problems)) return { ok: false, sheetName: null, document: null, problems: composed.problems };
      const name = bulletinSheetName(doc);
      const copy = await copyWith(planBulletinSheet(doc, name));
      if (!copy.ok) return { ok: false, sheetName: null, document: null, problems: [...composed.problems, copy.problem] };
      return { ok: true, sheetName: copy.sheetName, document: doc, problems: composed.problems };
    },

    // The template's input sheets are Excel tables with data validation, which the copy writer (plain sheets only)
    // cannot add to the file; the clerk gets the template as a workbook of its own instead, the one
    // `window-bulletin template` writes, to fill in and then open here.
    async insertTemplate(): Promise<InsertTemplateResult> {
      const template = await exampleTemplateBytes();
      events.onOutput({ fileName: TEMPLATE_FILE_NAME, sheetName: template.sheets[0], bytes: template.bytes });
      return { added: template.sheets, skipped: [], problems: [], fileName: TEMPLATE_FILE_NAME };
    },
    templateAs: 'download',
  };
}
