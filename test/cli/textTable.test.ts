/** The terminal table at the scale the CLI is measured at (bench bigWorkbook): 600,000 windows render, aligned. */
import type { BulletinTable } from '../../src/core/model';
import { displayWidth } from '../../src/cli/displayWidth';
import { renderBulletinText, writeBulletinText } from '../../src/cli/textTable';

describe('renderBulletinText', () => {
  it('renders 600,000 windows (no spread of the rows into one call) with every line aligned', () => {
    const rows = Array.from({ length: 600_000 }, (_, i) => ({
      rankLabel: String(i + 1),
      window: i === 599_999 ? '最后一个窗口的名称很长' : `窗口${i + 1}`,
      text: { base: '100', deduction: '0', bonus: '1.5', score: '101.5' },
    }));
    const table = { title: '考核', columns: ['名次', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'], rows } as unknown as BulletinTable;
    const lines = renderBulletinText(table).split('\n');
    expect(lines).toHaveLength(600_000 + 5);
    // The last column is right-aligned, so every line ends where the rule under the header ends; the longest
    // name (in the last row) widens the name column of the first row too.
    const width = lines[3].length;
    expect(lines[3]).toMatch(/^-+$/u);
    for (const i of [2, 4, 5, 300_000, 600_003]) expect(displayWidth(lines[i])).toBe(width);
    expect(lines[600_003]).toMatch(/^600000 {2}最后一个窗口的名称很长 +100 +0 +1\.5 +101\.5$/u);
  }, 30_000);
});

describe('writeBulletinText', () => {
  it('writes the text renderBulletinText returns, a batch of lines at a time', () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({
      rankLabel: i % 3 === 0 ? '' : String(i + 1),
      window: `窗口${i + 1}`,
      text: { base: '100', deduction: '0.5', bonus: '', score: '99.5' },
    }));
    const table = { title: '2023年8月考核', columns: ['名次', '部门窗口', '基础分值', '减分分值', '加分分值', '实得分值'], rows } as unknown as BulletinTable;
    const pieces: string[] = [];
    writeBulletinText(table, (t) => pieces.push(t));
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    const text = pieces.join('');
    expect(text).toBe(renderBulletinText(table));
    expect(text.startsWith('2023年8月考核\n\n名次  部门窗口')).toBe(true);
    expect(text.endsWith('\n2499  窗口2499       100       0.5                99.5\n      窗口2500       100       0.5                99.5\n')).toBe(true);
  });
});
