/**
 * Opening the workbook a command was given, with every problem kept: its values alone, streamed (what ranking
 * needs, in a fraction of the memory), or the whole ExcelJS workbook too, for a command that writes a copy of it.
 */
import type ExcelJS from 'exceljs';
import type { Workbook } from '../core/cell';
import type { Problem } from '../core/problems';
import { loadWorkbookFile } from '../xlsx/loadWorkbookFile';
import { readWorkbook } from '../xlsx/readWorkbook';
import { streamWorkbookFile } from '../xlsx/streamWorkbook';

export type WorkbookValues = { ok: true; workbook: Workbook; readProblems: Problem[] } | { ok: false; problem: Problem };

export async function readWorkbookValues(path: string): Promise<WorkbookValues> {
  const read = await streamWorkbookFile(path);
  return read.ok ? { ok: true, workbook: read.workbook, readProblems: read.problems } : read;
}

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
