/**
 * KeepsHistory for the memory host (the pane without Excel, the browser page, the e2e tests): 「考核历史」 is a
 * grid of the in-memory workbook, read, recorded and rolled up by the same core functions the Excel host uses.
 * Wire it with `withMemoryHistory(createMemoryHost(workbook, …))`.
 */
import type { SheetGrid } from '../core/cell';
import { rankWorkbook } from '../core/engine';
import type { HistoryRecordResult, HistoryRollupResult, KeepsHistory } from '../core/hostContract';
import { isDerivedSheet } from '../core/history/derivedSheets';
import { HISTORY_SHEET, type HistoryMonth } from '../core/history/model';
import { monthFromRanking } from '../core/history/recordMonth';
import { decideRecording, rollupOfSheet } from '../core/history/recording';
import { planRollupSheet } from '../core/history/rollupPlan';
import { workbookAliases } from '../core/history/rosterAliases';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from '../core/history/settings';
import { historyPreview } from '../core/history/view';
import { hasErrors } from '../core/problems';
import { inferPeriod } from '../core/period';
import type { BulletinSettings } from '../core/settings';
import { uniqueSheetName } from '../core/sheetNames';
import type { MemoryHost } from './memoryHost';

export function withMemoryHistory(host: MemoryHost, now: () => Date = () => new Date()): MemoryHost & KeepsHistory {
  const { workbook } = host;
  let saved: HistorySettings = { ...DEFAULT_HISTORY_SETTINGS };
  const historyGrid = () => workbook.sheets.find((s) => s.name === HISTORY_SHEET);

  /** The month the source ranks as (the same source and period rules as the memory host's preview). */
  const thisMonth = (settings: BulletinSettings): HistoryMonth | null => {
    const sheet = settings.sourceSheet ?? host.activeSheet;
    const candidates = { sheets: workbook.sheets.filter((s) => !isDerivedSheet(s.name)) };
    const outcome = rankWorkbook(candidates, sheet, { rankStyle: settings.rankStyle, defaultBase: settings.defaultBase });
    if (!outcome.table || !outcome.ranking || hasErrors(outcome.problems)) return null;
    const grid = workbook.sheets.find((s) => s.name === outcome.table!.sheet);
    const d = now();
    const period = settings.period ?? (grid ? inferPeriod(grid) : null) ?? (d.getMonth() === 0 ? { year: d.getFullYear() - 1, month: 12 } : { year: d.getFullYear(), month: d.getMonth() });
    return monthFromRanking(period, outcome.table, outcome.ranking);
  };

  const putSheet = (grid: SheetGrid) => {
    const at = workbook.sheets.findIndex((s) => s.name === grid.name);
    if (at >= 0) workbook.sheets[at] = grid;
    else workbook.sheets.push(grid);
  };

  return Object.assign(host, {
    loadHistorySettings: () => Promise.resolve({ ...saved }),
    saveHistorySettings: (s: HistorySettings) => {
      saved = { ...s };
      return Promise.resolve();
    },
    previewHistory: (settings: BulletinSettings, history: HistorySettings) => {
      const roster = workbookAliases(workbook);
      const view = historyPreview(historyGrid(), thisMonth(settings), history, roster.aliases);
      return Promise.resolve({ ...view, problems: [...roster.problems, ...view.problems] });
    },
    recordHistory: (settings: BulletinSettings): Promise<HistoryRecordResult> => {
      const decision = decideRecording(historyGrid(), thisMonth(settings), workbookAliases(workbook).aliases);
      if ('values' in decision) {
        putSheet({ name: HISTORY_SHEET, originRow: 0, originCol: 0, values: decision.values, merges: [], tables: [] });
      }
      return Promise.resolve({ recorded: decision.kind, month: decision.month, problems: decision.problems });
    },
    writeRollup: (span: { year: number; quarter?: number }, history: HistorySettings): Promise<HistoryRollupResult> => {
      const { rollup: r, problems } = rollupOfSheet(historyGrid(), span, history, workbookAliases(workbook).aliases);
      if (!r) return Promise.resolve({ ok: false, sheetName: null, problems });
      const { plan } = planRollupSheet(r);
      const sheetName = uniqueSheetName(plan.sheetName, workbook.sheets.map((s) => s.name));
      putSheet({ name: sheetName, originRow: 0, originCol: 0, values: plan.values.map((row) => [...row]), merges: [], tables: [] });
      return Promise.resolve({ ok: true, sheetName, problems });
    },
  });
}
