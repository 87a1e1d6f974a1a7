/**
 * The engine's entry points: a sheet (or a workbook) in, a ranking and every problem out. Pure: no Office, DOM
 * or Node, so the task pane, the ribbon command, the CLI and the tests all run the same code.
 */
import { cappedList } from './cappedList';
import type { SheetGrid, Workbook } from './cell';
import { findTable, type FoundTable, type HeaderNearMiss } from './findTable';
import { HEADER_WORDS_SHOWN, ROLE_NAMES } from './headerWords';
import { DEFAULT_RANK_OPTIONS, type RankOptions, type RankOutcome } from './model';
import { hasErrors, problem, type Problem } from './problems';
import { readScoresSteps } from './readScores';
import { FRESH_TASK, ROWS_PER_STEP, runSteps, type Steps } from './steps';
import { cellAddress, rangeAddress } from './address';
import { isDerivedSheet } from './history/derivedSheets';
import { applyVetoRemarks, rankWithVetoes } from './vetoRemarks';

const words = (list: readonly string[]) => list.map((w) => `“${w}”`).join('、');

/** What was looked for, said once for every "no header" message. */
export const HEADER_WORDS_SENTENCE =
  `考核表的表头行要有窗口名称列（${words(HEADER_WORDS_SHOWN.window)}等）和减分或加分列` +
  `（${words(HEADER_WORDS_SHOWN.deduction)}；${words(HEADER_WORDS_SHOWN.bonus)}等），` +
  `基础分值列（${words(HEADER_WORDS_SHOWN.base)}）可有可无。`;

function noHeader(grid: SheetGrid, nearMiss: HeaderNearMiss | null): Problem {
  const hint = nearMiss
    ? `最接近的是 「${grid.name}」!${nearMiss.cell} 所在的行，只找到了${nearMiss.found.map((r) => `“${ROLE_NAMES[r]}”`).join('、')}。`
    : '';
  return problem('NO_HEADER', 'error', `「${grid.name}」中找不到考核表的表头。${HEADER_WORDS_SENTENCE}${hint}`, grid.name);
}

function* rankFound(grid: SheetGrid, found: FoundTable, options: RankOptions, rowsPerStep: number): Steps<RankOutcome> {
  const read = yield* readScoresSteps(grid, found, options, rowsPerStep);
  const sink = read.problems;
  // 一票否决 in 备注: placed last or left out as the note says (vetoRemarks.ts), so the tally's sheet ranks as the tally.
  const { table, last } = applyVetoRemarks(grid, found, read.table, sink);
  if (found.nextTableRow !== undefined) {
    const cell = cellAddress(found.nextTableRow, found.header.columns.window as number);
    sink.add(
      'SKIPPED_ROW',
      'warning',
      `「${grid.name}」!${cell} 起是另一张表（有自己的表头），未参与排名；只排了上面第 ${found.header.headerRow + 1} 行表头下的窗口。` +
        '如要排下面那张表，请把它放到单独的工作表。',
      grid.name,
      [cell],
    );
  }
  if (table.count === 0 && !hasErrors(sink.problems)) {
    const cols = Object.values(found.header.columns) as number[];
    const first = Math.min(...cols);
    const address = rangeAddress(found.header.headerRow, first, 1, Math.max(...cols) - first + 1);
    sink.add('NO_DATA', 'error', `「${grid.name}」!${address} 的表头下面没有窗口数据行。`, grid.name, [address]);
  }
  const problems = sink.finish();
  if (hasErrors(problems)) return { table, ranking: null, problems };
  yield FRESH_TASK; // the sort is one step that cannot be cut
  return { table, ranking: rankWithVetoes(table.score, last, options.rankStyle), problems };
}

export function rankSheet(grid: SheetGrid, options: Partial<RankOptions> = {}): RankOutcome {
  return runSteps(rankSheetSteps(grid, options, Infinity));
}

/**
 * rankSheet as steps, yielding after every `rowsPerStep` rows read and before the sort: a host with a UI thread
 * runs it in slices (10^5 rows ranked in one go took 80–130 ms on a cold page, over the 50 ms of a long task).
 */
export function* rankSheetSteps(grid: SheetGrid, options: Partial<RankOptions> = {}, rowsPerStep = ROWS_PER_STEP): Steps<RankOutcome> {
  const full: RankOptions = { ...DEFAULT_RANK_OPTIONS, ...options };
  const { found, nearMiss } = findTable(grid);
  if (!found) return { table: null, ranking: null, problems: [noHeader(grid, nearMiss)] };
  yield;
  return yield* rankFound(grid, found, full, rowsPerStep);
}

function sheetList(wb: Workbook): string {
  return cappedList(wb.sheets.map((s) => `「${s.name}」`), '工作表') || '（没有工作表）';
}

/** Reading the first of several months silently could publish last month's ranking: say which was read. */
function severalSheets(names: string[]): Problem {
  return problem(
    'SEVERAL_SCORE_SHEETS',
    'warning',
    `${cappedList(names.map((n) => `「${n}」`), '工作表')}都有考核表，读取的是第一个「${names[0]}」。如要排别的工作表，请指定工作表（命令行用 --sheet）。`,
    names[0],
  );
}

/**
 * Ranks the named sheet, or without a name the first sheet that holds a score table (a workbook often opens
 * with an instructions sheet); a warning names the others when several sheets hold one.
 */
export function rankWorkbook(wb: Workbook, sheetName?: string, options: Partial<RankOptions> = {}): RankOutcome {
  const full: RankOptions = { ...DEFAULT_RANK_OPTIONS, ...options };
  if (sheetName !== undefined) {
    const grid = wb.sheets.find((s) => s.name === sheetName) ?? wb.sheets.find((s) => s.name.trim().toLowerCase() === sheetName.trim().toLowerCase());
    if (!grid) {
      return {
        table: null,
        ranking: null,
        problems: [problem('SHEET_NOT_FOUND', 'error', `工作簿中没有名为「${sheetName}」的工作表。现有工作表：${sheetList(wb)}。`)],
      };
    }
    return rankSheet(grid, full);
  }
  const candidates: { grid: SheetGrid; found: FoundTable }[] = [];
  for (const grid of wb.sheets) {
    if (isDerivedSheet(grid.name)) continue; // 「考核历史」 has the score words too, but is every month at once
    const { found } = findTable(grid);
    if (found) candidates.push({ grid, found });
  }
  if (candidates.length > 0) {
    const [{ grid, found }] = candidates;
    const outcome = runSteps(rankFound(grid, found, full, Infinity));
    if (candidates.length > 1) outcome.problems.push(severalSheets(candidates.map((c) => c.grid.name)));
    return outcome;
  }
  return {
    table: null,
    ranking: null,
    problems: [problem('NO_SCORE_SHEET', 'error', `工作簿的各个工作表（${sheetList(wb)}）中都找不到考核表。${HEADER_WORDS_SENTENCE}`)],
  };
}
