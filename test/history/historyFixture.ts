/**
 * Browser entry for the history e2e: the memory host over the reference workbook (August, 29 windows) with a
 * 「考核历史」 that holds July, so the pane shows rank changes, the 流动红旗 and the last place. July's scores are
 * August's moved by a fixed pattern (a window that was last in July is last again in August: a two-month run).
 * The second window was recorded in July under an old name that 「窗口名单」 lists as its 简称: joined, it has a
 * change like the others, not 新进驻.
 */
import { rankWorkbook } from '../../src/core/engine';
import { historyValues } from '../../src/core/history/historyPlan';
import { normaliseHistory } from '../../src/core/history/model';
import { ranksOf } from '../../src/core/history/monthRanks';
import { monthFromRanking } from '../../src/core/history/recordMonth';
import { createMemoryHost } from '../../src/taskpane/memoryHost';
import { withMemoryHistory } from '../../src/taskpane/memoryHistory';
import { referenceWorkbook } from '../taskpane/referenceWorkbook';

const workbook = referenceWorkbook();
const outcome = rankWorkbook(workbook, '考核');
const august = monthFromRanking({ year: 2023, month: 8 }, outcome.table!, outcome.ranking!);
const last = august.rows[august.rows.length - 1].window;
const julyRows = august.rows.map((r, i) => {
  const score = r.window === last ? 900000 : r.score + (((i * 7) % 5) - 2) * 10000;
  return { ...r, period: { year: 2023, month: 7 }, score, bonus: Math.max(0, score - r.base), deduction: Math.max(0, r.base - score) };
});
const ranks = ranksOf(julyRows.map((r) => r.score), 'competition');
const renamed = august.rows[1].window;
const oldName = `原${renamed}`;
const july = normaliseHistory([
  { period: { year: 2023, month: 7 }, rows: julyRows.map((r, i) => ({ ...r, rank: ranks[i], window: r.window === renamed ? oldName : r.window })) },
]);
workbook.sheets.push({ name: '考核历史', originRow: 0, originCol: 0, values: historyValues(july), merges: [], tables: [] });
workbook.sheets.push({ name: '窗口名单', originRow: 0, originCol: 0, values: [['部门窗口', '简称'], [renamed, oldName]], merges: [], tables: [] });

const now = () => new Date(2023, 8, 15);
window.__WB_TEST_HOST__ = withMemoryHistory(createMemoryHost(workbook, { now, activeSheet: '考核' }), now);
