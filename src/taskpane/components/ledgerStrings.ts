/** The 台账 section's words, Chinese and English, chosen with the pane's language (kept apart from strings.ts). */
import type { Period } from '../../core/model';
import { languageTag, type PaneStrings } from '../strings';

const zh = {
  title: '台账',
  hint: '由「考核台账」「考核细则」「窗口名单」汇总一个月的考核：封顶、一票否决、申诉都按细则处理。先看合计，再写入考核表和考核明细。',
  month: '考核月份',
  monthLabel: (p: Period) => `${p.year}年${p.month}月`,
  loading: '正在读取台账…',
  counted: (counted: number, notCounted: number) => `计分记录 ${counted} 条${notCounted > 0 ? `，申诉成立或撤销 ${notCounted} 条未计` : ''}。`,
  columns: ['排名', '部门窗口', '减分', '加分', '实得', '备注'],
  write: '写入考核表和明细',
  writing: '正在写入…',
  written: (score: string, detail: string) => `已写入「${score}」和「${detail}」。`,
  rank: (sheet: string) => `用「${sheet}」生成排名`,
  ranking: '正在生成排名…',
  ranked: (sheet: string) => `已生成「${sheet}」。`,
  blocked: (errors: number) => `台账有 ${errors} 个错误，改正后才能写入（一个也没有写）。`,
  problems: (errors: number, warnings: number) => `台账的问题：${errors} 个错误，${warnings} 个警告`,
  failed: (message: string) => `操作失败：${message}`,
  noLines: '工作簿中还没有台账记录。可用“新建模板”添加「考核细则」「考核台账」「窗口名单」。',
};

const en: typeof zh = {
  title: 'Ledger (台账)',
  hint: 'Tallies a month from 考核台账, 考核细则 and 窗口名单: caps, vetoes and appeals as the rules say. Check the totals, then write the score sheet and the detail sheet.',
  month: 'Month',
  monthLabel: (p: Period) => `${p.year}-${String(p.month).padStart(2, '0')}`,
  loading: 'Reading the ledger…',
  counted: (counted: number, notCounted: number) => `${counted} lines counted${notCounted > 0 ? `, ${notCounted} appealed or withdrawn not counted` : ''}.`,
  columns: ['Rank', 'Window', 'Deducted', 'Bonus', 'Score', 'Note'],
  write: 'Write score sheet and detail',
  writing: 'Writing…',
  written: (score: string, detail: string) => `Wrote 「${score}」 and 「${detail}」.`,
  rank: (sheet: string) => `Rank 「${sheet}」`,
  ranking: 'Ranking…',
  ranked: (sheet: string) => `Wrote 「${sheet}」.`,
  blocked: (errors: number) => `The ledger has ${errors} error(s); nothing was written. Fix them first.`,
  problems: (errors: number, warnings: number) => `Ledger problems: ${errors} error(s), ${warnings} warning(s)`,
  failed: (message: string) => `Failed: ${message}`,
  noLines: 'No ledger lines yet. “New template” adds 考核细则, 考核台账 and 窗口名单.',
};

export type LedgerStrings = typeof zh;

export function ledgerStrings(pane: PaneStrings): LedgerStrings {
  return languageTag(pane) === 'en-US' ? en : zh;
}
