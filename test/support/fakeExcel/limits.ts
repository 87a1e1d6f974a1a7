/**
 * Limits and refusals of the real Excel that the fake enforces, each as Microsoft documents it or the office-js
 * tracker shows it, so a host test can fail where real Excel would:
 *
 * - A get of more than 5,000,000 cells (values, valueTypes, formulas, numberFormat) fails on every platform with
 *   RangeExceedsLimit — or, on some builds, quietly gives `null` (docs/excel/performance.md "payload size limit";
 *   office-js #4783, #6781, and the note added by office-js-docs-pr #5821).
 * - While a cell is being edited Excel runs no add-in request at all: InvalidOperationInCellEditMode
 *   (Excel.ErrorCodes; office-js #625, #3019). The whole batch is refused before any of it runs.
 * - A protected workbook structure refuses adding, deleting and renaming sheets; a protected sheet refuses writes to
 *   its cells and formats (but not being renamed or deleted, which is the structure's business: office-js #325).
 *   The fake answers AccessDenied (Excel.ErrorCodes) in both cases.
 * - `debugInfo.errorLocation` is only there "when present"
 *   (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * - getMergedAreas' address can list only each merged area's top-left cell (office-js #1590); the `areas`
 *   collection of the same object lists the whole areas (the workaround given in that thread).
 * - "Excel specifications and limits": a row at most 409 points high, a column at most 255 characters wide, at most
 *   1,026 horizontal page breaks on a sheet (NPOI #456 reports Excel already refusing a file with more than 1,024).
 *   The fake answers InvalidArgument beyond them (rowHeight, columnWidth, PageBreakCollection.add).
 */
import { FakeOfficeError } from './errors';

export interface FakeLimits {
  /** Cells one get may return (default Excel's 5,000,000; tests lower it to stay fast). */
  cellReadLimit?: number;
  /** How Excel says no to a get over cellReadLimit: throw RangeExceedsLimit (default) or hand back null. */
  overCellLimit?: 'throw' | 'null';
  /** Errors come without debugInfo.errorLocation. */
  omitErrorLocation?: boolean;
  /** RangeAreas.address lists only the top-left cell of each area (office-js #1590). */
  mergedAreasTopLeftOnly?: boolean;
}

export const CELL_READ_LIMIT = 5_000_000;
export const MAX_ROW_HEIGHT_PT = 409;
/** 255 characters of the default font (7 px each, plus 5 px of padding) in points, as Office.js takes widths. */
export const MAX_COLUMN_WIDTH_PT = (255 * 7 + 5) * 0.75;
export const MAX_HORIZONTAL_PAGE_BREAKS = 1026;

/** InvalidArgument where a size is beyond what Excel allows. */
export function checkAtMost(value: number, max: number, what: string, location: string): void {
  if (!(value >= 0 && value <= max)) throw new FakeOfficeError('InvalidArgument', `${what} ${value} is outside 0–${max}.`, location);
}

/** What a cell-level get of `cells` cells gives under the limits: proceed, or null; throws when Excel throws. */
export function cellReadAllowed(limits: FakeLimits | undefined, cells: number, location: string): boolean {
  const limit = limits?.cellReadLimit ?? CELL_READ_LIMIT;
  if (cells <= limit) return true;
  if ((limits?.overCellLimit ?? 'throw') === 'null') return false;
  throw new FakeOfficeError('RangeExceedsLimit', `The range has ${cells} cells, over the ${limit}-cell limit.`, location);
}

export function cellEditModeError(): FakeOfficeError {
  return new FakeOfficeError(
    'InvalidOperationInCellEditMode',
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  );
}

export function protectedError(what: string, location: string): FakeOfficeError {
  return new FakeOfficeError('AccessDenied', `${what} is protected.`, location);
}

/** The error as a build without debug information gives it. */
export function withoutLocation(error: unknown): unknown {
  const info = (error as { debugInfo?: { errorLocation?: string } }).debugInfo;
  if (info) delete info.errorLocation;
  return error;
}
