/**
 * The reference month's score sheet (2023年8月, 29 windows) as an in-memory workbook, for the pane's tests with
 * the memory host and for the end-to-end page. Built from the hand-typed reference figures, with the title row
 * the clerks put above the header (the period is read from it).
 */
import { exampleInputData } from '../../src/core/bulletin/exampleInputs';
import { inputSheetContents } from '../../src/core/bulletin/inputWorkbook';
import type { CellValue, SheetGrid, Workbook } from '../../src/core/cell';
import { GOLDEN_SOURCE, HEADER, sourceScore } from '../fixtures/data';

export const REFERENCE_SHEET = '考核';
export const REFERENCE_TITLE = '2023年8月省政务服务大厅进驻部门（单位）窗口考核结果';

export interface ReferenceOptions {
  /** Replace one cell's value, by its A1 address on the sheet (e.g. D9 → "十", a 加分分值 typed in words). */
  override?: { cell: string; value: CellValue };
  /** Add the bulletin's input sheets (通报信息, 办件统计, …) holding the reference week, as 新建模板 lays them out. */
  bulletinInputs?: boolean;
}

/** The reference week's input sheets as grids: the note line, the column labels, then the rows. */
export function bulletinInputGrids(): SheetGrid[] {
  return inputSheetContents(exampleInputData()).map((content) => ({
    name: content.sheet,
    originRow: 0,
    originCol: 0,
    values: [[content.note], content.columns.map((c) => c.label), ...content.rows.map((r) => [...r])],
    merges: [],
    tables: [],
  }));
}

function rowCol(a1: string): { row: number; col: number } {
  const m = /^([A-Z])(\d+)$/.exec(a1);
  if (!m) throw new Error(`fixture address ${a1} is not a single-letter A1 address`);
  return { row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65 };
}

export function referenceWorkbook(options: ReferenceOptions = {}): Workbook {
  const values: CellValue[][] = [
    [REFERENCE_TITLE],
    [...HEADER],
    ...GOLDEN_SOURCE.map((r) => [r.window, r.base, r.deduction, r.bonus, sourceScore(r)]),
  ];
  if (options.override) {
    const { row, col } = rowCol(options.override.cell);
    values[row][col] = options.override.value;
  }
  const scores: SheetGrid = { name: REFERENCE_SHEET, originRow: 0, originCol: 0, values, merges: [], tables: [] };
  return { sheets: options.bulletinInputs ? [...bulletinInputGrids(), scores] : [scores] };
}
