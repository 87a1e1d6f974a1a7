/**
 * The ledger sheets of the sample workbook: 「考核细则」 (the example rules and settings), 「窗口名单」 (the 29 windows
 * of the reference month in the hall's order, with their short names, plus a window that left in June and one
 * that arrives in October) and 「考核台账」: June to August 2023, whose August tally reproduces the reference
 * attachment exactly (113.5; −2, −8, −12, −13; the seven tie groups). The August events are invented but add up:
 * each window's line below is written so that, with the category caps and the appeals, its totals are the
 * published ones. Some lines exercise the rules: 自然资源厅's 信息宣传 (4 points) and 四川测绘局's 到岗纪律 (11)
 * are capped; 成都海关's and 科技厅's complaints were appealed and upheld; one of 水利厅's banners was withdrawn.
 */
import type { CivilDate } from '../src/core/bulletin/civilDate';
import { EXAMPLE_RULES, exampleSettings, type LedgerInputData, type LineRow, type RosterRow } from '../src/core/ledger/examples';

const d = (month: number, day: number): CivilDate => ({ year: 2023, month, day });

/**
 * August per window, in roster order: [window, short names, events]. An event is CODE[*count][=points][!|~][@person]:
 * `!` an appeal upheld (申诉成立), `~` withdrawn (撤销); points are given for the range items (D05, B05).
 */
const AUGUST: [string, string, string][] = [
  ['省发展改革委', '发改委、省发改委', 'B03 B05=2 B02*3 B01@刘某'],
  ['经济和信息化厅', '经信厅', 'B03 B05=2'],
  ['教育厅', '', 'D05=-4@王某 D01*2@赵某 D04*4 B02*2'],
  ['公安厅', '', 'B03 B01*5@陈某'],
  ['文化和旅游厅', '文旅厅', 'B05=3 B02*4'],
  ['司法厅', '', 'B03 B02*2'],
  ['民政厅', '', 'B05=1 B05=2 B04*4 B02*2'],
  ['自然资源厅', '', 'B03*2 B04*8 B05=2 B02*2'],
  ['生态环境厅', '', 'B03*2'],
  ['住房城乡建设厅', '住建厅', 'B03'],
  ['交通运输厅', '交通厅', 'B03*2 B05=3 B02*3 B01*4@周某'],
  ['水利厅', '', 'B03 B02*4 B02~ B01*2'],
  ['省卫生健康委', '卫健委', 'B03 B01*3@吴某'],
  ['农业农村厅', '农业厅', 'B05=3 B02*3 B01'],
  ['商务厅', '', 'B03 B02'],
  ['应急管理厅', '应急厅', 'B03*2 B05=3'],
  ['省市场监管局', '省市监局', 'B03*2 B02*2 B01*3@郑某'],
  ['省广电局', '', 'B05=2 B02*4'],
  ['省药监局', '', 'B04*6 B02*3 B01'],
  ['省林草局', '林草局', 'B03 B05=3 B02*3'],
  ['省新闻出版局(省版权局、省电影局)', '省新闻出版局、省版权局、省电影局', 'B01'],
  ['省贸促会', '', ''],
  ['科技厅', '', 'D06!@孙某'],
  ['成都海关', '', 'D01@李某 D05=-3!@李某 B01'],
  ['四川气象局', '气象局', 'B02 B01'],
  ['四川省税务局', '省税务局', 'B01*3'],
  ['四川地震局', '地震局', 'D03 D02@钱某'],
  ['四川测绘局', '测绘局', 'D01*4@冯某 D02@冯某 D04*3'],
  ['四川消防救援总队', '消防总队', 'B04'],
];

const EVIDENCE: Record<string, (n: number) => string> = {
  D01: () => '考勤记录',
  D02: (n) => `督查通报第${20 + (n % 5)}期`,
  D03: (n) => `办件系统超期记录 CQ2023080${10 + n}`,
  D04: (n) => `督查通报第${20 + (n % 5)}期`,
  D05: (n) => `好差评工单 HCP2023080${100 + n}`,
  D06: (n) => `12345转办单 ZB2023080${50 + n}`,
  B01: () => '群众表扬信',
  B02: () => '群众赠送锦旗',
  B03: (n) => `督查通报第${20 + (n % 5)}期`,
  B04: (n) => `《政务信息》第${30 + (n % 9)}期`,
  B05: () => '专项工作考评',
};

const EVENT = /^([A-Z]\d\d)(?:\*(\d+))?(?:=([-+]?[\d.]+))?([!~])?(?:@(.+))?$/u;
/** August's working days, from which events take their dates in turn. */
const WORKDAYS = [1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 28, 29, 30, 31];

function augustLines(): LineRow[] {
  const lines: LineRow[] = [];
  let n = 0;
  for (const [window, , events] of AUGUST) {
    for (const token of events.split(' ').filter((t) => t !== '')) {
      const m = EVENT.exec(token);
      if (!m) throw new Error(`bad sample event ${token}`);
      const [, code, count, points, mark, person] = m;
      const status = mark === '!' ? '申诉成立' : mark === '~' ? '撤销' : '有效';
      const note = mark === '!' ? '经核实非窗口责任' : mark === '~' ? '重复登记' : '';
      lines.push([d(8, WORKDAYS[(n * 7) % WORKDAYS.length]), window, code, count ? Number(count) : null, points ? Number(points) : null, person ?? '', EVIDENCE[code](n), status, note]);
      n++;
    }
  }
  return lines.sort((a, b) => a[0].day - b[0].day);
}

/** June and July: a few events, so the ledger is a running one and August is picked out of it. */
const EARLIER: LineRow[] = [
  [d(6, 12), '省乡村振兴局', 'D01', 1, null, '', '考勤记录', '有效', ''],
  [d(6, 20), '教育厅', 'D03', 1, null, '', '办件系统超期记录 CQ202306012', '有效', ''],
  [d(7, 5), '交通运输厅', 'B03', 1, null, '', '督查通报第18期', '有效', ''],
  [d(7, 13), '四川测绘局', 'D01', 2, null, '冯某', '考勤记录', '有效', ''],
  [d(7, 19), '公安厅', 'B02', 1, null, '', '群众赠送锦旗', '有效', ''],
  [d(7, 27), '成都海关', 'D05', 1, -3, '', '好差评工单 HCP202307088', '有效', ''],
];

function roster(): RosterRow[] {
  return [
    ...AUGUST.map(([window, short]): RosterRow => [window, short, d(1, 1), null]),
    ['省乡村振兴局', '乡村振兴局', d(1, 1), d(6, 30)],
    ['省医疗保障局', '省医保局、医保局', d(10, 8), null],
  ];
}

/** The sample's three ledger sheets: the example rules and settings, the roster, June to August's lines. */
export function sampleLedgerData(): LedgerInputData {
  return { rules: EXAMPLE_RULES, settings: exampleSettings(), roster: roster(), lines: [...EARLIER, ...augustLines()] };
}
