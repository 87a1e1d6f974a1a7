/** The rows of 「通报信息」: each fact's key, the words that name it, what it holds, and the reference issue as example. */
import type { CellValue } from '../cell';
import type { ColumnKind } from './inputSheets';
import { toUtcDate } from './civilDate';

export type FactKey =
  | 'bulletinName'
  | 'yearIssue'
  | 'totalIssue'
  | 'weekStart'
  | 'weekEnd'
  | 'issueDate'
  | 'unit'
  | 'send'
  | 'distribute'
  | 'printRun'
  | 'hallName'
  | 'assessmentMonth'
  | 'handbookTotal'
  | 'scoreSheet'
  | 'rankingSummary'
  | 'attachRanking';

export interface FactSpec {
  key: FactKey;
  label: string;
  aliases: readonly string[];
  kind: Exclude<ColumnKind, 'decimal'>;
  required: boolean;
  /** Shown in the template and the sample: the reference issue (2023 issue 38). */
  example: CellValue;
  note: string;
}

const d = (y: number, m: number, day: number): Date => toUtcDate({ year: y, month: m, day });

export const FACT_SPECS: readonly FactSpec[] = [
  { key: 'bulletinName', label: '通报名称', aliases: ['刊名', '周报名称'], kind: 'text', required: false, example: '窗口工作周报', note: '红色报头上的名称，不填为“窗口工作周报”' },
  { key: 'yearIssue', label: '年度期号', aliases: ['期号', '本年期号', '年度期数'], kind: 'count', required: true, example: 38, note: '今年第几期；下一期加1，新的一年从1开始' },
  { key: 'totalIssue', label: '总期号', aliases: ['总期数', '总第几期'], kind: 'count', required: true, example: 458, note: '创刊以来第几期；下一期加1' },
  { key: 'weekStart', label: '周开始日期', aliases: ['开始日期', '本周开始日期'], kind: 'date', required: true, example: d(2023, 9, 25), note: '本期通报的周，须与「办件统计」中的一行相同' },
  { key: 'weekEnd', label: '周结束日期', aliases: ['结束日期', '本周结束日期'], kind: 'date', required: true, example: d(2023, 9, 28), note: '本期属于结束日期所在的年度' },
  { key: 'issueDate', label: '印发日期', aliases: ['发布日期', '日期', '成文日期'], kind: 'date', required: true, example: d(2023, 10, 17), note: '报头右侧的日期' },
  { key: 'unit', label: '编印单位', aliases: ['编印', '单位', '主办单位'], kind: 'text', required: true, example: '四川省政府政务服务和公共资源交易服务中心', note: '报头左侧的单位' },
  { key: 'send', label: '送', aliases: ['报送', '送达'], kind: 'text', required: true, example: '省中心领导、省级相关部门（单位）。', note: '版记“送：”之后的文字' },
  { key: 'distribute', label: '发', aliases: ['发送', '分送', '抄送'], kind: 'text', required: true, example: '省级相关部门（单位）窗口，省中心各处（室）、直属单位。', note: '版记“发：”之后的文字' },
  { key: 'printRun', label: '印数', aliases: ['共印', '印数（份）', '印发份数'], kind: 'count', required: true, example: 91, note: '版记“（共印N份）”' },
  { key: 'hallName', label: '大厅名称', aliases: ['大厅', '政务服务大厅'], kind: 'text', required: false, example: '省政务服务大厅', note: '用于附件标题和“厅（局）长进大厅”，不填为“省政务服务大厅”' },
  { key: 'assessmentMonth', label: '考核月份', aliases: ['考核期', '考核年月'], kind: 'month', required: false, example: '2023-08', note: '附件考核结果的月份；不填则取考核表标题中的年月' },
  { key: 'handbookTotal', label: '办理项总数', aliases: ['办理项总量', '手册编制总数'], kind: 'count', required: false, example: 1663, note: '受理工作手册编制的办理项总数，用于计算占比' },
  { key: 'scoreSheet', label: '考核表', aliases: ['考核工作表', '考核表名称'], kind: 'text', required: false, example: '考核', note: '附件取自哪张工作表；不填则取第一张考核表；没有考核表则不带附件' },
  // Off by default: the reference issue has no such section. The one switch for it, read by every host.
  { key: 'rankingSummary', label: '正文写考核情况', aliases: ['考核情况', '考核小结', '写考核情况'], kind: 'text', required: false, example: '否', note: '填“是”则正文末尾加一节“N、2023年8月窗口考核情况”（考核小结）；不填或“否”不加（与参照通报相同）' },
  // The score sheet stays in the workbook week after week (template --from carries it); this says whether this
  // issue attaches its ranking. Blank means yes, as before the switch existed.
  { key: 'attachRanking', label: '附考核结果', aliases: ['附件考核结果', '带附件'], kind: 'text', required: false, example: '是', note: '填“否”则本期不附考核结果（考核表留在工作簿里继续打分）；不填或“是”则附上；生成下一期时填为“否”' },
];
