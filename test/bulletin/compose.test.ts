/**
 * composeBulletin: input sheets and the score sheet together — the attachment ranked by the engine for the
 * month, its absence a warning or an error depending on what 「通报信息」 asks for, all problems at once.
 */
import { composeBulletin } from '../../src/core/bulletin/compose';
import { exampleInputData, exampleScoreSheet } from '../../src/core/bulletin/exampleInputs';
import { scoreSheetContent, type BulletinInputData } from '../../src/core/bulletin/inputWorkbook';
import { contentGrid, grid, inputWorkbook } from './support';

const d = (y: number, m: number, day: number) => ({ year: y, month: m, day });
const scores = () => contentGrid(scoreSheetContent(exampleScoreSheet()));
const texts = (blocks: { text: string }[]) => blocks.map((b) => b.text);

function withoutAttachmentFacts(data: BulletinInputData): BulletinInputData {
  data.facts.assessmentMonth = null;
  data.facts.scoreSheet = null;
  return data;
}

describe('composeBulletin', () => {
  test('the input sheets and the score sheet make the whole bulletin, the attachment ranked for the month', () => {
    const { document, problems, scoreSheet, sheetsRead } = composeBulletin(inputWorkbook(exampleInputData(), [scores()]));
    expect(problems).toEqual([]);
    expect(scoreSheet).toBe('考核');
    expect(sheetsRead).toEqual(['通报信息', '办件统计', '手册编制', '厅局长进大厅', '通报正文', '通报模板', '考核']);
    expect(document!.attachment!.table.title).toBe('2023年8月省政务服务大厅进驻部门（单位）窗口考核结果');
    expect(document!.attachment!.table.rows.map((r) => [r.rankLabel, r.window, r.text.score])).toEqual([
      ['1', '交通运输厅', '118'],
      ['2', '省市场监管局', '113.5'],
      ['3', '生态环境厅', '110'],
      ['', '水利厅', '110'],
      ['5', '成都海关', '98.5'],
    ]);
    // Off by default, as in the reference issue: the body has no section on the ranking.
    expect(texts(document!.blocks).some((t) => t.includes('考核情况'))).toBe(false);
  });

  test('「通报信息」 正文写考核情况 = 是 adds the ranking summary as the last section; 否 or a blank leaves it out', () => {
    const withSummary = (value: string | null) => {
      const data = exampleInputData();
      data.facts.rankingSummary = value;
      return composeBulletin(inputWorkbook(data, [scores()]));
    };
    const on = withSummary('是');
    expect(on.problems).toEqual([]);
    expect(texts(on.document!.blocks).slice(-2)).toEqual([
      '五、2023年8月窗口考核情况',
      '2023年8月，省政务服务大厅5个进驻部门（单位）窗口参加考核，得分前三名为交通运输厅（118分）、省市场监管局（113.5分）、生态环境厅、水利厅（并列第3名，均为110分）。成都海关减2分。考核结果见附件。',
    ]);
    for (const off of ['否', null]) expect(texts(withSummary(off).document!.blocks).some((t) => t.includes('考核情况'))).toBe(false);
    const bad = withSummary('也许');
    expect(bad.document).toBeNull();
    expect(bad.problems.map((p) => [p.severity, p.cells, p.message])).toEqual([['error', ['B18'], '「通报信息」!B18 的“正文写考核情况”应填“是”或“否”，不是“也许”。']]);
  });

  test('「通报信息」 附考核结果 = 否: no attachment, the score sheet not even ranked; blank or 是 attaches it', () => {
    const data = exampleInputData();
    data.facts.attachRanking = '否';
    const broken = scores();
    broken.values[4][2] = '十';
    const off = composeBulletin(inputWorkbook(data, [broken]));
    expect(off.problems).toEqual([]);
    expect(off.document!.attachment).toBeNull();
    expect(off.scoreSheet).toBeNull();
    for (const on of ['是', null]) {
      data.facts.attachRanking = on;
      expect(composeBulletin(inputWorkbook(data, [scores()])).document!.attachment).not.toBeNull();
    }
  });

  test('dense ranks and repeated tie labels are passed on to the attachment', () => {
    const { document } = composeBulletin(inputWorkbook(exampleInputData(), [scores()]), { rankStyle: 'dense', tieDisplay: 'repeat' });
    expect(document!.attachment!.table.rows.map((r) => r.rankLabel)).toEqual(['1', '2', '3', '3', '4']);
  });

  test('the month comes from the score sheet title when 「通报信息」 leaves it blank', () => {
    const data = exampleInputData();
    data.facts.assessmentMonth = null;
    const sheet = scores();
    sheet.values[0] = ['2023年7月窗口考核'];
    const { document, problems } = composeBulletin(inputWorkbook(data, [sheet]));
    expect(problems).toEqual([]);
    expect(document!.attachment!.table.title).toBe('2023年7月省政务服务大厅进驻部门（单位）窗口考核结果');
  });

  test('no month anywhere: an error, the bulletin does not guess it', () => {
    const data = exampleInputData();
    data.facts.assessmentMonth = null;
    const sheet = scores();
    sheet.values[0] = ['窗口考核'];
    const { document, problems } = composeBulletin(inputWorkbook(data, [sheet]));
    expect(document).toBeNull();
    expect(problems.map((p) => p.message)).toEqual([
      '没能从「考核」的标题中看出考核月份（应有“2023年8月……”这样的标题）：请在「通报信息」的“考核月份”一项填写，如 2023-08。',
    ]);
  });

  test('no score sheet and none asked for: a bulletin without attachment or 考核情况, with a warning', () => {
    const { document, problems } = composeBulletin(inputWorkbook(withoutAttachmentFacts(exampleInputData())));
    expect(problems.map((p) => [p.severity, p.message])).toEqual([['warning', '工作簿中没有考核表，本期周报不带附件，也不写考核情况。']]);
    expect(document!.attachment).toBeNull();
    expect(texts(document!.blocks).some((t) => t.includes('考核'))).toBe(false);
  });

  test('the month given but no score sheet: an error at the month cell', () => {
    const data = withoutAttachmentFacts(exampleInputData());
    data.facts.assessmentMonth = '2023-08';
    const { document, problems } = composeBulletin(inputWorkbook(data));
    expect(document).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', sheet: '通报信息', cells: ['B15'] });
    expect(problems[0].message).toMatch(/^「通报信息」!B15 填了考核月份，但工作簿中找不到考核表/);
  });

  test('a 考核表 name that matches no sheet: an error at that cell, listing the sheets', () => {
    const data = exampleInputData();
    data.facts.scoreSheet = '八月考核';
    const { problems } = composeBulletin(inputWorkbook(data, [scores()]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', sheet: '通报信息', cells: ['B17'] });
    expect(problems[0].message).toContain('「八月考核」');
    expect(problems[0].message).toContain('「考核」');
  });

  test('problems of the input sheets and of the score sheet are reported together', () => {
    const data = exampleInputData();
    data.statistics[0].consultations = undefined;
    const sheet = scores();
    sheet.values[4][2] = '十';
    const { document, problems } = composeBulletin(inputWorkbook(data, [sheet]));
    expect(document).toBeNull();
    const where = problems.filter((p) => p.severity === 'error').map((p) => `${p.sheet}!${p.cells?.join(',')}`);
    expect(where).toEqual(['办件统计!C4', '考核!C5']);
  });

  test('a week spanning New Year: issue 1 of the new year, year-to-date sums of the new year only', () => {
    const data = exampleInputData();
    Object.assign(data.facts, {
      yearIssue: 1,
      weekStart: new Date(Date.UTC(2023, 11, 28)),
      weekEnd: new Date(Date.UTC(2024, 0, 3)),
      issueDate: new Date(Date.UTC(2024, 0, 8)),
    });
    data.statistics = [
      { weekStart: d(2023, 12, 18), weekEnd: d(2023, 12, 22), consultations: 500, acceptances: 50, certificates: 5000, transfers: 50 },
      { weekStart: d(2023, 12, 28), weekEnd: d(2024, 1, 3), consultations: 400, acceptances: 40, certificates: 4000, transfers: 40 },
    ];
    data.handbook = [];
    const { document, problems } = composeBulletin(inputWorkbook(data, [scores()]));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(document!.head.issueLine).toBe('2024年第1期（总第458期）');
    expect(texts(document!.blocks)).toContain('本周，共计咨询400人次、受理40件、颁发4000件、流转40件；今年以来，累计咨询400人次、受理40件、颁发4000件、流转40件。');
  });

  test('the handbook share rounds half up at .005 from the counts (107 of 4000 is 2.675%)', () => {
    const data = exampleInputData();
    data.facts.handbookTotal = 4000;
    data.handbook = [{ date: d(2023, 9, 18), department: '公安厅', items: 92 }, ...data.handbook];
    const { document } = composeBulletin(inputWorkbook(data, [scores()]));
    expect(texts(document!.blocks)).toContain('完成省市场监管局15个办理项的受理工作手册编制。截至目前，共完成107个办理项的受理工作手册编制，占比2.68%。');
  });

  test('a window named like a formula stays the text it is', () => {
    const sheet = grid('考核', [['2023年8月窗口考核'], ['部门窗口', '基础分值', '减分分值', '加分分值'], ['=省局', 100, 0, 1], ['+86厅', 100, 2, 0]]);
    const { document, problems } = composeBulletin(inputWorkbook(exampleInputData(), [sheet]));
    expect(problems).toEqual([]);
    expect(document!.attachment!.table.rows.map((r) => r.window)).toEqual(['=省局', '+86厅']);
  });
});
