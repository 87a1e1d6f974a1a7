/**
 * Fuzz (issue 5): random grids of mixed cell values, header words among them, thrown at findTable, rankSheet and
 * rankWorkbook. The engine must always answer with a ranking or with problems (an error among them when there
 * is no ranking), never throw, and answer quickly.
 */
import fc from 'fast-check';
import { planAttachmentSheet } from '../../src/core/attachmentPlan';
import { buildBulletinTable } from '../../src/core/bulletinTable';
import { cellError, type CellValue, type SheetGrid } from '../../src/core/cell';
import { rankSheet, rankWorkbook } from '../../src/core/engine';
import { findTable } from '../../src/core/findTable';
import { toRankJson } from '../../src/core/json';
import type { RankOutcome } from '../../src/core/model';
import { inferPeriod } from '../../src/core/period';

const WORDS = ['部门窗口', '部门\n窗口', '部门（单位）', '单位', '窗口', '基础分值', '基础分\n分值', '减分分值', '扣分', '加分', '加分分值', '实得分值', '得分', '排名', '序号'];
const ODD_TEXT = ['合计', '平均', '备注：说明', '注：', '总 计', '十', '#DIV/0!', '1e999999999', '-1e-999999999', '１２．５', '−3', '﹣0.5', ' ', '', '=SUM(A1)', '+86', '@x', '2023年8月', '二〇二三年十二月', 'NaN', 'Infinity', '0x10', '1,000', '.', '-', '\u200b', '\ufeff水利厅', '水利厅', '公安厅', '𠮷野家'];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS, ...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 3, arbitrary: fc.integer({ min: -200, max: 200 }).map((n) => n / 2) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 1e15, 99.80000000000001) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#VALUE!', '#REF!', '#DIV/0!').map(cellError) },
);

/** Rows of random length (a missing cell is null, and so is a hole), sometimes with a real header planted in. */
const sheet: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.constantFrom('考核', 'Sheet1', '2023年8月', "it's"),
    originRow: fc.nat(5),
    originCol: fc.nat(3),
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 40 }),
    header: fc.option(fc.tuple(fc.nat(39), fc.shuffledSubarray(WORDS, { minLength: 1, maxLength: 7 })), { nil: undefined }),
    tables: fc.array(fc.record({ name: fc.constant<string>('表1'), range: fc.record({ row: fc.integer({ min: -2, max: 45 }), col: fc.integer({ min: -2, max: 10 }), rows: fc.integer({ min: 0, max: 2_000_000 }), cols: fc.nat(12) }) }), { maxLength: 2 }),
    holes: fc.boolean(),
    /** An Excel table over the planted header, as long as the host says, which may be far past the rows read. */
    tableRows: fc.option(fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 1_000_000_000 })), { nil: undefined }),
  })
  .map(({ name, originRow, originCol, rows, header, tables, holes, tableRows }) => {
    const values = rows.map((r) => [...r]);
    if (header && values.length > 0) {
      const at = header[0] % values.length;
      values[at] = [...header[1]];
      if (tableRows !== undefined) tables = [...tables, { name: '表2', range: { row: originRow + at, col: originCol, rows: tableRows, cols: header[1].length } }];
    }
    if (holes) for (const r of values) if (r.length > 2) delete r[1];
    return { name, originRow, originCol, values, merges: [], tables };
  });

// Generous for a 40-row grid on a busy machine; the failures this guards against took seconds.
const TIME_LIMIT_MS = 500;

function checkOutcome(outcome: RankOutcome): void {
  for (const p of outcome.problems) {
    expect(typeof p.code).toBe('string');
    expect(p.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(p.severity);
  }
  if (outcome.ranking === null) {
    expect(outcome.problems.some((p) => p.severity === 'error')).toBe(true);
    return;
  }
  const { table, ranking } = outcome;
  expect(table).not.toBeNull();
  expect(ranking.order.length).toBe(table!.count);
  expect(new Set(ranking.order).size).toBe(table!.count);
  for (let i = 0; i < table!.count; i++) expect(Number.isFinite(table!.score[i])).toBe(true);
  const bulletin = buildBulletinTable(table!, ranking, { period: { year: 2023, month: 8 }, hallName: '大厅' }, 'blank');
  planAttachmentSheet(bulletin, '8月考核结果');
  JSON.stringify(toRankJson(outcome));
}

describe('fuzz: random grids', () => {
  it('rankSheet answers every grid with a ranking or problems, never throws, and is quick', () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom('competition' as const, 'dense' as const), (g, rankStyle) => {
        const t0 = performance.now();
        findTable(g);
        inferPeriod(g);
        const outcome = rankSheet(g, { rankStyle });
        expect(performance.now() - t0).toBeLessThan(TIME_LIMIT_MS);
        checkOutcome(outcome);
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('rankWorkbook answers any workbook, with or without a sheet name', () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 3 }), fc.option(fc.constantFrom('考核', 'Sheet1', 'SHEET1', '无'), { nil: undefined }), (sheets, name) => {
        checkOutcome(rankWorkbook({ sheets }, name));
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
