/**
 * WatchesWorkbook for Excel: the pane hears of edits, sheets added, deleted or renamed, and the active sheet
 * changing, through Excel's workbook events.
 *
 * One handler per kind on the worksheet collection rather than one per sheet or table: WorksheetCollection.onChanged
 * (ExcelApi 1.9) covers every sheet and every table on it, including sheets added later and a source the clerk picks
 * after the pane opened, with no re-registration (and no window where an edit goes unheard between two). Its event
 * names the sheet by id; the names are kept in a map that the added / deleted / renamed events refresh.
 * onAdded, onDeleted, onActivated need ExcelApi 1.7 and onNameChanged 1.17: where Excel has no onNameChanged a
 * rename is not heard at once, and the pane's refresh button (and the next edit) brings it in.
 *
 * Handlers live as long as the pane; stopping removes them in the context they were added in, as Office.js requires
 * (Excel.run with that context).
 */
import type { WorkbookChange, WorkbookChangeListener } from '../core/hostContract';
import { excelApiSupported } from './requirements';

/** The lowest ExcelApi that can follow the workbook: the collection-wide onChanged. */
export const WATCH_API = '1.9';
export const NAME_CHANGED_API = '1.17';

interface Registration {
  remove(): void;
}

/** Is watching possible in this Excel? (The host offers the capability only then.) */
export function canWatchWorkbook(): boolean {
  return excelApiSupported(WATCH_API);
}

/** Loads sheet ids → names in the given context (one sync). */
async function sheetNames(context: Excel.RequestContext): Promise<Map<string, string>> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/id,items/name');
  await context.sync();
  return new Map(sheets.items.map((s) => [s.id, s.name]));
}

export async function watchWorkbook(listener: WorkbookChangeListener): Promise<() => void> {
  let names = new Map<string, string>();
  let stopped = false;
  const tell = (change: WorkbookChange): void => {
    if (!stopped) listener(change);
  };
  // After a sheet is added, deleted or renamed the map is re-read before the pane hears of it, so the next edit's
  // sheet id has a name. A failed re-read still tells the pane (it re-lists the sources itself) and is logged.
  const sheetsChanged = async (): Promise<void> => {
    try {
      names = await Excel.run((context) => sheetNames(context));
    } catch (error) {
      console.error('读取工作表名称失败', error);
    }
    tell({ kind: 'sheets' });
  };

  let registrationContext: Excel.RequestContext | null = null;
  const registrations: Registration[] = [];
  await Excel.run(async (context) => {
    registrationContext = context;
    const sheets = context.workbook.worksheets;
    registrations.push(
      sheets.onChanged.add(async (e) => tell({ kind: 'cells', sheet: names.get(e.worksheetId) })),
      sheets.onAdded.add(sheetsChanged),
      sheets.onDeleted.add(sheetsChanged),
      sheets.onActivated.add(async (e) => tell({ kind: 'activeSheet', sheet: names.get(e.worksheetId) })),
    );
    if (excelApiSupported(NAME_CHANGED_API)) registrations.push(sheets.onNameChanged.add(sheetsChanged));
    names = await sheetNames(context);
  });

  return () => {
    if (stopped) return;
    stopped = true;
    const context = registrationContext;
    if (!context) return;
    Excel.run(context, async (ctx) => {
      registrations.forEach((r) => r.remove());
      await ctx.sync();
    }).catch((error: unknown) => console.error('移除工作簿事件处理程序失败', error));
  };
}
