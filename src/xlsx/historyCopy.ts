/**
 * The file host's history write: a copy of the workbook whose 「考核历史」 holds the history as an Excel table
 * (replacing the sheet if the workbook has one: never a second history) and, for each roll-up, a sheet with its
 * charts (replacing a roll-up of the same name the product made before). Everything else is the input's own parts.
 */
import type { History } from '../core/history/model';
import { HISTORY_COLUMNS, HISTORY_TABLE } from '../core/history/model';
import { planHistorySheet } from '../core/history/historyPlan';
import type { RollupSheetPlan } from '../core/history/rollupPlan';
import type { SheetPlan } from '../core/plan';
import { addSheetToPackage } from './addSheet/addSheetToPackage';
import { scanWorkbook } from './addSheet/registerSheet';
import { openPackage } from './packageParts';
import { replaceSheet } from './replaceSheet';
import { attachToSheet, packageTables, requiredPart, workbookPartPath, type Attachments } from './sheetAttachments';
import type { Unreadable } from './workbookBytes';

export type HistoryCopy = { ok: true; bytes: Buffer; sheets: string[] } | Unreadable;

async function sheetNames(bytes: Buffer): Promise<string[]> {
  const pkg = await openPackage(bytes);
  return scanWorkbook(await requiredPart(pkg, await workbookPartPath(pkg))).sheetNames;
}

/** A table name no other table of the workbook uses (a clerk may have made one called WindowHistory elsewhere). */
async function freeTableName(bytes: Buffer, wanted: string): Promise<string> {
  const taken = new Set((await packageTables(await openPackage(bytes))).map((t) => t.name.toLowerCase()));
  for (let k = 1; ; k++) {
    const name = k === 1 ? wanted : `${wanted}${k}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

type Step = { ok: true; bytes: Buffer; sheetName: string } | Unreadable;

/** Adds the plan as a sheet, in place of a sheet of that name when `replace` allows, and hangs `attach(name)` on it. */
async function putSheet(bytes: Buffer, plan: SheetPlan, label: string, attach: (bytes: Buffer) => Promise<Attachments>): Promise<Step> {
  const existed = (await sheetNames(bytes)).includes(plan.sheetName);
  const added = await addSheetToPackage(bytes, plan, label);
  if (!added.ok) return added;
  let out = added.bytes;
  let name = added.sheetName;
  if (existed) {
    // Removing the old sheet's table first frees its name for the new one.
    out = await replaceSheet(out, plan.sheetName, added.sheetName);
    name = plan.sheetName;
  }
  out = await attachToSheet(out, name, await attach(out));
  return { ok: true, bytes: out, sheetName: name };
}

export async function writeHistoryCopy(input: Buffer, label: string, history: History | null, rollups: readonly RollupSheetPlan[]): Promise<HistoryCopy> {
  // Only addSheetToPackage reads the input (and reports damage); a failure after it is ours, not the file's.
  {
    let bytes = input;
    const sheets: string[] = [];
    if (history) {
      const plan = planHistorySheet(history);
      const step = await putSheet(bytes, plan, label, async (b) => ({
        table: { name: await freeTableName(b, HISTORY_TABLE), range: { row: 0, col: 0, rows: Math.max(2, plan.values.length), cols: HISTORY_COLUMNS.length }, columns: HISTORY_COLUMNS },
      }));
      if (!step.ok) return step;
      bytes = step.bytes;
      sheets.push(step.sheetName);
    }
    for (const r of rollups) {
      const step = await putSheet(bytes, r.plan, label, async () => ({ charts: r.charts }));
      if (!step.ok) return step;
      bytes = step.bytes;
      sheets.push(step.sheetName);
    }
    return { ok: true, bytes, sheets };
  }
}
