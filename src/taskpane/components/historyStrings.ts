/** The history section's words, Chinese and English (kept beside it so the shared strings file grows by nothing). */
import type { HistoryPreview } from '../../core/history/view';

export interface HistoryStrings {
  title: string;
  record: string;
  recording: (r: HistoryPreview['recording'], month: string) => string;
  redFlags: string;
  redFlagCount: string;
  lastPlace: string;
  none: string;
  colChange: string;
  notice: string;
  report: string;
  rollupYear: (year: number) => string;
  rollupQuarter: (year: number, q: number) => string;
  rollupDone: (sheet: string) => string;
  recorded: (what: string, month: string) => string;
  noHistory: string;
  updating: string;
}

const zh: HistoryStrings = {
  title: '考核历史',
  record: '生成排名时记入「考核历史」',
  recording: (r, m) =>
    ({ add: `生成后 ${m} 将记入考核历史。`, replace: `考核历史中已有 ${m}，生成后将替换为本次的数字（不会重复）。`, unchanged: `考核历史中的 ${m} 与本次相同。`, off: '生成时不记入考核历史。' })[r],
  redFlags: '流动红旗',
  redFlagCount: '流动红旗个数',
  lastPlace: '末位提醒',
  none: '无',
  colChange: '较上月',
  notice: '内部提醒',
  report: '通报部门',
  rollupYear: (y) => `写出${y}年度汇总`,
  rollupQuarter: (y, q) => `写出${y}年第${q}季度汇总`,
  rollupDone: (s) => `已写出「${s}」（带图表）。`,
  recorded: (what, m) => `${m} ${what}考核历史。`,
  noHistory: '考核历史中还没有更早的月份：名次变化从下个月起显示。',
  updating: '正在读取考核历史…',
};

const en: HistoryStrings = {
  title: 'History',
  record: 'Record the month in 考核历史 when generating',
  recording: (r, m) =>
    ({ add: `${m} will be added to the history.`, replace: `${m} is in the history; generating replaces it (never a duplicate).`, unchanged: `${m} in the history is the same.`, off: 'Generating does not record the month.' })[r],
  redFlags: 'Red flags',
  redFlagCount: 'Red flags per month',
  lastPlace: 'Last place',
  none: 'None',
  colChange: 'Change',
  notice: 'Notice',
  report: 'Report',
  rollupYear: (y) => `Write the ${y} summary`,
  rollupQuarter: (y, q) => `Write ${y} Q${q} summary`,
  rollupDone: (s) => `Wrote 「${s}」 with charts.`,
  recorded: (what, m) => `${m}: ${what} the history.`,
  noHistory: 'No earlier month in the history yet: rank changes show from next month.',
  updating: 'Reading the history…',
};

export function historyStrings(lang: 'zh-CN' | 'en-US'): HistoryStrings {
  return lang === 'en-US' ? en : zh;
}

export const RECORDED_WORDS: Record<'zh-CN' | 'en-US', Record<'added' | 'replaced' | 'unchanged' | 'not-recorded', string>> = {
  'zh-CN': { added: '已记入', replaced: '已替换', unchanged: '未改变', 'not-recorded': '未记入' },
  'en-US': { added: 'added to', replaced: 'replaced in', unchanged: 'unchanged in', 'not-recorded': 'not recorded in' },
};
