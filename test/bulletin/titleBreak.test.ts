/** The attachment title breaks between words, never inside a bracketed group; a clerk's typed break wins. */
import { composeBulletin } from '../../src/core/bulletin/compose';
import { exampleInputData, exampleScoreSheet } from '../../src/core/bulletin/exampleInputs';
import { scoreSheetContent } from '../../src/core/bulletin/inputWorkbook';
import { breakTitle, lineCapacity } from '../../src/core/bulletin/titleBreak';
import { contentGrid, inputWorkbook } from './support';

const scores = () => contentGrid(scoreSheetContent(exampleScoreSheet()));

const TITLE_CAPACITY = lineCapacity(22);

describe('breakTitle', () => {
  test('a 2号 line of the 156 mm text block holds 20 characters', () => {
    expect(TITLE_CAPACITY).toBe(20);
  });

  test('a bracketed group that would straddle the line end goes whole to the next line', () => {
    // With the digits and the space around them, 「（单位）」 would end past the 20th character: it moves down
    // whole rather than break after 「（单」 (where LibreOffice broke it before).
    expect(breakTitle('2023年8月省政务服务大厅进驻部门（单位）窗口考核结果', TITLE_CAPACITY)).toEqual(['2023年8月省政务服务大厅进驻部门', '（单位）窗口考核结果']);
    expect(breakTitle('省级政务服务大厅进驻部门（单位）窗口考核结果', 14)).toEqual(['省级政务服务大厅进驻部门', '（单位）窗口考核结果']);
    for (const title of ['2023年8月四川省政府政务服务和公共资源交易服务中心进驻部门（单位）窗口考核结果', '《关于进一步优化联合验收的指导意见》（征求意见稿）修改情况说明']) {
      for (const line of breakTitle(title, TITLE_CAPACITY)) {
        expect((line.match(/[（《]/g) ?? []).length).toBe((line.match(/[）》]/g) ?? []).length);
      }
    }
  });

  test('a number keeps its unit: no line ends with 2023 and starts with 年', () => {
    const lines = breakTitle('一二三四五六七八九十一二三四五六七2023年窗口考核', TITLE_CAPACITY);
    expect(lines.every((l) => !/\d$/.test(l))).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe('一二三四五六七八九十一二三四五六七2023年窗口考核');
  });

  test('a short title is one line; a typed break is kept as the clerk put it', () => {
    expect(breakTitle('考核结果', TITLE_CAPACITY)).toEqual(['考核结果']);
    expect(breakTitle('2023年8月省政务服务大厅\n进驻部门（单位）窗口考核结果', TITLE_CAPACITY)).toEqual(['2023年8月省政务服务大厅', '进驻部门（单位）窗口考核结果']);
  });
});

describe('the 「标题：附件」 template', () => {
  test('a line break typed in the template sets the break on the attachment page; the note in the body stays on one line', () => {
    const data = exampleInputData();
    data.templates = { '标题：附件': '{考核月份}{大厅名称}\n进驻部门（单位）窗口考核结果' };
    const { document, problems } = composeBulletin(inputWorkbook(data, [scores()]));
    expect(problems).toEqual([]);
    expect(document!.attachment!.titleLines).toEqual(['2023年8月省政务服务大厅', '进驻部门（单位）窗口考核结果']);
    expect(document!.attachment!.bodyNote).toBe('附件：2023年8月省政务服务大厅进驻部门（单位）窗口考核结果');
    expect(document!.attachment!.table.title).toBe('2023年8月省政务服务大厅进驻部门（单位）窗口考核结果');
  });
});
