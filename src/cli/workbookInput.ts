/**
 * Opening the workbook a command was given, with every problem kept: its values, streamed (in a fraction of the
 * memory a whole ExcelJS workbook takes), and its bytes, from which a command writes a copy with a sheet added.
 */
import type { Workbook } from '../core/cell';
import type { Problem } from '../core/problems';
import { findTable, HEADER_SCAN_ROWS } from '../core/findTable';
import { streamWorkbookBytes, type StreamResult } from '../xlsx/streamWorkbook';
import { readWorkbookBytes } from '../xlsx/workbookBytes';

export type WorkbookValues = { ok: true; bytes: Buffer; workbook: Workbook; readProblems: Problem[] } | { ok: false; problem: Problem };

/**
 * The values `rank` needs, read by streaming. With a sheet named, only the sheets that name can mean are read (the
 * engine takes the exact name, else the name compared trimmed and case-blind: every sheet equal that way is kept);
 * the others are listed by name only, which is all a "no such sheet" message needs.
 *
 * Without a name the engine ranks the first sheet holding a score table, so a first pass keeps only the head of
 * each sheet — what findTable looks at: the rows its header scan covers and the Excel tables' header rows — and
 * a second reads in full just the sheets where findTable finds a table. The others keep their heads, where the
 * engine finds no table again, as it would not in the whole sheet: a workbook's large detail sheets are skipped
 * below their heads and never held. With no score table anywhere, everything is read, so the messages are those of a full read.
 * This leans on findTable deciding from those rows alone; test/cli/rankValues.test.ts holds it to the full read.
 */
export async function readWorkbookValues(path: string, sheet?: string): Promise<WorkbookValues> {
  const bytes = await readWorkbookBytes(path);
  if (!bytes.ok) return bytes;
  if (sheet !== undefined) {
    const fold = (name: string) => name.trim().toLowerCase();
    return asValues(bytes.bytes, await streamWorkbookBytes(bytes.bytes, path, { readSheet: (name) => fold(name) === fold(sheet) }));
  }
  const heads = await streamWorkbookBytes(bytes.bytes, path, { headRows: HEADER_SCAN_ROWS + 1 });
  if (!heads.ok) return heads;
  const candidates = new Set(heads.workbook.sheets.filter((g) => findTable(g).found !== null).map((g) => g.name));
  if (candidates.size === 0) return asValues(bytes.bytes, await streamWorkbookBytes(bytes.bytes, path));
  const full = await streamWorkbookBytes(bytes.bytes, path, { readSheet: (name) => candidates.has(name) });
  if (!full.ok) return full;
  const sheets = heads.workbook.sheets.map((head, i) => (candidates.has(head.name) ? full.workbook.sheets[i] : head));
  return { ok: true, bytes: bytes.bytes, workbook: { sheets }, readProblems: full.problems };
}

/** Every sheet's values, streamed: what the bulletin and the next week's template are made from. */
export async function readAllValues(path: string): Promise<WorkbookValues> {
  const bytes = await readWorkbookBytes(path);
  if (!bytes.ok) return bytes;
  return asValues(bytes.bytes, await streamWorkbookBytes(bytes.bytes, path));
}

function asValues(bytes: Buffer, read: StreamResult): WorkbookValues {
  return read.ok ? { ok: true, bytes, workbook: read.workbook, readProblems: read.problems } : read;
}

/** Read warnings that concern the sheet a command used (all of them when no sheet was settled on). */
export function readProblemsFor(readProblems: Problem[], sheet: string | undefined): Problem[] {
  return sheet === undefined ? readProblems : readProblems.filter((p) => p.sheet === undefined || p.sheet === sheet);
}
