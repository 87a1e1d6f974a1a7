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

/**
 * With a sheet named, only the sheets that name can mean are read (the engine takes the exact name, else the
 * name compared trimmed and case-blind: every sheet equal that way is kept, so whichever it takes has its cells);
 * the others are listed by name only, which is all a "no such sheet" message needs.
 */
export async function readWorkbookValues(path: string, sheet?: string): Promise<WorkbookValues> {
  const fold = (name: string) => name.trim().toLowerCase();
  const readSheet = sheet === undefined ? undefined : (name: string) => fold(name) === fold(sheet);
  const read = await streamWorkbookFile(path, { readSheet });
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
