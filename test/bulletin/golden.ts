/**
 * The golden strings of the reference bulletin (2023 issue 38, ../shared/reference/weekly-bulletin-2023-38.md),
 * copied with the spaces the PDF transcription put around digits removed. Tests compare the product with these.
 */

export const GOLDEN_HEAD = {
  name: '窗口工作周报',
  issueLine: '2023年第38期（总第458期）',
  dateRange: '（9月25日—9月28日）',
  unit: '四川省政府政务服务和公共资源交易服务中心',
  issueDate: '2023年10月17日',
};

export const GOLDEN_STATISTICS =
  '本周，共计咨询2039人次、受理514件、颁发2257件、流转8314件；今年以来，累计咨询56148人次、受理14748件、颁发130232件、流转231433件。';

export const GOLDEN_HANDBOOK = '完成省市场监管局15个办理项的受理工作手册编制。截至目前，共完成1004个办理项的受理工作手册编制，占比60.37%。';

export const GOLDEN_VISITS =
  '本周，省广电局党组成员、一级巡视员黎万恒，水利厅党组成员、副厅长王华，公安厅二级巡视员罗毅，生态环境厅二级巡视员茆爽，分别到省政务服务大厅窗口调研值守。';

export const GOLDEN_HEADINGS = [
  '一、综窗改革攻坚行动',
  '（一）省本级综窗办件情况',
  '（二）事项授权及受理手册编制推进情况',
  '（三）其它工作开展情况',
  '二、大厅工作动态',
  '三、厅（局）长进大厅',
  '四、政务资讯',
];

export const GOLDEN_ATTACHMENT_NOTE = '附件：2023年8月省政务服务大厅进驻部门（单位）窗口考核结果';
export const GOLDEN_ATTACHMENT_TITLE = '2023年8月省政务服务大厅进驻部门（单位）窗口考核结果';
/**
 * The title on the attachment page, broken between words with 「（单位）」 whole. The reference broke after 「（单位）」;
 * with the digits of the fonts standing in for 方正小标宋 that line is wider than 156 mm (LibreOffice wraps it
 * inside 「（单位）」), so the default break comes before it. A clerk can type the reference's break in 「标题：附件」.
 */
export const GOLDEN_ATTACHMENT_TITLE_LINES = ['2023年8月省政务服务大厅进驻部门', '（单位）窗口考核结果'];
export const GOLDEN_ATTACHMENT_COLUMNS = ['排名', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'];

/** Rank label (blank on the later rows of a tie), window, base, deduction as published, bonus, score. */
export const GOLDEN_ATTACHMENT_ROWS = [
    '1\t交通运输厅\t100\t0\t18\t118',
    '2\t自然资源厅\t100\t0\t17\t117',
    '3\t省市场监管局\t100\t0\t13.5\t113.5',
    '4\t应急管理厅\t100\t0\t13\t113',
    '5\t省林草局\t100\t0\t11\t111',
    '6\t省发展改革委\t100\t0\t10.5\t110.5',
    '7\t生态环境厅\t100\t0\t10\t110',
    '\t水利厅\t100\t0\t10\t110',
    '9\t公安厅\t100\t0\t7.5\t107.5',
    '10\t经济和信息化厅\t100\t0\t7\t107',
    '\t文化和旅游厅\t100\t0\t7\t107',
    '\t司法厅\t100\t0\t7\t107',
    '\t民政厅\t100\t0\t7\t107',
    '14\t省卫生健康委\t100\t0\t6.5\t106.5',
    '\t农业农村厅\t100\t0\t6.5\t106.5',
    '\t省药监局\t100\t0\t6.5\t106.5',
    '17\t商务厅\t100\t0\t6\t106',
    '\t省广电局\t100\t0\t6\t106',
    '19\t住房城乡建设厅\t100\t0\t5\t105',
    '20\t四川气象局\t100\t0\t1.5\t101.5',
    '\t四川省税务局\t100\t0\t1.5\t101.5',
    '22\t省新闻出版局(省版权局、省电影局)\t100\t0\t0.5\t100.5',
    '\t四川消防救援总队\t100\t0\t0.5\t100.5',
    '24\t省贸促会\t100\t0\t0\t100',
    '\t科技厅\t100\t0\t0\t100',
    '26\t成都海关\t100\t-2\t0.5\t98.5',
    '27\t四川地震局\t100\t-8\t0\t92',
    '28\t教育厅\t100\t-12\t2\t90',
    '29\t四川测绘局\t100\t-13\t0\t87',
].map((line) => line.split('\t'));

export const GOLDEN_FOOT = {
  send: '送：省中心领导、省级相关部门（单位）。',
  distribute: '发：省级相关部门（单位）窗口，省中心各处（室）、直属单位。',
  printRun: '（共印91份）',
};
