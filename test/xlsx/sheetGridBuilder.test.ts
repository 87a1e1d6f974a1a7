/** The grid both readers build: rows out of order, merges, the used range, uncached formulas. */
import { SheetGridBuilder } from '../../src/xlsx/sheetGridBuilder';

describe('SheetGridBuilder', () => {
  it('gives the same grid for 200,000 rows met in reverse order as in sheet order, quickly', () => {
    const rows = 200_000;
    const inOrder = new SheetGridBuilder();
    const reversed = new SheetGridBuilder();
    for (let r = 0; r < rows; r++) {
      inOrder.add(r + 2, 1, `窗口${r}`);
      inOrder.add(r + 2, 3, r);
    }
    const started = Date.now();
    for (let r = rows - 1; r >= 0; r--) {
      reversed.add(r + 2, 3, r);
      reversed.add(r + 2, 1, `窗口${r}`);
    }
    const a = inOrder.finish('考核', [], []);
    const b = reversed.finish('考核', [], []);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(b).toEqual(a);
    expect(a.grid.originRow).toBe(2);
    expect(a.grid.originCol).toBe(1);
    expect(a.grid.values[0]).toEqual(['窗口0', null, 0]);
  });

  it('blanks a merged area but its top-left cell before measuring the used range, and drops its uncached formulas', () => {
    const builder = new SheetGridBuilder();
    builder.add(0, 0, '标题');
    builder.add(0, 3, '合并区域里的旧值');
    builder.addUncached(0, 2);
    builder.add(1, 0, '部门窗口');
    builder.addUncached(1, 1);
    const { grid, uncached } = builder.finish('考核', [{ row: 0, col: 0, rows: 1, cols: 4 }], []);
    expect(grid.values).toEqual([['标题'], ['部门窗口']]);
    expect(uncached).toEqual(['B2']);
  });
});
