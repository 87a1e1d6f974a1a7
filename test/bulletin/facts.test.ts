import { nextIssue, readFacts, type BulletinFacts } from '../../src/core/bulletin/facts';
import { inputSheetContents } from '../../src/core/bulletin/inputWorkbook';
import { exampleInputData } from '../../src/core/bulletin/exampleInputs';
import { contentGrid, grid } from './support';

const d = (y: number, m: number, day: number) => ({ year: y, month: m, day });

describe('通报信息', () => {
  test('the template sheet reads back as the reference issue', () => {
    const { facts, problems } = readFacts(contentGrid(inputSheetContents(exampleInputData())[0]));
    expect(problems).toEqual([]);
    expect(facts).toEqual({
      bulletinName: '窗口工作周报',
      yearIssue: 38,
      totalIssue: 458,
      weekStart: d(2023, 9, 25),
      weekEnd: d(2023, 9, 28),
      issueDate: d(2023, 10, 17),
      unit: '四川省政府政务服务和公共资源交易服务中心',
      send: '省中心领导、省级相关部门（单位）。',
      distribute: '省级相关部门（单位）窗口，省中心各处（室）、直属单位。',
      printRun: 91,
      hallName: '省政务服务大厅',
      assessmentMonth: { year: 2023, month: 8 },
      handbookTotal: 1663,
      scoreSheet: '考核',
      rankingSummary: false,
      attachRanking: true,
    });
  });

  test('key/value rows without a header, keys with colons and full-width text, values as text', () => {
    const g = grid('通报信息', [
      ['年度期号：', '３８'],
      ['总 期 号', '458'],
      ['周开始日期', '2023年9月25日'],
      ['周结束日期', '2023-9-28'],
      ['印发日期', '2023.10.17'],
      ['编印单位', '某中心'],
      ['送：', '送：领导。'],
      ['发', '各窗口。'],
      ['印数', 91],
    ]);
    const { facts, problems } = readFacts(g);
    expect(problems).toEqual([]);
    expect(facts).toMatchObject({ yearIssue: 38, totalIssue: 458, weekEnd: d(2023, 9, 28), send: '领导。', distribute: '各窗口。', hallName: '省政务服务大厅' });
    expect(facts!.assessmentMonth).toBeNull();
  });

  test('every missing or bad fact is reported at once', () => {
    const g = grid('通报信息', [
      ['项目', '内容'],
      ['年度期号', '三十八'],
      ['周开始日期', '2023-09-28'],
      ['周结束日期', '2023-09-25'],
      ['印发日期', '2023-02-30'],
      ['印数', -1],
      ['年度期号', 38],
      ['期刊颜色', '红'],
    ]);
    const { facts, problems } = readFacts(g);
    expect(facts).toBeNull();
    const messages = problems.map((p) => `${p.severity}:${p.message}`);
    expect(messages).toEqual([
      'error:「通报信息」!B2 的年度期号“三十八”不是数字。',
      'error:「通报信息」!B5 的印发日期“2023-02-30”不是有效日期。',
      'error:「通报信息」!B6 的印数“-1”是负数，应为不小于0的整数。',
      'error:「通报信息」!A2 和 「通报信息」!A7 重复填写了“年度期号”。',
      'warning:「通报信息」!A8 的项目“期刊颜色”不认识，未使用。',
      'error:「通报信息」缺少“总期号”：在“项目”列写上“总期号”，在“内容”列写上它的值。',
      'error:「通报信息」缺少“编印单位”：在“项目”列写上“编印单位”，在“内容”列写上它的值。',
      'error:「通报信息」缺少“送”：在“项目”列写上“送”，在“内容”列写上它的值。',
      'error:「通报信息」缺少“发”：在“项目”列写上“发”，在“内容”列写上它的值。',
      'error:「通报信息」!B4 的周结束日期2023年9月25日早于周开始日期2023年9月28日（「通报信息」!B3）。',
    ]);
  });
});

describe('nextIssue', () => {
  const base = readFacts(contentGrid(inputSheetContents(exampleInputData())[0])).facts as BulletinFacts;

  test('increments both issue numbers and proposes Monday to Friday of the week after', () => {
    // The reference week was Monday to Thursday (9月25日—9月28日): +7 days would give another Thursday end.
    const next = nextIssue(base);
    expect(next).toMatchObject({ yearIssue: 39, totalIssue: 459, weekStart: d(2023, 10, 2), weekEnd: d(2023, 10, 6), issueDate: d(2023, 10, 24) });
    // Whatever day the last week ended on, the next one is the following Monday to Friday.
    for (const [end, monday] of [[d(2023, 9, 24), d(2023, 9, 25)], [d(2023, 9, 25), d(2023, 10, 2)], [d(2023, 9, 29), d(2023, 10, 2)], [d(2023, 9, 30), d(2023, 10, 2)]]) {
      expect(nextIssue({ ...base, weekStart: end, weekEnd: end })).toMatchObject({ weekStart: monday });
    }
    // The issue date a week on, but never before the new week ends.
    expect(nextIssue({ ...base, issueDate: d(2023, 9, 28) }).issueDate).toEqual(d(2023, 10, 6));
    expect(next.unit).toBe(base.unit);
  });

  test('the year number restarts when the next week ends in a new year', () => {
    const december = { ...base, yearIssue: 52, totalIssue: 472, weekStart: d(2023, 12, 25), weekEnd: d(2023, 12, 29) };
    expect(nextIssue(december)).toMatchObject({ yearIssue: 1, totalIssue: 473, weekStart: d(2024, 1, 1), weekEnd: d(2024, 1, 5) });
    const spanning = { ...december, weekStart: d(2024, 12, 23), weekEnd: d(2024, 12, 27) };
    // 2024-12-30 … 2025-01-03 ends in 2025: issue 1 of 2025
    expect(nextIssue(spanning)).toMatchObject({ yearIssue: 1, weekStart: d(2024, 12, 30), weekEnd: d(2025, 1, 3) });
  });
});
