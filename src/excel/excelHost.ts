/**
 * BulletinHost over the running Excel: what the task pane calls. Each method is one Excel.run around the
 * context-taking functions of this folder.
 */
import type { BulletinHost, KeepsHistory, TalliesLedger, WatchesWorkbook } from '../core/hostContract';
import type { BulletinSettings } from '../core/settings';
import type { ExcelGenerateResult, GenerateOptions } from './generate';
import { activateSheet, selectCell } from './navigation';
import { previewBulletin } from './preview';
import { loadSettings, saveSettings, type LoadedSettings } from './settingsStore';
import { listSources } from './sources';
import { canWatchWorkbook, watchWorkbook } from './watchWorkbook';
import { withExcel } from './withExcel';

export interface ExcelBulletinHost extends BulletinHost, TalliesLedger, KeepsHistory, Partial<WatchesWorkbook> {
  /** Settings with the warnings about fields that were unreadable and replaced by defaults. */
  loadSettingsChecked(): Promise<LoadedSettings>;
  /** generate with options: replace an add-in-made sheet (see ExcelGenerateResult.replaceable). */
  generateWith(settings: BulletinSettings, options: GenerateOptions, onProgress?: Parameters<BulletinHost['generate']>[1]): Promise<ExcelGenerateResult>;
}

/**
 * The generate path (rank → plan → write, print setup, the workbook lock) is not needed to show the first preview,
 * so it is a chunk of its own (bench paneLoad: the pane's initial JS, budget 120 KB gz). It is fetched once the first
 * preview has been shown for a moment, so a click on 生成排名 does not wait for it; a click before that loads it then.
 */
const loadGenerate = () => import(/* webpackChunkName: "generate" */ './generate');
const GENERATE_WARM_UP_MS = 1000;
let warmUp: ReturnType<typeof setTimeout> | null = null;
function warmUpGenerate(): void {
  if (warmUp !== null) return;
  // A failed fetch here is not the clerk's problem yet: the click fetches again and reports it.
  warmUp = setTimeout(() => loadGenerate().catch((error: unknown) => console.warn('生成排名的代码预先加载失败，点击时再加载', error)), GENERATE_WARM_UP_MS);
}

export function createExcelHost(): ExcelBulletinHost {
  return {
    // Only where Excel has the events (ExcelApi 1.9): elsewhere the pane keeps its refresh button and says nothing false.
    ...(canWatchWorkbook() ? { watchWorkbook } : {}),
    listSources: () => withExcel(listSources),
    loadSettings: async () => (await withExcel(loadSettings)).settings,
    loadSettingsChecked: () => withExcel(loadSettings),
    saveSettings: (settings) => withExcel((context) => saveSettings(context, settings)),
    preview: async (settings) => {
      const result = await withExcel((context) => previewBulletin(context, settings));
      warmUpGenerate();
      return result;
    },
    // The code is loaded before Excel.run, so the batch is not held open while a chunk downloads.
    generate: async (settings, onProgress, options) => {
      const { generate } = await loadGenerate();
      return withExcel((context) => generate(context, settings, onProgress, { replaceSheet: options?.replaceSheet ?? null }));
    },
    generateWith: async (settings, options, onProgress) => {
      const { generate } = await loadGenerate();
      return withExcel((context) => generate(context, settings, onProgress, options));
    },
    selectCell: (sheet, cell) => withExcel((context) => selectCell(context, sheet, cell)),
    activateSheet: (name) => withExcel((context) => activateSheet(context, name)),
    // The bulletin's reader, composer and sheet layout load only when 生成通报 is pressed.
    generateBulletin: async (settings) => {
      const { generateBulletinSheet } = await import(/* webpackChunkName: "bulletin-sheet" */ './bulletinSheet');
      return withExcel((context) => generateBulletinSheet(context, settings));
    },
    // 「考核历史」: loaded with the history section, not with the pane's first paint.
    loadHistorySettings: async () => {
      const { loadHistorySettings } = await import(/* webpackChunkName: "history" */ './history');
      return (await withExcel(loadHistorySettings)).settings;
    },
    saveHistorySettings: async (history) => {
      const { saveHistorySettings } = await import(/* webpackChunkName: "history" */ './history');
      return withExcel((context) => saveHistorySettings(context, history));
    },
    previewHistory: async (settings, history) => {
      const { previewHistory } = await import(/* webpackChunkName: "history" */ './history');
      return withExcel((context) => previewHistory(context, settings, history));
    },
    recordHistory: async (settings) => {
      const { recordMonth } = await import(/* webpackChunkName: "history" */ './history');
      const { recorded, month, problems } = await withExcel((context) => recordMonth(context, settings));
      return { recorded, month, problems };
    },
    writeRollup: async (span, history) => {
      const { writeRollup } = await import(/* webpackChunkName: "history" */ './history');
      const { ok, sheetName, problems } = await withExcel((context) => writeRollup(context, span, history));
      return { ok, sheetName, problems };
    },
    insertTemplate: async () => {
      const { insertTemplate } = await import(/* webpackChunkName: "insert-template" */ './insertTemplate');
      const { added, skipped, problems } = await withExcel(insertTemplate);
      return { added, skipped, problems };
    },
    // 台账 (issue 13): the ledger's reader, tally and sheet layouts load only when the 台账 section asks.
    previewTally: async (month, settings) => {
      const { previewTally } = await import(/* webpackChunkName: "tally" */ './tally');
      const { syncs: _syncs, ...preview } = await withExcel((context) => previewTally(context, month, settings));
      return preview;
    },
    writeTally: async (month, sources, settings) => {
      const { writeTally } = await import(/* webpackChunkName: "tally" */ './tally');
      const { syncs: _syncs, ...written } = await withExcel((context) => writeTally(context, month, sources, settings));
      return written;
    },
  };
}
