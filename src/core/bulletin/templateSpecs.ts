/**
 * The wording of every generated heading and paragraph: a template with named fields ({本周咨询}), a clerk
 * may override in 「通报模板」. The defaults reproduce the reference bulletin (2023 issue 38) word for word.
 */

export type TemplateName =
  | '标题：综窗改革攻坚行动'
  | '标题：办件情况'
  | '标题：手册编制'
  | '标题：其它工作'
  | '标题：大厅工作动态'
  | '标题：厅局长进大厅'
  | '标题：政务资讯'
  | '标题：考核情况'
  | '标题：附件'
  | '办件统计'
  | '手册编制'
  | '手册编制（本周无）'
  | '厅局长进大厅（多人）'
  | '厅局长进大厅（一人）'
  | '厅局长进大厅（无）'
  | '考核小结'
  | '附件说明';

export interface TemplateSpec {
  name: TemplateName;
  text: string;
  /** Fields this template may use, besides the common ones. */
  fields: readonly string[];
  /** An empty template leaves its paragraph (and a section left empty) out of the bulletin. */
  mayBeEmpty: boolean;
}

/** Fields every template may use. */
export const COMMON_FIELDS = ['大厅名称', '年度', '年度期号', '总期号', '本周起止'] as const;

export const STATISTICS_FIELDS = ['本周咨询', '本周受理', '本周颁发', '本周流转', '累计咨询', '累计受理', '累计颁发', '累计流转'] as const;
export const HANDBOOK_FIELDS = ['本周完成明细', '本周完成', '累计完成', '办理项总数', '未完成', '完成占比'] as const;
export const VISIT_FIELDS = ['来访名单', '来访人数'] as const;
export const RANKING_FIELDS = ['考核月份', '参评窗口数', '前三名', '并列情况', '减分情况', '减分窗口数', '附件标题'] as const;
/** From 「考核历史」 (src/core/history): 「8月流动红旗窗口：…。」, the last-place notice, the rank changes; empty when none. */
export const HISTORY_FIELDS = ['流动红旗', '末位提醒', '名次变化'] as const;

const heading = (name: TemplateName, text: string): TemplateSpec => ({ name, text, fields: [], mayBeEmpty: false });

export const TEMPLATE_SPECS: readonly TemplateSpec[] = [
  heading('标题：综窗改革攻坚行动', '综窗改革攻坚行动'),
  heading('标题：办件情况', '省本级综窗办件情况'),
  heading('标题：手册编制', '事项授权及受理手册编制推进情况'),
  heading('标题：其它工作', '其它工作开展情况'),
  heading('标题：大厅工作动态', '大厅工作动态'),
  heading('标题：厅局长进大厅', '厅（局）长进大厅'),
  heading('标题：政务资讯', '政务资讯'),
  { name: '标题：考核情况', text: '{考核月份}窗口考核情况', fields: ['考核月份'], mayBeEmpty: false },
  {
    name: '办件统计',
    text: '本周，共计咨询{本周咨询}人次、受理{本周受理}件、颁发{本周颁发}件、流转{本周流转}件；今年以来，累计咨询{累计咨询}人次、受理{累计受理}件、颁发{累计颁发}件、流转{累计流转}件。',
    fields: STATISTICS_FIELDS,
    mayBeEmpty: false,
  },
  {
    name: '手册编制',
    text: '完成{本周完成明细}办理项的受理工作手册编制。截至目前，共完成{累计完成}个办理项的受理工作手册编制，占比{完成占比}。',
    fields: HANDBOOK_FIELDS,
    mayBeEmpty: false,
  },
  {
    name: '手册编制（本周无）',
    text: '本周无新完成的办理项受理工作手册编制。截至目前，共完成{累计完成}个办理项的受理工作手册编制，占比{完成占比}。',
    fields: HANDBOOK_FIELDS,
    mayBeEmpty: true,
  },
  { name: '厅局长进大厅（多人）', text: '本周，{来访名单}，分别到{大厅名称}窗口调研值守。', fields: VISIT_FIELDS, mayBeEmpty: false },
  { name: '厅局长进大厅（一人）', text: '本周，{来访名单}到{大厅名称}窗口调研值守。', fields: VISIT_FIELDS, mayBeEmpty: false },
  { name: '厅局长进大厅（无）', text: '本周没有厅（局）长到{大厅名称}窗口调研值守。', fields: VISIT_FIELDS, mayBeEmpty: true },
  {
    name: '考核小结',
    text: '{考核月份}，{大厅名称}{参评窗口数}个进驻部门（单位）窗口参加考核，得分前三名为{前三名}。{并列情况}{减分情况}考核结果见附件。',
    fields: [...RANKING_FIELDS, ...HISTORY_FIELDS],
    mayBeEmpty: true,
  },
  { name: '附件说明', text: '附件：{附件标题}', fields: ['附件标题'], mayBeEmpty: false },
  // The title on the attachment page. A line break typed in it (Alt+Enter) is where the title breaks; without one
  // it breaks between words, never inside 「（单位）」 (titleBreak.ts). The note in the body has it on one line.
  { name: '标题：附件', text: '{附件标题}', fields: ['附件标题', '考核月份'], mayBeEmpty: false },
];

export function templateSpec(name: TemplateName): TemplateSpec {
  return TEMPLATE_SPECS.find((s) => s.name === name)!;
}

export function allowedFields(spec: TemplateSpec): string[] {
  return [...COMMON_FIELDS, ...spec.fields];
}
