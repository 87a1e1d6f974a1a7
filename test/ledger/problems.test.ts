/** Every kind of bad input, all reported at once, each naming its cell; nothing tallied when there are errors. */
import { tally, ledgerWorkbook, AUGUST, grid } from './support';
import { tallyWorkbook } from '../../src/core/ledger/month';

describe('problems of the ledger, the rules and the roster', () => {
  const o = tally([
    ['2023-08-01', '甲厅', 'Z99'], // row 2: unknown rule
    ['2023-08-02', '甲厅', 'D05'], // row 3: range item without points
    ['2023-08-03', '甲厅', 'D05', 1, -6], // row 4: outside −3~−5
    ['2023-08-04', '甲厅', 'B02', 1, -2], // row 5: a bonus item with −2
    ['2023-8-32', '甲厅', 'D01'], // row 6: not a date
    ['2023-08-05', '市场监管局', 'D01'], // row 7: unknown window
    ['2023-08-06', '甲厅', 'D01', 1, null, '', '', '待定'], // row 8: unknown status
    ['2023-08-07', '甲厅', 'D01', 1, -3], // row 9: fixed item, other points
  ]);
  const errors = o.problems.filter((p) => p.severity === 'error');

  it('stops the tally', () => {
    expect(o.tally).toBeNull();
  });

  it('lists every problem with its cell', () => {
    const byCell = Object.fromEntries(errors.map((p) => [p.cells![0], p.message]));
    expect(byCell.C2).toContain('「考核台账」!C2 的细则编号“Z99”在「考核细则」中找不到');
    expect(byCell.E3).toContain('「考核台账」!E3 没有分值');
    expect(byCell.E4).toContain('-6 不在细则 D05');
    expect(byCell.E5).toContain('正负相反');
    expect(byCell.A6).toContain('「考核台账」!A6 的日期“2023-8-32”');
    expect(byCell.B7).toContain('是不是“省市场监管局”？');
    expect(byCell.H8).toContain('状态“待定”无法识别');
    expect(byCell.E9).toContain('与细则 D01');
    expect(errors).toHaveLength(8);
  });

  it('warns about the same event twice, naming both rows, and still tallies', () => {
    const dup = tally([
      ['2023-08-01', '甲厅', 'D01', 1, null, '张三', '考勤记录'],
      ['2023-08-02', '乙局', 'D01', 1, null, '', '考勤记录'],
      ['2023-08-01', '甲', 'D01', 1, null, '张三', '考勤记录'],
      ['2023-08-01', '甲厅', 'D01', 1, null, '李四', '考勤记录'],
    ]);
    const warnings = dup.problems.filter((p) => p.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].cells).toEqual(['A2', 'A4']);
    expect(warnings[0].message).toContain('第 2 行和第 4 行');
    expect(dup.tally).not.toBeNull();
  });

  it('checks the rules: points, caps, veto words, repeated codes', () => {
    const bad = tally([], {
      rules: [
        ['D01', '到岗纪律', '迟到', '-2', '次', 10, '否'],
        ['D01', '到岗纪律', '早退', '-2', '次', 20, '否'], // repeated code, a second cap for the category
        ['D03', '办件', '超时', '-3~+5', '件', null, '否'], // a range across zero
        ['D04', '办件', '漏告', '十', '件', null, '可能'], // not a number, not 是/否
      ],
    });
    const messages = bad.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('「考核细则」!F3 的类别上限 20 与 「考核细则」!F2'),
        expect.stringContaining('「考核细则」!A3 的编号“D01”与第 2 行重复'),
        expect.stringContaining('「考核细则」!D4 的分值“-3~+5”'),
        expect.stringContaining('「考核细则」!D5 的分值“十”不是数字'),
        expect.stringContaining('「考核细则」!G5 的一票否决“可能”'),
      ]),
    );
  });

  it('checks the settings and the roster', () => {
    const bad = tally([['2023-08-01', '乙局', 'D01']], {
      settings: [['最高分', 90], ['一票否决处理', '罚站']],
      roster: [
        ['甲厅', '甲', null, null],
        ['乙局', '甲', '2023-09-01', null],
      ],
    });
    const messages = bad.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('最高分 90 低于基础分值 100'),
        expect.stringContaining('一票否决处理“罚站”无法识别'),
        expect.stringContaining('「窗口名单」!B3 的“甲”与 「窗口名单」!B2 重名'),
      ]),
    );
  });

  it('says which sheet is missing', () => {
    const wb = ledgerWorkbook([]);
    const o2 = tallyWorkbook({ sheets: wb.sheets.filter((s) => s.name !== '窗口名单').concat(grid('其他', [])) }, AUGUST);
    expect(o2.problems.map((p) => p.message).join('\n')).toContain('没有「窗口名单」工作表');
  });

  it('refuses a line for a window that had left by then', () => {
    const gone = tally([['2023-08-10', '乙局', 'D01']], { roster: [['甲厅', '', null, null], ['乙局', '', '2020-01-01', '2023-08-05']] });
    expect(gone.problems[0].message).toContain('已于 2023-08-05 撤出');
    expect(gone.problems[0].cells).toEqual(['B2']);
  });
});
