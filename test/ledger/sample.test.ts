/**
 * The bundled sample's ledger: its August tally is the reference month's published table, and the score sheet
 * the tally writes ranks exactly like the clerk's hand-made 「考核」 sheet with the same totals.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rankSheet } from '../../src/core/engine';
import { tallyWorkbook } from '../../src/core/ledger/month';
import { planScoreSheet } from '../../src/core/ledger/scorePlan';
import { planDetailSheet } from '../../src/core/ledger/detailPlan';
import type { SheetGrid } from '../../src/core/cell';
import { streamWorkbookFile } from '../../src/xlsx/streamWorkbook';
import { GOLDEN_ATTACHMENT_ROWS } from '../bulletin/golden';
import { runCli } from '../cli/runCli';

const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'weekly-bulletin-2023-38.xlsx');

function planGrid(plan: { sheetName: string; values: (string | number | null)[][] }): SheetGrid {
  return { name: plan.sheetName, originRow: 0, originCol: 0, values: plan.values, merges: [], tables: [] };
}

describe('the sample ledger, August 2023', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tally-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the reference table: 113.5, −2/−8/−12/−13, the seven tie groups', async () => {
    const r = await runCli(['tally', SAMPLE, '--month', '2023-08']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout
      .split('\n')
      .slice(4, 33)
      .map((l) => l.trim().split(/\s{2,}/u));
    const expected = GOLDEN_ATTACHMENT_ROWS.map((g) => (g[0] === '' ? g.slice(1) : g));
    expect(rows).toEqual(expected);
    expect(r.stdout).toContain('台账记录 68 条，计分 65 条，申诉成立或撤销 3 条未计');
  });

  it('gives the JSON contract: figures, caps, counted lines', async () => {
    const r = await runCli(['tally', SAMPLE, '--month', '2023-08', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.month).toBe('2023-08');
    expect(doc.settings).toEqual({ base: 100, bonusCap: 20, maxScore: 120, minScore: 0, veto: 'mark' });
    expect(doc.windows).toHaveLength(29);
    const by = (name: string) => doc.windows.find((w: { window: string }) => w.window === name);
    expect(by('四川测绘局')).toMatchObject({ rank: 29, base: 100, deduction: 13, bonus: 0, score: 87, capped: { category: ['到岗纪律'], bonus: false }, veto: false });
    expect(by('四川测绘局').lines).toHaveLength(3);
    expect(by('成都海关')).toMatchObject({ deduction: 2, bonus: 0.5, score: 98.5 });
    expect(by('成都海关').notCounted).toHaveLength(1);
    expect(by('自然资源厅').capped.category).toEqual(['信息宣传']);
    expect(doc.persons.length).toBeGreaterThan(0);
    expect(doc.warnings).toEqual([]);
  });

  it('writes both sheets; ranking the score sheet equals ranking the hand-made 「考核」', async () => {
    const out = path.join(dir, 'tally.xlsx');
    const before = readFileSync(SAMPLE);
    const r = await runCli(['tally', SAMPLE, '--month', '2023-08', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(SAMPLE).equals(before)).toBe(true);
    const fromTally = await runCli(['rank', out, '--sheet', '2023年8月考核', '--json']);
    const handMade = await runCli(['rank', SAMPLE, '--sheet', '考核', '--json']);
    expect(fromTally.code).toBe(0);
    const a = JSON.parse(fromTally.stdout);
    const b = JSON.parse(handMade.stdout);
    expect(a.rows).toEqual(b.rows);
    expect(a.warnings).toEqual([]);
    const read = await streamWorkbookFile(out);
    expect(read.ok && read.workbook.sheets.map((s) => s.name).slice(-2)).toEqual(['2023年8月考核', '2023年8月考核明细']);
  });

  it('plans a score sheet the engine ranks like a hand-made sheet with the same totals', async () => {
    const read = await streamWorkbookFile(SAMPLE);
    if (!read.ok) throw new Error('sample unreadable');
    const tally = tallyWorkbook(read.workbook, { year: 2023, month: 8 }).tally!;
    const plan = planScoreSheet(tally);
    const handMade: SheetGrid = {
      name: '手工',
      originRow: 0,
      originCol: 0,
      values: [['部门窗口', '基础分值', '减分分值', '加分分值'], ...tally.windows.map((w) => [w.window, w.base / 1e4, w.deduction / 1e4, w.bonus / 1e4])],
      merges: [],
      tables: [],
    };
    const ours = rankSheet(planGrid(plan));
    const theirs = rankSheet(handMade);
    expect(ours.problems).toEqual([]);
    expect(Array.from(ours.ranking!.order)).toEqual(Array.from(theirs.ranking!.order));
    expect(Array.from(ours.ranking!.rank)).toEqual(Array.from(theirs.ranking!.rank));
    expect(Array.from(ours.table!.score)).toEqual(Array.from(theirs.table!.score));
  });

  it('lays out the detail with a page per window and the people on a page of their own', async () => {
    const read = await streamWorkbookFile(SAMPLE);
    if (!read.ok) throw new Error('sample unreadable');
    const tally = tallyWorkbook(read.workbook, { year: 2023, month: 8 }).tally!;
    const plan = planDetailSheet(tally);
    expect(plan.print.pageBreaksBefore).toHaveLength(29); // 28 between the windows, one before the people
    const text = plan.values.map((r) => r.filter((v) => v !== null).join(' '));
    expect(text).toContain('到岗纪律 扣11分，按上限计10分');
    expect(text).toContain('合计：100 − 13 + 0 = 87');
    expect(text.some((t) => t.includes('申诉成立'))).toBe(true);
    expect(plan.values.every((r) => r.length === 8)).toBe(true);
  });
});
