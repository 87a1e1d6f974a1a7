/**
 * The row loop of reading a score table: every row under the header once, each figure into exact units, the
 * windows into column arrays, every problem into the sink with its cell.
 *
 * Why module functions over one state object made by a literal, and not closures or a class: V8's optimised code
 * for the loop depends on the maps (hidden classes) of the objects it touches. Closures made afresh on each call
 * are new functions; a class instance gets its map by transitions that V8 holds weakly, so once a run's instance
 * is garbage its map dies too. Either way a full garbage collection between two runs threw the compiled loop
 * away and the next run was interpreted and recompiled (a 10^5-row read took 40–60 ms after a collection
 * against 20 ms without). An object literal's map is kept by its creation site, and arrays' maps are V8's own.
 */
import { cellAddress } from './address';
import type { CellValue, SheetGrid } from './cell';
import { decimalsOfUnits, formatDecimal, MAX_DECIMALS, scaleFor, UNITS_PER_POINT, type ParsedDecimal } from './decimal';
import { cellText, readFigure, type FigureRead } from './figures';
import { ROLE_NAMES } from './headerWords';
import { at } from './problems';
import type { ProblemSink } from './problemSink';
import { hashOf } from './nameIndex';
import { NON_WINDOW_WORDS, nonWindowKind, ordinaryNameHash } from './rowKinds';
import { foldHeader, trimName } from './text';

type FigureRole = 'base' | 'deduction' | 'bonus' | 'score';

/** Grid columns (0-based, relative to the grid's origin) of the roles; −1 when the sheet lacks the column. */
export interface GridColumns {
  window: number;
  base: number;
  deduction: number;
  bonus: number;
  score: number;
}

/**
 * Key for spotting the same window twice: half-width, no white space, so 「水利厅 」, 「水利 厅」 and 「水利厅」
 * collide. A plain name is its own key (the same string, no allocation).
 */
export const nameKey = foldHeader;

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

/** What the loop reads into, and the little it must remember between rows. */
export interface RowsRead {
  readonly grid: SheetGrid;
  readonly sheet: string;
  readonly cols: GridColumns;
  readonly defaultBase: ParsedDecimal;
  readonly sink: ProblemSink;
  readonly names: string[];
  /** 0-based sheet row of each window. */
  readonly sourceRows: Uint32Array;
  readonly base: Float64Array;
  readonly deduction: Float64Array;
  readonly bonus: Float64Array;
  readonly score: Float64Array;
  /** Sheet row and name-key hash of every named row, ranked or not: a name twice is an error either way. */
  readonly keyRows: Uint32Array;
  readonly keyHashes: Uint32Array;
  /** Windows read (rows with every figure a number). */
  count: number;
  /** Named rows read, windows or not. */
  keyCount: number;
  /** Decimal places of the finest figure seen: the table's scale. */
  decimals: number;
  /** Units of one step of `decimals`: a figure not a multiple of it widens `decimals`. */
  step: number;
}

export function startRows(grid: SheetGrid, cols: GridColumns, defaultBase: ParsedDecimal, sink: ProblemSink, capacity: number): RowsRead {
  return {
    grid,
    sheet: grid.name,
    cols,
    defaultBase,
    sink,
    // Sized up front: growing arrays of 10^6 strings by push copies them over and over.
    names: new Array<string>(capacity),
    sourceRows: new Uint32Array(capacity),
    base: new Float64Array(capacity),
    deduction: new Float64Array(capacity),
    bonus: new Float64Array(capacity),
    score: new Float64Array(capacity),
    keyRows: new Uint32Array(capacity),
    keyHashes: new Uint32Array(capacity),
    count: 0,
    keyCount: 0,
    decimals: defaultBase.decimals,
    step: UNITS_PER_POINT / scaleFor(defaultBase.decimals),
  };
}

/** Reads sheet rows [firstRow, endRow). Counters and arrays are the loop's locals: fields would be loaded on every row. */
export function readRows(r: RowsRead, firstRow: number, endRow: number): void {
  const { values, originRow } = r.grid;
  const { window: windowCol, base: baseCol, deduction: dedCol, bonus: bonusCol, score: scoreCol } = r.cols;
  const { names, sourceRows, base, deduction, bonus, score, keyRows, keyHashes } = r;
  const defaultUnits = r.defaultBase.units;
  let count = r.count;
  let keyCount = r.keyCount;
  for (let sheetRow = firstRow; sheetRow < endRow; sheetRow++) {
    const row = values[sheetRow - originRow];
    if (row === undefined || row.length === 0) continue;
    const nameCell = row[windowCol] ?? null;
    // An ordinary name is its own trimmed text, window kind and duplicate key: the general path is skipped.
    const ordinaryHash = typeof nameCell === 'string' ? ordinaryNameHash(nameCell) : -1;
    const name = ordinaryHash >= 0 ? (nameCell as string) : windowName(r, row, sheetRow);
    if (name === null) continue;

    const b = baseCol < 0 ? defaultUnits : figure(r, row[baseCol] ?? null, 'base', sheetRow, baseCol, Number.NaN);
    const d = dedCol < 0 ? 0 : figure(r, row[dedCol] ?? null, 'deduction', sheetRow, dedCol, 0);
    const p = bonusCol < 0 ? 0 : figure(r, row[bonusCol] ?? null, 'bonus', sheetRow, bonusCol, 0);
    const baseUnits = Number.isNaN(b) ? emptyBase(r, sheetRow) : b;
    if (p !== null && p < 0) negativeBonus(r, p, sheetRow);

    keyRows[keyCount] = sheetRow;
    keyHashes[keyCount++] = ordinaryHash >= 0 ? ordinaryHash : hashOf(nameKey(name));

    if (baseUnits === null || d === null || p === null) continue;
    const i = count++;
    const deducted = Math.abs(d); // −2 and 2 both deduct two points
    names[i] = name;
    sourceRows[i] = sheetRow;
    base[i] = baseUnits;
    deduction[i] = deducted;
    bonus[i] = p;
    score[i] = baseUnits - deducted + p;
    if (scoreCol >= 0) checkSheetScore(r, row[scoreCol] ?? null, score[i], sheetRow);
  }
  r.count = count;
  r.keyCount = keyCount;
}

/**
 * The name of a row whose name cell is not ordinary, or null when the row is no window: a blank name (a note
 * line, or figures without a name: an error), a note, a summary or a repeated header (reported and skipped).
 */
function windowName(r: RowsRead, row: CellValue[], sheetRow: number): string | null {
  const { sheet, sink, cols } = r;
  const nameAddress = cellAddress(sheetRow, r.grid.originCol + cols.window);
  const name = trimName(cellText(row[cols.window] ?? null));
  if (name === '') {
    const label = rowLabel(row);
    if (label !== null) {
      const labelAddress = cellAddress(sheetRow, r.grid.originCol + label.col);
      const message =
        label.kind === 'note'
          ? `「${sheet}」第 ${sheetRow + 1} 行是说明行，未参与排名。`
          : `${at(sheet, labelAddress)}“${label.text}”是${NON_WINDOW_WORDS[label.kind]}，未参与排名。`;
      sink.add('SKIPPED_ROW', 'warning', message, sheet, [label.kind === 'note' ? nameAddress : labelAddress]);
      return null;
    }
    const figures = [cols.base, cols.deduction, cols.bonus].map((c) => (c < 0 ? null : (row[c] ?? null)));
    if (!figures.every((v) => readFigure(v).kind === 'empty')) {
      sink.add('EMPTY_WINDOW_NAME', 'error', `${at(sheet, nameAddress)} 没有窗口名称，但这一行填了分值。`, sheet, [nameAddress]);
    }
    return null;
  }
  const kind = nonWindowKind(name);
  if (kind === null) return name;
  sink.add('SKIPPED_ROW', 'warning', `${at(sheet, nameAddress)}“${name}”是${NON_WINDOW_WORDS[kind]}，未参与排名。`, sheet, [nameAddress]);
  return null;
}

/**
 * A row whose name cell is blank may still say what it is elsewhere: 合计 under 序号, or in a cell merged across
 * 序号 and 单位 (a merge holds its text in its top-left cell only, left of the name column). The first text cell that
 * is a note or a summary label names the row; a repeated header needs its name cell, so it does not count here.
 */
function rowLabel(row: CellValue[]): { kind: 'note' | 'summary'; text: string; col: number } | null {
  for (let col = 0; col < row.length; col++) {
    const value = row[col];
    if (typeof value !== 'string') continue;
    const text = trimName(value);
    if (text === '') continue;
    const kind = nonWindowKind(text);
    if (kind === 'note' || kind === 'summary') return { kind, text, col };
  }
  return null;
}

/** Reads one figure cell into units; `empty` for a blank cell; null, with the problem reported, when it is no number. */
function figure(r: RowsRead, value: CellValue, role: FigureRole, sheetRow: number, gridCol: number, empty: number): number | null {
  // Fast path, allocation-free: a number typed with at most four decimals, by far the most common cell. The
  // test is decimalFromNumber's own: the units times 10^-4 give back the very double the cell holds.
  if (typeof value === 'number') {
    const units = Math.round(value * UNITS_PER_POINT);
    if (units / UNITS_PER_POINT === value && Number.isSafeInteger(units)) {
      if (offStep(units, r.step)) widen(r, decimalsOfUnits(units));
      return units;
    }
  }
  return otherFigure(r, value, role, sheetRow, gridCol, empty);
}

/** Text, blanks, rounded doubles and non-numbers: the general reader, with its problems. */
function otherFigure(r: RowsRead, value: CellValue, role: FigureRole, sheetRow: number, gridCol: number, empty: number): number | null {
  const read = readFigure(value);
  if (read.kind === 'empty') return empty;
  const { sheet, sink } = r;
  const cell = cellAddress(sheetRow, r.grid.originCol + gridCol);
  if (read.kind === 'invalid') {
    sink.add('NOT_A_NUMBER', 'error', invalidMessage(at(sheet, cell), role, read), sheet, [cell]);
    return null;
  }
  if (read.value.rounded) {
    sink.add(
      'TOO_PRECISE',
      'warning',
      `${at(sheet, cell)} 的${ROLE_NAMES[role]}超过 ${MAX_DECIMALS} 位小数，按四舍五入到 ${MAX_DECIMALS} 位计算（${formatDecimal(read.value.units)}）。`,
      sheet,
      [cell],
    );
  }
  widen(r, read.value.decimals);
  return read.value.units;
}

/** Beyond this many units a quotient by a step could round to a whole number: offStep falls back to %. */
const EXACT_QUOTIENT = 2 ** 39;

/**
 * True when `units` is not a whole number of steps. A division and a floor instead of %: V8 computes % of doubles
 * by calling fmod, which was the row loop's largest single cost. Exact below EXACT_QUOTIENT, where doubles near
 * the quotient are spaced far closer than the 1/step a non-multiple leaves over.
 */
function offStep(units: number, step: number): boolean {
  if (units >= EXACT_QUOTIENT || units <= -EXACT_QUOTIENT) return units % step !== 0;
  const q = units / step;
  return q !== Math.floor(q);
}

function widen(r: RowsRead, decimals: number): void {
  if (decimals <= r.decimals) return;
  r.decimals = decimals;
  r.step = UNITS_PER_POINT / scaleFor(decimals);
}

function emptyBase(r: RowsRead, sheetRow: number): number {
  const { sheet } = r;
  const cell = cellAddress(sheetRow, r.grid.originCol + r.cols.base);
  const units = r.defaultBase.units;
  r.sink.add('DEFAULT_BASE', 'warning', `${at(sheet, cell)} 的基础分值为空，按 ${formatDecimal(units)} 分计算。`, sheet, [cell]);
  return units;
}

function negativeBonus(r: RowsRead, units: number, sheetRow: number): void {
  const { sheet } = r;
  const cell = cellAddress(sheetRow, r.grid.originCol + r.cols.bonus);
  r.sink.add('NOT_A_NUMBER', 'error', `${at(sheet, cell)} 的加分分值是负数（${formatDecimal(units)}），减分请填在“减分分值”列。`, sheet, [cell]);
}

/** The sheet's own 实得分值 only gets checked: the computed value stands, a disagreement is a warning. */
function checkSheetScore(r: RowsRead, value: CellValue, computed: number, sheetRow: number): void {
  const read = readFigure(value);
  if (read.kind === 'empty') return;
  if (read.kind === 'number' && read.value.units === computed) return;
  const { sheet } = r;
  const cell = cellAddress(sheetRow, r.grid.originCol + r.cols.score);
  const shown = read.kind === 'number' ? formatDecimal(read.value.units) : read.shown;
  r.sink.add(
    'SCORE_MISMATCH',
    'warning',
    `${at(sheet, cell)} 的实得分值 ${shown} 与 基础分值 − 减分分值 + 加分分值 = ${formatDecimal(computed)} 不符，以计算结果为准。`,
    sheet,
    [cell],
  );
}
