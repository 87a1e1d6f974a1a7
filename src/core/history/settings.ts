/**
 * The thresholds of the month-to-year rules, saved in the workbook because halls differ (docs/history.md).
 * Defaults follow the public 上虞区 rule in the domain notes except the 流动红旗 count, which halls set to their size.
 */
export interface HistorySettings {
  /** Generating a month's ranking records it in 「考核历史」 (the pane's switch; the CLI's --no-record). */
  recordOnGenerate: boolean;
  /** 流动红旗: the top N windows of a month (all windows tied at the edge are included). */
  redFlagCount: number;
  /** Internal notice: last this many months running, or this many times in a year. */
  noticeConsecutive: number;
  noticeTimesInYear: number;
  /** Reported to the department: last this many months running, or this many times in a year. */
  reportConsecutive: number;
  reportTimesInYear: number;
  /** The year's 红旗窗口: a window last this many times in the year or more is not eligible. */
  honourLastTimesLimit: number;
  /** The year's 红旗窗口: a window with a veto month is not eligible. */
  honourExcludesVeto: boolean;
}

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = {
  recordOnGenerate: true,
  redFlagCount: 3,
  noticeConsecutive: 2,
  noticeTimesInYear: 3,
  reportConsecutive: 3,
  reportTimesInYear: 4,
  honourLastTimesLimit: 2,
  honourExcludesVeto: true,
};

const LABELS: Record<keyof HistorySettings, string> = {
  recordOnGenerate: '生成排名时记入考核历史',
  redFlagCount: '流动红旗个数',
  noticeConsecutive: '连续末位提醒（月）',
  noticeTimesInYear: '年内末位提醒（次）',
  reportConsecutive: '连续末位通报部门（月）',
  reportTimesInYear: '年内末位通报部门（次）',
  honourLastTimesLimit: '年度红旗窗口：末位次数上限',
  honourExcludesVeto: '年度红旗窗口：否决月份不得评',
};

const count = (min: number) => (v: unknown) => Number.isInteger(v) && (v as number) >= min && (v as number) <= 1000;
const CHECKS: { [K in keyof HistorySettings]: (v: unknown) => boolean } = {
  recordOnGenerate: (v) => typeof v === 'boolean',
  redFlagCount: count(0),
  noticeConsecutive: count(1),
  noticeTimesInYear: count(1),
  reportConsecutive: count(1),
  reportTimesInYear: count(1),
  honourLastTimesLimit: count(1),
  honourExcludesVeto: (v) => typeof v === 'boolean',
};

export const HISTORY_SETTINGS_KEY = 'WindowBulletin.history';

/** Stored JSON (or an object) → settings; a bad field falls back to its default and a Chinese warning says so. */
export function decodeHistorySettings(stored: unknown): { settings: HistorySettings; warnings: string[] } {
  const settings: HistorySettings = { ...DEFAULT_HISTORY_SETTINGS };
  if (stored === null || stored === undefined || stored === '') return { settings, warnings: [] };
  let raw: unknown = stored;
  if (typeof stored === 'string') {
    try {
      raw = JSON.parse(stored);
    } catch {
      return { settings, warnings: ['工作簿中保存的考核历史设置不是有效的 JSON，已改用默认设置。'] };
    }
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { settings, warnings: ['工作簿中保存的考核历史设置格式不正确，已改用默认设置。'] };
  const input = raw as Record<string, unknown>;
  const warnings: string[] = [];
  for (const key of Object.keys(CHECKS) as (keyof HistorySettings)[]) {
    if (!(key in input)) continue;
    if (CHECKS[key](input[key])) (settings as unknown as Record<string, unknown>)[key] = input[key];
    else warnings.push(`保存的考核历史设置中“${LABELS[key]}”无效（${JSON.stringify(input[key]) ?? String(input[key])}），已改用默认值 ${String(DEFAULT_HISTORY_SETTINGS[key])}。`);
  }
  return { settings, warnings };
}

export function encodeHistorySettings(settings: HistorySettings): string {
  for (const key of Object.keys(CHECKS) as (keyof HistorySettings)[]) {
    if (!CHECKS[key](settings[key])) throw new RangeError(`history setting ${key} is invalid: ${String(settings[key])}`);
  }
  return JSON.stringify({ version: 1, ...settings });
}
