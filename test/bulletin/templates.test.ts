import { fillTemplate, parseTemplate, readTemplates } from '../../src/core/bulletin/templates';
import { TEMPLATE_SPECS } from '../../src/core/bulletin/templateSpecs';
import { grid } from './support';

const sheet = (rows: (string | null)[][]) => grid('通报模板', [['名称', '模板', '可用字段'], ...rows]);

describe('templates with named fields', () => {
  test('parse and fill; doubled braces are literal braces; full-width braces work', () => {
    const t = parseTemplate('咨询{本周咨询}人次｛累计咨询｝{{注}}');
    expect(t.error).toBeNull();
    expect(fillTemplate({ parts: t.parts }, { 本周咨询: '2039', 累计咨询: '56148' })).toBe('咨询2039人次56148{注}');
  });

  test('unbalanced braces are reported', () => {
    expect(parseTemplate('咨询{本周咨询人次').error).toContain('没有配对的“}”');
    expect(parseTemplate('咨询}本周').error).toContain('没有配对的“{”');
  });

  test('an unknown field is an error naming the cell and listing the fields that exist', () => {
    const { problems, templates } = readTemplates(sheet([['办件统计', '本周咨询{本周咨讯}人次，{累计咨询}', null]]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'INPUT', severity: 'error', sheet: '通报模板', cells: ['B2'] });
    expect(problems[0].message).toMatch(/^「通报模板」!B2 的模板“办件统计”用了不认识的字段\{本周咨讯\}；可用的字段有：大厅名称、.*本周咨询/);
    // the default stays in place for the rest of the run
    expect(templates['办件统计'].cell).toBeUndefined();
  });

  test('a field of another template is unknown here', () => {
    const { problems } = readTemplates(sheet([['厅局长进大厅（一人）', '{来访名单}，完成{完成占比}', null]]));
    expect(problems[0].message).toContain('{完成占比}');
  });

  test('names are matched with full-width and half-width punctuation alike; unknown names warn; duplicates are errors', () => {
    const { problems, templates } = readTemplates(
      sheet([
        ['标题:大厅工作动态', '大厅动态', null],
        ['手册编制(本周无)', '', null],
        ['没有这个模板', 'x', null],
        ['标题：大厅工作动态', '又一个', null],
        ['办件统计', '', null],
      ]),
    );
    expect(templates['标题：大厅工作动态'].cell).toBe('B2');
    expect(templates['手册编制（本周无）'].parts).toEqual([]);
    expect(problems.map((p) => `${p.severity} ${p.cells?.join(',')}`)).toEqual(['warning A4', 'error A2,A5', 'error B6']);
  });

  test('every default template uses only its own fields', () => {
    const { problems } = readTemplates(sheet(TEMPLATE_SPECS.map((s) => [s.name, s.text, null])));
    expect(problems).toEqual([]);
  });
});
