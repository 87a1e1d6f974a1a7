import { buildBulletinDocument } from '../../src/core/bulletin/documentBuilder';
import { exampleInputData } from '../../src/core/bulletin/exampleInputs';
import type { BulletinInputData } from '../../src/core/bulletin/inputWorkbook';
import { readBulletinInputs } from '../../src/core/bulletin/readInputs';
import type { BulletinDocument } from '../../src/core/bulletin/document';
import { inputWorkbook } from './support';

const d = (y: number, m: number, day: number) => ({ year: y, month: m, day });

function referenceLike(): BulletinInputData {
  const data = exampleInputData();
  data.statistics.unshift({ weekStart: d(2023, 1, 3), weekEnd: d(2023, 9, 22), consultations: 54109, acceptances: 14234, certificates: 127975, transfers: 223119 });
  data.handbook.unshift({ date: d(2023, 9, 18), department: '公安厅', items: 989 });
  return data;
}

function documentOf(data: BulletinInputData): BulletinDocument {
  const read = readBulletinInputs(inputWorkbook(data));
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return buildBulletinDocument(read.inputs!, null);
}

const texts = (doc: BulletinDocument) => doc.blocks.map((b) => b.text);

describe('the bulletin document from the input sheets', () => {
  test('head, statistics, handbook and visits read as the reference', () => {
    const doc = documentOf(referenceLike());
    expect(doc.head).toEqual({
      name: '窗口工作周报',
      issueLine: '2023年第38期（总第458期）',
      dateRange: '（9月25日—9月28日）',
      unit: '四川省政府政务服务和公共资源交易服务中心',
      issueDate: '2023年10月17日',
    });
    const t = texts(doc);
    expect(t).toContain('本周，共计咨询2039人次、受理514件、颁发2257件、流转8314件；今年以来，累计咨询56148人次、受理14748件、颁发130232件、流转231433件。');
    expect(t).toContain('完成省市场监管局15个办理项的受理工作手册编制。截至目前，共完成1004个办理项的受理工作手册编制，占比60.37%。');
    expect(t).toContain('本周，省广电局党组成员、一级巡视员黎万恒，水利厅党组成员、副厅长王华，公安厅二级巡视员罗毅，生态环境厅二级巡视员茆爽，分别到省政务服务大厅窗口调研值守。');
    expect(doc.foot).toEqual({ send: '送：省中心领导、省级相关部门（单位）。', distribute: '发：省级相关部门（单位）窗口，省中心各处（室）、直属单位。', printRun: '（共印91份）' });
  });

  test('sections in the reference order, numbered, free text numbered when a section has several paragraphs', () => {
    const doc = documentOf(referenceLike());
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      '一、综窗改革攻坚行动',
      '（一）省本级综窗办件情况',
      '（二）事项授权及受理手册编制推进情况',
      '（三）其它工作开展情况',
      '二、大厅工作动态',
      '三、厅（局）长进大厅',
      '四、政务资讯',
    ]);
    const t = texts(doc);
    const after = (h: string) => t[t.indexOf(h) + 1];
    expect(after('（三）其它工作开展情况')).toMatch(/^收集政务服务效能/);
    expect(after('二、大厅工作动态')).toMatch(/^1\.9月28日,省中心召开/);
    expect(t[t.indexOf('二、大厅工作动态') + 3]).toMatch(/^3\.经济和信息化厅/);
    expect(after('四、政务资讯')).toMatch(/^1\.9月26日/);
    expect(doc.blocks.find((b) => b.text.startsWith('本周，共计'))).toMatchObject({ kind: 'paragraph', source: 'generated' });
    expect(doc.blocks.find((b) => b.text.startsWith('1.9月28日'))).toMatchObject({ source: 'free-text' });
  });

  test('one visitor: no 分别', () => {
    const data = referenceLike();
    data.visits = data.visits.slice(1, 2);
    expect(texts(documentOf(data))).toContain('本周，水利厅党组成员、副厅长王华到省政务服务大厅窗口调研值守。');
  });

  test('no visitor this week: says so, under its heading', () => {
    const data = referenceLike();
    data.visits = [{ date: d(2023, 9, 29), department: '水利厅', title: '', name: '王华' }]; // the day after the week
    const t = texts(documentOf(data));
    expect(t[t.indexOf('三、厅（局）长进大厅') + 1]).toBe('本周没有厅（局）长到省政务服务大厅窗口调研值守。');
  });

  test('clearing a may-be-empty template drops the section and renumbers the rest', () => {
    const data = referenceLike();
    data.visits = [];
    data.templates['厅局长进大厅（无）'] = '';
    const headings = documentOf(data).blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text);
    expect(headings).toEqual(['一、综窗改革攻坚行动', '二、大厅工作动态', '三、政务资讯']);
  });

  test('several departments in one week are listed in sheet order', () => {
    const data = referenceLike();
    data.handbook.push({ date: d(2023, 9, 27), department: '公安厅', items: 3 }, { date: d(2023, 9, 26), department: '省市场监管局', items: 2 });
    expect(texts(documentOf(data))).toContain(
      '完成省市场监管局17个、公安厅3个办理项的受理工作手册编制。截至目前，共完成1009个办理项的受理工作手册编制，占比60.67%。',
    );
  });

  test('no department finished items this week', () => {
    const data = referenceLike();
    data.handbook = data.handbook.slice(0, 1);
    expect(texts(documentOf(data))).toContain('本周无新完成的办理项受理工作手册编制。截至目前，共完成989个办理项的受理工作手册编制，占比59.47%。');
  });

  test('a clerk-edited template and heading are used; a clerk-typed section becomes its own numbered section', () => {
    const data = referenceLike();
    data.templates['办件统计'] = '{本周起止}咨询{本周咨询}人次；{年度}年累计咨询{累计咨询}人次。';
    data.templates['标题：大厅工作动态'] = '大厅动态';
    data.freeText.push({ section: '大厅动态', order: 9, text: '第四段。' }, { section: '五、安全生产', order: null, text: '检查消防设施。' });
    const read = readBulletinInputs(inputWorkbook(data));
    expect(read.problems.map((p) => p.message)).toEqual([
      '「通报正文」!A11 的栏目“五、安全生产”不是已有栏目（其它工作开展情况、大厅动态、政务资讯），作为新的一级栏目排在政务资讯之后。',
    ]);
    const doc = buildBulletinDocument(read.inputs!, null);
    const t = texts(doc);
    expect(t).toContain('9月25日—9月28日咨询2039人次；2023年累计咨询56148人次。');
    expect(t).toContain('二、大厅动态');
    expect(t).toContain('4.第四段。');
    expect(t.slice(-2)).toEqual(['五、安全生产', '检查消防设施。']);
  });

  test('a week across New Year names both years in the date range and takes the new year for the issue line', () => {
    const data = exampleInputData();
    data.facts.weekStart = new Date(Date.UTC(2023, 11, 28));
    data.facts.weekEnd = new Date(Date.UTC(2024, 0, 3));
    data.facts.issueDate = new Date(Date.UTC(2024, 0, 5));
    data.facts.yearIssue = 1;
    data.statistics = [{ weekStart: d(2023, 12, 28), weekEnd: d(2024, 1, 3), consultations: 1, acceptances: 2, certificates: 3, transfers: 4 }];
    const doc = documentOf(data);
    expect(doc.head.issueLine).toBe('2024年第1期（总第458期）');
    expect(doc.head.dateRange).toBe('（2023年12月28日—2024年1月3日）');
  });
});
