/**
 * Example content of the three ledger sheets: the rule items a provincial hall might keep (the shapes public
 * hall rules use: per-occurrence points, discretionary ranges, category caps, a veto item), its settings, a few
 * roster windows and ledger lines. The template inserts these; the bundled sample uses the same rules.
 */
import type { CellValue } from '../cell';
import { toUtcDate, type CivilDate } from '../bulletin/civilDate';
import { SETTING_LABELS } from './settings';

/** [编号, 类别, 考核项目, 分值, 计量, 类别上限, 一票否决] */
export type RuleRow = [string, string, string, string, string, number | null, '是' | '否'];

export const EXAMPLE_RULES: RuleRow[] = [
  ['D01', '到岗纪律', '迟到、早退', '-2', '次', 10, '否'],
  ['D02', '到岗纪律', '擅自脱岗', '-3', '半天', 10, '否'],
  ['D03', '办件质量', '超时办结', '-5', '件', 15, '否'],
  ['D04', '办件质量', '一次性告知不到位', '-1', '件', 15, '否'],
  ['D05', '服务评价', '好差评差评（经核实）', '-3~-5', '次', 10, '否'],
  ['D06', '服务评价', '有效投诉', '-5', '次', 10, '否'],
  ['D07', '作风纪律', '违规违纪被查处', '-20', '次', null, '是'],
  ['B01', '群众表扬', '收到表扬信', '+0.5', '封', 5, '否'],
  ['B02', '群众表扬', '收到锦旗', '+1', '面', 5, '否'],
  ['B03', '通报表扬', '督查通报表扬', '+5', '次', 10, '否'],
  ['B04', '信息宣传', '工作信息被采用', '+0.5', '篇', 3, '否'],
  ['B05', '重点工作', '专项工作完成突出', '+1~+3', '项', 6, '否'],
];

/** [label, value, note]: 基础分值, 加分上限, 最高分, 最低分, 一票否决处理. */
export function exampleSettings(): [string, CellValue, string][] {
  const s = SETTING_LABELS;
  return [
    [s.base.label, 100, s.base.note],
    [s.bonusCap.label, 20, s.bonusCap.note],
    [s.maxScore.label, 120, s.maxScore.note],
    [s.minScore.label, 0, s.minScore.note],
    [s.veto.label, '仅标注', s.veto.note],
  ];
}

/** [部门窗口, 简称, 进驻日期, 撤出日期] */
export type RosterRow = [string, string, CivilDate | null, CivilDate | null];

/** [日期, 部门窗口, 细则编号, 次数, 分值, 人员, 依据, 状态, 备注] */
export type LineRow = [CivilDate, string, string, number | null, number | null, string, string, string, string];

export interface LedgerInputData {
  rules: RuleRow[];
  settings: [string, CellValue, string][];
  roster: RosterRow[];
  lines: LineRow[];
}

const d = (month: number, day: number): CivilDate => ({ year: 2023, month, day });

export function exampleLedgerData(): LedgerInputData {
  return {
    rules: EXAMPLE_RULES,
    settings: exampleSettings(),
    roster: [
      ['省发展改革委', '发改委、省发改委', d(1, 1), null],
      ['教育厅', '', d(1, 1), null],
      ['成都海关', '', d(1, 1), null],
    ],
    lines: [
      [d(8, 3), '省发展改革委', 'B02', 1, null, '', '锦旗', '有效', ''],
      [d(8, 9), '教育厅', 'D05', 1, -4, '王某', '好差评工单 HCP20230809001', '有效', '酌情扣4分'],
      [d(8, 15), '成都海关', 'D05', 1, -3, '李某', '好差评工单 HCP20230815002', '申诉成立', '系统误评'],
      [d(8, 21), '成都海关', 'D01', 1, null, '李某', '考勤记录', '', ''],
    ],
  };
}

export function ruleCells(r: RuleRow): CellValue[] {
  return [...r];
}

export function rosterCells(r: RosterRow): CellValue[] {
  return [r[0], blank(r[1]), r[2] ? toUtcDate(r[2]) : null, r[3] ? toUtcDate(r[3]) : null];
}

/** Blank fields are left empty, not written as empty text (a clerk's blank cell holds nothing). */
const blank = (v: CellValue): CellValue => (v === '' ? null : v);

export function lineCells(r: LineRow): CellValue[] {
  return [toUtcDate(r[0]), ...(r.slice(1) as CellValue[]).map(blank)];
}
