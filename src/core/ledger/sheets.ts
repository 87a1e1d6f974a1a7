/**
 * The three input sheets of the monthly tally: 「考核细则」 (the hall's rule items and, beside them, its settings),
 * 「考核台账」 (one row per event) and 「窗口名单」 (the windows stationed in the hall). Headers are found by their
 * words, like every other input sheet; one description serves the readers and the template writer.
 */
import type { InputSheet } from '../bulletin/inputSheets';

export type RuleKey = 'code' | 'category' | 'item' | 'points' | 'unit' | 'cap' | 'veto';

export const RULES_SHEET: InputSheet<RuleKey> = {
  name: '考核细则',
  aliases: ['细则', '考核标准', '考核办法'],
  columns: [
    { key: 'code', label: '编号', aliases: ['细则编号', '项目编号'], required: true, kind: 'text', width: 8 },
    { key: 'category', label: '类别', aliases: ['考核类别', '考核内容', '分类'], required: true, kind: 'text', width: 12 },
    { key: 'item', label: '考核项目', aliases: ['项目', '考核事项', '考核细则'], required: true, kind: 'text', width: 30 },
    { key: 'points', label: '分值', aliases: ['分数', '计分', '计分标准'], required: true, kind: 'text', width: 10 },
    { key: 'unit', label: '计量', aliases: ['计量单位', '单位'], required: false, kind: 'text', width: 7 },
    { key: 'cap', label: '类别上限', aliases: ['上限', '最多扣分', '最多加分'], required: false, kind: 'decimal', width: 10 },
    { key: 'veto', label: '一票否决', aliases: ['否决项'], required: false, kind: 'text', width: 10 },
  ],
};

export type LineKey = 'date' | 'window' | 'rule' | 'count' | 'points' | 'person' | 'evidence' | 'status' | 'note';

export const LEDGER_SHEET: InputSheet<LineKey> = {
  name: '考核台账',
  aliases: ['台账', '考核记录', '扣加分台账'],
  columns: [
    { key: 'date', label: '日期', aliases: ['发生日期', '时间'], required: true, kind: 'date', width: 12 },
    { key: 'window', label: '部门窗口', aliases: ['窗口', '部门', '单位', '部门（单位）'], required: true, kind: 'text', width: 24 },
    { key: 'rule', label: '细则编号', aliases: ['编号', '考核项目', '项目', '细则'], required: true, kind: 'text', width: 10 },
    { key: 'count', label: '次数', aliases: ['数量', '件数'], required: false, kind: 'count', width: 6 },
    { key: 'points', label: '分值', aliases: ['分数', '每次分值'], required: false, kind: 'decimal', width: 8 },
    { key: 'person', label: '人员', aliases: ['姓名', '责任人', '当事人'], required: false, kind: 'text', width: 10 },
    { key: 'evidence', label: '依据', aliases: ['来源', '证据', '出处'], required: false, kind: 'text', width: 22 },
    { key: 'status', label: '状态', aliases: ['处理状态'], required: false, kind: 'text', width: 10 },
    { key: 'note', label: '备注', aliases: ['说明'], required: false, kind: 'text', width: 20 },
  ],
};

export type RosterKey = 'window' | 'aliases' | 'from' | 'to';

export const ROSTER_SHEET: InputSheet<RosterKey> = {
  name: '窗口名单',
  aliases: ['进驻名单', '窗口名录', '进驻窗口'],
  columns: [
    { key: 'window', label: '部门窗口', aliases: ['窗口', '部门', '单位', '部门（单位）', '窗口名称'], required: true, kind: 'text', width: 30 },
    { key: 'aliases', label: '简称', aliases: ['别名', '曾用名', '简称或曾用名', '其他名称'], required: false, kind: 'text', width: 24 },
    { key: 'from', label: '进驻日期', aliases: ['进驻时间', '进驻'], required: false, kind: 'date', width: 12 },
    { key: 'to', label: '撤出日期', aliases: ['撤出时间', '撤出'], required: false, kind: 'date', width: 12 },
  ],
};
