/**
 * Addresses as Excel returns them ("Sheet1!B3:F40", "'8月 考核'!A1", "A1:B2, D4:E5") parsed into the core's
 * 0-based CellRange. Excel quotes a sheet name with an apostrophe and doubles any apostrophe inside it.
 */
import type { CellRange } from '../core/cell';
import { parseCellAddress } from '../core/address';

/** Splits "'It''s'!A1:B2" into the sheet name ("It's") and the local part ("A1:B2"); no sheet gives null. */
export function splitSheetAddress(address: string): { sheet: string | null; local: string } {
  const a = address.trim().replace(/^=/, '');
  const bang = a.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: a };
  let sheet = a.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: a.slice(bang + 1) };
}

/** "B3:F40" or "B3" (with or without sheet and $) → 0-based range; null when it is not a plain A1 range. */
export function parseRangeAddress(address: string): CellRange | null {
  const { local } = splitSheetAddress(address);
  const [from, to = from] = local.split(':');
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

/** A RangeAreas address ("Sheet1!A1:B2, Sheet1!D4:E5" or "A1:B2,D4:E5") → its ranges; unparsable parts are dropped. */
export function parseAreasAddress(address: string): CellRange[] {
  const out: CellRange[] = [];
  // Sheet names may contain commas only when quoted; split outside quotes.
  let part = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      const r = parseRangeAddress(part);
      if (r) out.push(r);
      part = '';
    } else part += ch;
  }
  const last = parseRangeAddress(part);
  if (last) out.push(last);
  return out;
}

/** A sheet name as Excel writes it in a reference: quoted unless plain letters, digits, underscores (not leading digit). */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}
