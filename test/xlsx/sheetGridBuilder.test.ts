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
    expect(Date.now() - started).toBeLessThan(10_000); // a scan per cell (the old way) takes minutes
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

  it('handles a merge and an uncached formula on each of 50,000 rows without comparing every pair', () => {
    const builder = new SheetGridBuilder();
    const merges = [];
    for (let r = 0; r < 50_000; r++) {
      builder.add(r, 0, `窗口${r}`);
      builder.add(r, 1, '合并的名称');
      builder.addUncached(r, 2); // inside the merge B:C of its row: blank, not warned about
      builder.addUncached(r, 3);
      merges.push({ row: r, col: 1, rows: 1, cols: 2 });
    }
    const started = Date.now();
    const { grid, uncached } = builder.finish('考核', merges, []);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(uncached).toHaveLength(50_000);
    expect(uncached.slice(0, 2)).toEqual(['D1', 'D2']);
    expect(grid.values[0]).toEqual(['窗口0', '合并的名称']);
  });
});
