/** The field values each generated paragraph's template is filled with. */
import type { Period } from '../model';
import { chineseDateRange, chineseMonth } from './chineseDates';
import { bulletinYear, type BulletinFacts } from './facts';
import type { HandbookProgress } from './handbook';
import type { StatisticsSummary } from './statistics';
import { visitorLabel, type Visit } from './visits';

export type FieldValues = Record<string, string>;

export function commonFields(facts: BulletinFacts): FieldValues {
  return {
    大厅名称: facts.hallName,
    年度: String(bulletinYear(facts)),
    年度期号: String(facts.yearIssue),
    总期号: String(facts.totalIssue),
    本周起止: chineseDateRange(facts.weekStart, facts.weekEnd),
  };
}

/** Counts as plain digits: official text writes 56148, never 56,148. */
export function statisticsFields(s: StatisticsSummary): FieldValues {
  return {
    本周咨询: String(s.week.consultations),
    本周受理: String(s.week.acceptances),
    本周颁发: String(s.week.certificates),
    本周流转: String(s.week.transfers),
    累计咨询: String(s.yearToDate.consultations),
    累计受理: String(s.yearToDate.acceptances),
    累计颁发: String(s.yearToDate.certificates),
    累计流转: String(s.yearToDate.transfers),
  };
}

/** 省市场监管局15个 — or, for several departments in one week, 省市场监管局15个、公安厅3个. */
export function handbookFields(h: HandbookProgress): FieldValues {
  return {
    本周完成明细: h.thisWeek.map((d) => `${d.department}${d.items}个`).join('、'),
    本周完成: String(h.weekItems),
    累计完成: String(h.cumulative),
    办理项总数: String(h.total),
    未完成: String(Math.max(0, h.total - h.cumulative)),
    完成占比: h.share,
  };
}

/** 省广电局党组成员、一级巡视员黎万恒，水利厅党组成员、副厅长王华，… */
export function visitFields(visits: readonly Visit[]): FieldValues {
  return { 来访名单: visits.map(visitorLabel).join('，'), 来访人数: String(visits.length) };
}

export function periodFields(period: Period | null): FieldValues {
  return period ? { 考核月份: chineseMonth(period) } : {};
}
