/**
 * The Excel host's history: the pane's preview of this month against 「考核历史」, 生成排名's 较上月 labels, and the
 * roll-up sheets written with native charts through the chart API. Reading is in historyRead.ts, recording in
 * historyRecord.ts, the saved thresholds in historySettingsStore.ts.
 *
 * Syncs: preview 2 (source and sheet list; the history and the roster, only when the history exists); a roll-up
 * 4 (sheet list, history and roster, the sheet's batches, the charts).
 */
import { rangeAddress } from '../core/address';
import type { ChartSpec } from '../core/history/chartSpec';
import { rollupOfSheet } from '../core/history/recording';
import { planRollupSheet } from '../core/history/rollupPlan';
import type { Period, Ranking, ScoreTable } from '../core/model';
import { changeLabels } from '../core/history/changeColumn';
import { historyPreview, type HistoryPreview } from '../core/history/view';
import type { HistorySettings } from '../core/history/settings';
import { problem, type Problem } from '../core/problems';
import type { BulletinSettings } from '../core/settings';
import { uniqueSheetName } from '../core/sheetNames';
import { applyPlan } from './applyPlan';
import { queueInventory } from './inventory';
import { excelApiSupported } from './requirements';
import { Slicer } from './slicer';
import { SyncLedger } from './syncLedger';
import { readHistoryGrid, readMonthAndHistory } from './historyRead';

export { loadHistorySettings, saveHistorySettings, queueHistorySettingsRead } from './historySettingsStore';
export { recordMonth, recordWithSavedSettings, type RecordResult } from './historyRecord';

/** Chart series by range and axis crossing (ChartSeries.setValues 1.7, ChartAxis.position 1.8). */
export const CHART_API = '1.8';

/**
 * 生成排名's 较上月 column (settings.changeColumn): each window's change against 「考核历史」 with this month in
 * place, windows joined by the roster. One sync, for the history and the roster, only when the workbook has a
 * history (without one every window is 新进驻).
 */
export async function changeColumnLabels(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  ledger: SyncLedger,
  ranked: { period: Period; table: ScoreTable; ranking: Ranking },
): Promise<string[]> {
  const read = await readHistoryGrid(context, sheetNames, ledger, new Slicer());
  return changeLabels({ sheets: read.grid ? [read.grid] : [] }, ranked.period, ranked.table, ranked.ranking, read.roster.aliases);
}

export async function previewHistory(context: Excel.RequestContext, settings: BulletinSettings, history: HistorySettings, today = new Date()): Promise<HistoryPreview> {
  const read = await readMonthAndHistory(context, settings, new SyncLedger(context), today);
  const view = historyPreview(read.grid, read.month, history, read.roster.aliases);
  return { ...view, problems: [...read.problems.filter((p) => p.severity === 'error'), ...read.roster.problems, ...view.problems] };
}

export interface RollupWriteResult {
  ok: boolean;
  sheetName: string | null;
  charts: number;
  problems: Problem[];
}

function queueChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const range = (r: { row: number; col: number; rows: number; cols: number }) => sheet.getRange(rangeAddress(r.row, r.col, r.rows, r.cols));
  const type = spec.kind === 'line' ? 'LineMarkers' : 'BarClustered';
  const [first, ...rest] = spec.series;
  const chart = sheet.charts.add(type, range(first.values), spec.kind === 'line' ? 'Rows' : 'Columns');
  chart.title.text = spec.title;
  const series = [chart.series.getItemAt(0), ...rest.map((s) => chart.series.add(s.name))];
  spec.series.forEach((s, k) => {
    series[k].name = s.name;
    if (k > 0) series[k].setValues(range(s.values));
    series[k].setXAxisValues(range(spec.categories));
  });
  const value = chart.axes.valueAxis;
  const category = chart.axes.categoryAxis;
  if (spec.reverseValues) {
    value.reversePlotOrder = true;
    value.position = 'Maximum'; // the months stay along the bottom
  }
  if (spec.reverseCategories) {
    category.reversePlotOrder = true;
    category.position = 'Maximum';
  }
  if (spec.min !== undefined) value.minimum = spec.min;
  if (spec.max !== undefined) value.maximum = spec.max;
  if (spec.valueTitle) value.title.text = spec.valueTitle;
  chart.legend.visible = spec.series.length > 1;
  chart.setPosition(range({ ...spec.anchor, rows: 1, cols: 1 }), range({ row: spec.anchor.row + spec.anchor.rows, col: spec.anchor.col + spec.anchor.cols, rows: 1, cols: 1 }));
}

/** 「2023年度考核汇总」 (or a quarter) as a new sheet with its two charts; a sheet of that name is never overwritten. */
export async function writeRollup(context: Excel.RequestContext, span: { year: number; quarter?: number }, history: HistorySettings): Promise<RollupWriteResult> {
  const ledger = new SyncLedger(context);
  const inventory = queueInventory(context);
  await ledger.sync();
  const names = inventory().sheets.map((s) => s.name);
  const read = await readHistoryGrid(context, names, ledger, new Slicer());
  const { rollup: r, problems: found } = rollupOfSheet(read.grid, span, history, read.roster.aliases);
  if (!r) return { ok: false, sheetName: null, charts: 0, problems: [...read.roster.problems, ...found] };
  const { plan, charts } = planRollupSheet(r);
  const sheetName = uniqueSheetName(plan.sheetName, names);
  const written = await applyPlan(context, { ...plan, sheetName }, sheetName, { ledger });
  const problems = [...read.roster.problems, ...found, ...written.warnings];
  if (charts.length > 0 && !excelApiSupported(CHART_API)) {
    problems.push(problem('INPUT', 'warning', `这个版本的 Excel 不支持用加载项画图表（需要 ExcelApi ${CHART_API}），「${sheetName}」只有表格，没有图表。`, sheetName));
    return { ok: true, sheetName, charts: 0, problems };
  }
  const sheet = context.workbook.worksheets.getItem(sheetName);
  // The chart's references must name the sheet as written.
  for (const spec of charts) queueChart(sheet, spec);
  await ledger.sync();
  return { ok: true, sheetName, charts: charts.length, problems };
}

