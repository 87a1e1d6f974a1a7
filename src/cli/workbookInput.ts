/** Opening the workbook a command was given: file → ExcelJS workbook → engine Workbook, with every problem kept. */
import type ExcelJS from 'exceljs';
import type { Workbook } from '../core/cell';
import type { Problem } from '../core/problems';
import { loadWorkbookFile } from '../xlsx/loadWorkbookFile';
import { readWorkbook } from '../xlsx/readWorkbook';

export type WorkbookInput =
  | { ok: true; excel: ExcelJS.Workbook; workbook: Workbook; readProblems: Problem[] }
  | { ok: false; problem: Problem };

export async function openWorkbookInput(path: string): Promise<WorkbookInput> {
  const loaded = await loadWorkbookFile(path);
  if (!loaded.ok) return loaded;
  const { workbook, problems } = readWorkbook(loaded.excel);
  return { ok: true, excel: loaded.excel, workbook, readProblems: problems };
}

/** Read warnings that concern the sheet a command used (all of them when no sheet was settled on). */
export function readProblemsFor(readProblems: Problem[], sheet: string | undefined): Problem[] {
  return sheet === undefined ? readProblems : readProblems.filter((p) => p.sheet === undefined || p.sheet === sheet);
}
