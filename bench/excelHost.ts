/**
 * The Office.js host's generate on 100,000 windows, against the recording fake of the Excel object model (no real
 * Excel here): round trips against the budget of 3, the largest request against Excel on the web's 5 MB limit
 * (as the fake measures it: JSON of each queued action plus a 200-byte envelope), and the time. Once as on the
 * desktop (no response limit) and once as on the web, where the 8 MB read must be split.
 */
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { rankSheet } from '../src/core/engine';
import { generate, generateWithSavedSettings } from '../src/excel/generate';
import { REQUEST_LIMIT_BYTES } from '../src/excel/payload';
import type { FakeExcelOptions, SyncRecord } from '../test/support/fakeExcel/context';
import { FakeWorkbookState } from '../test/support/fakeExcel/state';
import { addSheetWithRows, excelContext, installOfficeRequirements, removeOffice, scoreRows } from '../test/support/fakeExcel/workbookFixtures';
import { medianMs, ratioRow, round } from './timing';
import type { BenchRow } from './types';

const WINDOWS = 100_000;
const SYNC_BUDGET = 3;
const TODAY = new Date(2023, 8, 20);

async function once(rows: ReturnType<typeof scoreRows>, options: FakeExcelOptions): Promise<SyncRecord[]> {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', rows);
  const { ctx, context } = excelContext(state, options);
  const result = await generate(context, DEFAULT_SETTINGS, undefined, { today: TODAY });
  if (!result.ok) throw new Error(`generate failed: ${result.problems.map((p) => p.message).join('; ')}`);
  return ctx.core.records;
}

function limitRow(name: string, bytes: number, note: string): BenchRow {
  return {
    name,
    value: bytes,
    unit: 'bytes',
    baseline: { name: '5 MB limit', value: REQUEST_LIMIT_BYTES },
    ratio: round(bytes / REQUEST_LIMIT_BYTES),
    target: 1,
    note,
  };
}

export async function run(): Promise<BenchRow[]> {
  installOfficeRequirements();
  try {
    const rows = scoreRows(WINDOWS);
    const out: BenchRow[] = [];
    for (const [where, options] of [
      ['desktop', { responseLimitBytes: Infinity }],
      ['web', {}],
    ] as const) {
      const records = await once(rows, options);
      const refused = records.filter((r) => r.error !== null);
      const largestRequest = Math.max(...records.map((r) => r.requestBytes));
      const largestResponse = Math.max(0, ...records.filter((r) => r.error === null).map((r) => r.responseBytes));
      const syncs = records.length;
      out.push({
        name: `excel host generate ${WINDOWS.toLocaleString('en')} windows (${where}) syncs`,
        value: syncs,
        unit: 'syncs',
        baseline: { name: 'budget', value: SYNC_BUDGET },
        ratio: round(syncs / SYNC_BUDGET),
        // On the web the budget yields to the 5 MB limit (the issue's exception): reported, not held to ≤ 1×.
        ...(where === 'desktop' ? { target: 1 } : {}),
        note:
          `fake Excel (${where}); requests per sync: ${records.map((r) => r.requestBytes).join(', ')} bytes` +
          (refused.length ? `; refused: ${refused.map((r) => `sync ${r.sync} ${r.error}`).join(', ')} (then read in measured slices)` : ''),
      });
      out.push(limitRow(`excel host largest request (${where})`, largestRequest, 'JSON of the queued actions + 200 bytes per action, as the fake measures'));
      if (where === 'web') out.push(limitRow('excel host largest delivered response (web)', largestResponse, 'values and valueTypes of the read slices'));
    }
    const timing = await medianMs(() => once(rows, { responseLimitBytes: Infinity }), { warmup: 1, runs: 3 });
    const sourceGrid = { name: '考核', originRow: 0, originCol: 0, values: rows, merges: [], tables: [] };
    const engine = await medianMs(() => rankSheet(sourceGrid), { warmup: 1, runs: 3 });
    out.push(
      ratioRow(
        `excel host generate ${WINDOWS.toLocaleString('en')} windows (desktop) time`,
        timing.median,
        'engine rankSheet',
        engine.median,
        undefined,
        'in-process on the fake (read, rank, plan, write, the fake applying every action), median of 3 after 1 warm-up',
      ),
    );
    out.push(await ribbonOnRankingRow());
    return out;
  } finally {
    removeOffice();
  }
}

/**
 * 生成排名 pressed again on the ranking it just made (no saved source): the active sheet is read, found to be the
 * add-in's, and the sheet it was made from is read instead — one sync more than a plain generate, within the budget
 * for an ordinary table (1,000 windows; 100,000 would take 4: its write alone needs 2).
 */
async function ribbonOnRankingRow(): Promise<BenchRow> {
  const state = new FakeWorkbookState();
  addSheetWithRows(state, '考核', scoreRows(1000));
  const first = await generateWithSavedSettings(excelContext(state, { responseLimitBytes: Infinity }).context, undefined, { today: TODAY });
  if (!first.ok) throw new Error('ribbon generate failed');
  const { ctx, context } = excelContext(state, { responseLimitBytes: Infinity });
  const again = await generateWithSavedSettings(context, undefined, { today: TODAY });
  if (!again.ok || again.sheetName !== '8月考核结果 (2)') throw new Error(`ribbon on its ranking: ${again.problems.map((p) => p.message).join('; ')}`);
  const syncs = ctx.core.records.length;
  return {
    name: 'excel host ribbon on its own ranking, 1,000 windows (desktop) syncs',
    value: syncs,
    unit: 'syncs',
    baseline: { name: 'budget', value: SYNC_BUDGET },
    ratio: round(syncs / SYNC_BUDGET),
    target: 1,
    note: 'fake Excel: read the active ranking, read the sheet it was made from, write',
  };
}
