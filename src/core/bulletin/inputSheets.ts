/**
 * The input sheets clerks keep for the weekly bulletin: names, columns and what each column holds.
 * One description serves the readers and the 新建模板 writer, so the template always reads back.
 */
import type { ColumnSpec } from './inputTable';

/** date: a calendar date; count: a non-negative whole number; month: 2023-08; text: anything; decimal: a score. */
export type ColumnKind = 'date' | 'count' | 'month' | 'text' | 'decimal';

export interface InputColumn<K extends string> extends ColumnSpec<K> {
  kind: ColumnKind;
  /** Excel column width in the template. */
  width: number;
}

export interface InputSheet<K extends string> {
  name: string;
  /** Other sheet names accepted, e.g. 厅（局）长进大厅. */
  aliases: readonly string[];
  columns: readonly InputColumn<K>[];
}

export type StatisticsKey = 'weekStart' | 'weekEnd' | 'consultations' | 'acceptances' | 'certificates' | 'transfers';

export const STATISTICS_SHEET: InputSheet<StatisticsKey> = {
  name: '办件统计',
  aliases: ['综窗办件统计', '办件情况'],
  columns: [
    { key: 'weekStart', label: '周开始日期', aliases: ['开始日期', '起始日期', '周起始日期'], required: true, kind: 'date', width: 14 },
    { key: 'weekEnd', label: '周结束日期', aliases: ['结束日期', '截止日期', '周截止日期'], required: true, kind: 'date', width: 14 },
    { key: 'consultations', label: '咨询（人次）', aliases: ['咨询', '咨询量', '咨询人次'], required: true, kind: 'count', width: 13 },
    { key: 'acceptances', label: '受理（件）', aliases: ['受理', '受理量', '受理件数'], required: true, kind: 'count', width: 13 },
    { key: 'certificates', label: '颁发（件）', aliases: ['颁发', '颁发量', '颁发件数'], required: true, kind: 'count', width: 13 },
    { key: 'transfers', label: '流转（件）', aliases: ['流转', '流转量', '流转件数'], required: true, kind: 'count', width: 13 },
  ],
};

export type HandbookKey = 'date' | 'department' | 'items';

export const HANDBOOK_SHEET: InputSheet<HandbookKey> = {
  name: '手册编制',
  aliases: ['受理手册编制', '手册编制进度'],
  columns: [
    { key: 'date', label: '周开始日期', aliases: ['日期', '完成日期', '周次日期'], required: true, kind: 'date', width: 14 },
    { key: 'department', label: '部门', aliases: ['部门（单位）', '单位', '部门窗口'], required: true, kind: 'text', width: 24 },
    { key: 'items', label: '完成办理项数', aliases: ['完成数', '完成办理项', '办理项数', '完成数量'], required: true, kind: 'count', width: 14 },
  ],
};

export type VisitKey = 'date' | 'department' | 'title' | 'name';

export const VISITS_SHEET: InputSheet<VisitKey> = {
  name: '厅局长进大厅',
  aliases: ['厅（局）长进大厅', '厅(局)长进大厅', '领导进大厅'],
  columns: [
    { key: 'date', label: '日期', aliases: ['到厅日期', '值守日期'], required: true, kind: 'date', width: 14 },
    { key: 'department', label: '部门', aliases: ['部门（单位）', '单位'], required: true, kind: 'text', width: 18 },
    { key: 'title', label: '职务', aliases: ['职务（职级）', '职级'], required: false, kind: 'text', width: 26 },
    { key: 'name', label: '姓名', aliases: ['领导姓名'], required: true, kind: 'text', width: 10 },
  ],
};

export type FreeTextKey = 'section' | 'order' | 'text';

export const FREE_TEXT_SHEET: InputSheet<FreeTextKey> = {
  name: '通报正文',
  aliases: ['正文', '通报内容'],
  columns: [
    { key: 'section', label: '栏目', aliases: ['栏目名称', '标题'], required: true, kind: 'text', width: 18 },
    { key: 'order', label: '序号', aliases: ['顺序'], required: false, kind: 'count', width: 6 },
    { key: 'text', label: '正文', aliases: ['内容', '段落'], required: true, kind: 'text', width: 80 },
  ],
};

export type TemplateKey = 'name' | 'template' | 'fields';

export const TEMPLATES_SHEET: InputSheet<TemplateKey> = {
  name: '通报模板',
  aliases: ['模板'],
  columns: [
    { key: 'name', label: '名称', aliases: ['模板名称'], required: true, kind: 'text', width: 26 },
    { key: 'template', label: '模板', aliases: ['模板内容', '内容'], required: true, kind: 'text', width: 70 },
    { key: 'fields', label: '可用字段', aliases: ['说明', '字段'], required: false, kind: 'text', width: 40 },
  ],
};

export type FactsTableKey = 'item' | 'value' | 'note';

/** 通报信息 is a key/value list: one row per fact. */
export const FACTS_SHEET: InputSheet<FactsTableKey> = {
  name: '通报信息',
  aliases: ['通报基本信息', '基本信息'],
  columns: [
    { key: 'item', label: '项目', aliases: ['名称', '事项'], required: true, kind: 'text', width: 14 },
    { key: 'value', label: '内容', aliases: ['值', '数值'], required: true, kind: 'text', width: 50 },
    { key: 'note', label: '说明', aliases: ['备注'], required: false, kind: 'text', width: 44 },
  ],
};
