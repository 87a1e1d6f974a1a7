/**
 * Reading the windows under a found header into the columnar ScoreTable: one pass over the rows, exact decimal
 * figures, every problem collected with its cell. Scores are computed here (base − deduction + bonus) because
 * the sheet's own 实得分值, when present, is only checked against them.
 */
import { cellAddress } from './address';
import type { CellValue, SheetGrid } from './cell';
import { decimalFromNumber, decimalsOfUnits, formatDecimal, MAX_DECIMALS, scaleFor, UNITS_PER_POINT } from './decimal';
import { cellText, readFigure, type FigureRead } from './figures';
import type { FoundTable } from './findTable';
import { ROLE_NAMES } from './headerWords';
import type { RankOptions, ScoreTable } from './model';
import { at } from './problems';
import { ProblemSink } from './problemSink';
import { RepeatFinder } from './nameIndex';
import { isOrdinaryName, NON_WINDOW_WORDS, nonWindowKind } from './rowKinds';
import { foldHeader, trimName } from './text';

type FigureRole = 'base' | 'deduction' | 'bonus' | 'score';

function invalidMessage(where: string, role: FigureRole, read: Extract<FigureRead, { kind: 'invalid' }>): string {
  const what = ROLE_NAMES[role];
  switch (read.why) {
    case 'error':
      return `${where} 的${what}是错误值 ${read.shown}，不是数字。`;
    case 'boolean':
      return `${where} 的${what}是逻辑值 ${read.shown}，不是数字。`;
    case 'date':
      return `${where} 的${what}是日期 ${read.shown}，不是分值。`;
    default:
      return `${where} 的${what}${read.shown}不是数字。`;
  }
}

/**
 * Key for spotting the same window twice: half-width, no white space, so 「水利厅 」, 「水利 厅」 and 「水利厅」
 * collide. A plain name is its own key (the same string, no allocation).
 */
const nameKey = foldHeader;

export function readScores(grid: SheetGrid, found: FoundTable, options: RankOptions): { table: ScoreTable; problems: ProblemSink } {
  const { header } = found;
  const sheet = grid.name;
  const sink = new ProblemSink();
  const cols = header.columns;
  const windowCol = (cols.window as number) - grid.originCol;
  const baseCol = cols.base === undefined ? -1 : cols.base - grid.originCol;
  const dedCol = cols.deduction === undefined ? -1 : cols.deduction - grid.originCol;
  const bonusCol = cols.bonus === undefined ? -1 : cols.bonus - grid.originCol;
  const scoreCol = cols.score === undefined ? -1 : cols.score - grid.originCol;

  const defaultBase = decimalFromNumber(options.defaultBase);
  if (!defaultBase) throw new RangeError(`defaultBase ${options.defaultBase} is not a finite number`);
  if (baseCol < 0) {
    sink.add('DEFAULT_BASE', 'warning', `「${sheet}」的考核表没有“基础分值”列，各窗口按基础分 ${formatDecimal(defaultBase.units)} 计算。`, sheet);
  }

  const capacity = Math.max(0, found.endRow - found.firstDataRow);
  // Sized up front: growing arrays of 10^6 strings by push copies them over and over.
  const names = new Array<string>(capacity);
  const sourceRows = new Uint32Array(capacity);
  const base = new Float64Array(capacity);
  const deduction = new Float64Array(capacity);
  const bonus = new Float64Array(capacity);
  const score = new Float64Array(capacity);
  /** Every named row's duplicate key and sheet row, ranked or not: a name twice is an error either way. */
  const repeats = new RepeatFinder(capacity);
  const keyRows = new Uint32Array(capacity);
  let decimals = defaultBase.decimals;

  /** Units of the finest decimal place seen so far: a figure not a multiple of it widens `decimals`. */
  let step = UNITS_PER_POINT / scaleFor(decimals);

  /** Reads one figure cell into units, reporting what is wrong with it; null when it is not a number. */
  const figure = (value: CellValue, role: FigureRole, sheetRow: number, gridCol: number, empty: number): number | null => {
    // Fast path, allocation-free: a number typed with at most four decimals, by far the most common cell. The
    // test is decimalFromNumber's own: the units times 10^-4 give back the very double the cell holds.
    if (typeof value === 'number') {
      const units = Math.round(value * UNITS_PER_POINT);
      if (units / UNITS_PER_POINT === value && Number.isSafeInteger(units)) {
        if (units % step !== 0) {
          decimals = Math.max(decimals, decimalsOfUnits(units));
          step = UNITS_PER_POINT / scaleFor(decimals);
        }
        return units;
      }
    }
    const read = readFigure(value);
    if (read.kind === 'empty') return empty;
    const where = at(sheet, cellAddress(sheetRow, grid.originCol + gridCol));
    if (read.kind === 'invalid') {
      sink.add('NOT_A_NUMBER', 'error', invalidMessage(where, role, read), sheet, [cellAddress(sheetRow, grid.originCol + gridCol)]);
      return null;
    }
    if (read.value.rounded) {
      sink.add(
        'TOO_PRECISE',
        'warning',
        `${where} 的${ROLE_NAMES[role]}超过 ${MAX_DECIMALS} 位小数，按四舍五入到 ${MAX_DECIMALS} 位计算（${formatDecimal(read.value.units)}）。`,
        sheet,
        [cellAddress(sheetRow, grid.originCol + gridCol)],
      );
    }
    if (read.value.decimals > decimals) {
      decimals = read.value.decimals;
      step = UNITS_PER_POINT / scaleFor(decimals);
    }
    return read.value.units;
  };

  // The row loop is a function of its own so that V8's optimised code for it is kept from one call to the next:
  // optimised on the fly in the middle of a loop, a function is thrown back to the interpreter when it first
  // reaches the code after the loop, and was then recompiled on every call (a tenth of a 10^5-row run).
  // Counters and bounds are the loop's own locals: a closure's variable that the loop writes lives in a context
  // object and is loaded and stored through it on every row.
  const readRows = (): number => {
    const { values, originRow } = grid;
    const { endRow } = found;
    let count = 0;
    let keyCount = 0;
    for (let sheetRow = found.firstDataRow; sheetRow < endRow; sheetRow++) {
      const row = values[sheetRow - originRow];
      if (row === undefined || row.length === 0) continue;
      const nameCell = row[windowCol] ?? null;
      const baseCell = baseCol < 0 ? null : (row[baseCol] ?? null);
      const dedCell = dedCol < 0 ? null : (row[dedCol] ?? null);
      const bonusCell = bonusCol < 0 ? null : (row[bonusCol] ?? null);
      // An ordinary name is its own trimmed text, window kind and duplicate key: the general path is skipped.
      const ordinary = typeof nameCell === 'string' && isOrdinaryName(nameCell);
      const name = ordinary ? (nameCell as string) : trimName(cellText(nameCell));

      if (!ordinary && name === '') {
        const hasFigures = baseCell !== null || dedCell !== null || bonusCell !== null;
        const nameAddress = cellAddress(sheetRow, grid.originCol + windowCol);
        const rowText = row.find((v): v is string => typeof v === 'string' && trimName(v) !== '');
        if (rowText !== undefined && nonWindowKind(trimName(rowText)) === 'note') {
          sink.add('SKIPPED_ROW', 'warning', `「${sheet}」第 ${sheetRow + 1} 行是说明行，未参与排名。`, sheet, [nameAddress]);
        } else if (hasFigures && ![baseCell, dedCell, bonusCell].every((v) => readFigure(v).kind === 'empty')) {
          sink.add('EMPTY_WINDOW_NAME', 'error', `${at(sheet, nameAddress)} 没有窗口名称，但这一行填了分值。`, sheet, [nameAddress]);
        }
        continue;
      }
      const kind = ordinary ? null : nonWindowKind(name);
      if (kind !== null) {
        const nameAddress = cellAddress(sheetRow, grid.originCol + windowCol);
        sink.add('SKIPPED_ROW', 'warning', `${at(sheet, nameAddress)}“${name}”是${NON_WINDOW_WORDS[kind]}，未参与排名。`, sheet, [nameAddress]);
        continue;
      }

      const b = baseCol < 0 ? defaultBase.units : figure(baseCell, 'base', sheetRow, baseCol, Number.NaN);
      const d = dedCol < 0 ? 0 : figure(dedCell, 'deduction', sheetRow, dedCol, 0);
      const p = bonusCol < 0 ? 0 : figure(bonusCell, 'bonus', sheetRow, bonusCol, 0);
      let baseUnits = b;
      if (Number.isNaN(b)) {
        const cell = cellAddress(sheetRow, grid.originCol + baseCol);
        sink.add('DEFAULT_BASE', 'warning', `${at(sheet, cell)} 的基础分值为空，按 ${formatDecimal(defaultBase.units)} 分计算。`, sheet, [cell]);
        baseUnits = defaultBase.units;
      }
      if (p !== null && p < 0) {
        const cell = cellAddress(sheetRow, grid.originCol + bonusCol);
        sink.add('NOT_A_NUMBER', 'error', `${at(sheet, cell)} 的加分分值是负数（${formatDecimal(p)}），减分请填在“减分分值”列。`, sheet, [cell]);
      }

      keyRows[keyCount++] = sheetRow;
      repeats.add(ordinary ? name : nameKey(name));

      if (baseUnits === null || d === null || p === null) continue;
      const i = count++;
      names[i] = name;
      sourceRows[i] = sheetRow;
      base[i] = baseUnits;
      deduction[i] = Math.abs(d); // −2 and 2 both deduct two points
      bonus[i] = p;
      score[i] = baseUnits - deduction[i] + p;

      if (scoreCol >= 0) checkSheetScore(row[scoreCol] ?? null, score[i], sheetRow);
    }
    return count;
  };
  const count = readRows();

  function checkSheetScore(value: CellValue, computed: number, sheetRow: number): void {
    const read = readFigure(value);
    if (read.kind === 'empty') return;
    if (read.kind === 'number' && read.value.units === computed) return;
    const cell = cellAddress(sheetRow, grid.originCol + scoreCol);
    const shown = read.kind === 'number' ? formatDecimal(read.value.units) : read.shown;
    sink.add(
      'SCORE_MISMATCH',
      'warning',
      `${at(sheet, cell)} 的实得分值 ${shown} 与 基础分值 − 减分分值 + 加分分值 = ${formatDecimal(computed)} 不符，以计算结果为准。`,
      sheet,
      [cell],
    );
  }

  names.length = count;
  const keyOf = (k: number): string => nameKey(trimName(cellText(grid.values[keyRows[k] - grid.originRow][windowCol] ?? null)));
  for (const positions of repeats.groups(keyOf)) {
    const rows = positions.map((k) => keyRows[k]);
    const cells = rows.map((r) => cellAddress(r, grid.originCol + windowCol));
    const name = trimName(cellText(grid.values[rows[0] - grid.originRow][windowCol] ?? null));
    sink.add('DUPLICATE_WINDOW', 'error', `窗口“${name}”重复出现在 ${cells.map((c) => at(sheet, c)).join('、')}。`, sheet, cells);
  }

  // Keep the smallest scale that holds every figure exactly: units of 1/10 for a sheet of halves.
  const scale = scaleFor(decimals);
  const divisor = UNITS_PER_POINT / scale;
  const trim = <T extends Float64Array>(a: T): Float64Array => {
    const out = a.subarray(0, count);
    if (divisor !== 1) for (let i = 0; i < count; i++) out[i] /= divisor;
    return out;
  };
  const table: ScoreTable = {
    sheet,
    header,
    count,
    scale,
    names,
    sourceRows: sourceRows.subarray(0, count),
    base: trim(base),
    deduction: trim(deduction),
    bonus: trim(bonus),
    score: trim(score),
  };
  return { table, problems: sink };
}
