/**
 * The plan's print setup (A4, orientation, fit to page width, repeated header rows, margins, centring, page
 * breaks, page numbers in the footer) queued on a worksheet's pageLayout. That API — headersFooters included —
 * arrived in ExcelApi 1.9: without it the sheet is still written and the user is told the print setup was left to
 * them. Everything here goes into the write's last request, so it costs no round trip of its own.
 */
import { MAX_PAGE_BREAKS, PAGE_NUMBER_FOOTER, type PrintSetup } from '../core/plan';
import { problem, type Problem } from '../core/problems';
import { PAGE_LAYOUT_API, excelApiSupported } from './requirements';

/** Office.js page margins are in points; the plan (like the file format) gives inches. */
const POINTS_PER_INCH = 72;

export function printSetupSupported(): boolean {
  return excelApiSupported(PAGE_LAYOUT_API);
}

export function printSetupMissingWarning(sheetName: string): Problem {
  return problem(
    'WRITE_FAILED',
    'warning',
    `此版本的 Excel 不支持页面设置接口（ExcelApi 1.9），「${sheetName}」已生成，但纸张 A4、打印标题行、页边距和页码需要在“页面布局”中手动设置。`,
    sheetName,
  );
}

export function queuePrintSetup(sheet: Excel.Worksheet, print: PrintSetup, columns: number): void {
  const layout = sheet.pageLayout;
  layout.paperSize = 'A4' as Excel.PaperType;
  layout.orientation = (print.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  // One page wide, as many pages tall as the rows need: 0 pages tall means "automatic", as in the file format.
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const m = print.margins;
  layout.topMargin = m.top * POINTS_PER_INCH;
  layout.bottomMargin = m.bottom * POINTS_PER_INCH;
  layout.leftMargin = m.left * POINTS_PER_INCH;
  layout.rightMargin = m.right * POINTS_PER_INCH;
  layout.headerMargin = m.header * POINTS_PER_INCH;
  layout.footerMargin = m.footer * POINTS_PER_INCH;
  layout.centerHorizontally = print.centerHorizontally;
  if (print.repeatRows) {
    const rows = print.repeatRows.last - print.repeatRows.first + 1;
    layout.setPrintTitleRows(sheet.getRangeByIndexes(print.repeatRows.first, 0, rows, Math.max(1, columns)).getEntireRow());
  }
  for (const r of pageBreaks(print)) sheet.horizontalPageBreaks.add(sheet.getRangeByIndexes(r, 0, 1, 1));
  if (print.pageNumbers) queuePageNumbers(layout.headersFooters);
}

/**
 * 「— N —」 on the outer side of each page, as the file host writes it: odd and even pages get footers of their own
 * (state OddAndEven, the file format's differentOddEven), and each only the one section the number sits in.
 */
function queuePageNumbers(group: Excel.HeaderFooterGroup): void {
  group.state = 'OddAndEven' as Excel.HeaderFooterState;
  group.oddPages[`${PAGE_NUMBER_FOOTER.oddPages}Footer`] = PAGE_NUMBER_FOOTER.text;
  group.evenPages[`${PAGE_NUMBER_FOOTER.evenPages}Footer`] = PAGE_NUMBER_FOOTER.text;
}

/** The plan's page breaks Excel can take: the first 1,026; after them Excel breaks the pages itself. */
function pageBreaks(print: PrintSetup): number[] {
  return (print.pageBreaksBefore ?? []).filter((r) => r > 0).slice(0, MAX_PAGE_BREAKS);
}

/** Said when the plan has more page breaks than Excel keeps (a ledger's detail sheet of over 1,026 windows, a page each). */
export function pageBreaksCutWarning(print: PrintSetup, sheetName: string): Problem | null {
  const asked = (print.pageBreaksBefore ?? []).filter((r) => r > 0).length;
  if (asked <= MAX_PAGE_BREAKS) return null;
  return problem(
    'WRITE_FAILED',
    'warning',
    `「${sheetName}」需要 ${asked} 个分页符，超过 Excel 每张工作表 ${MAX_PAGE_BREAKS} 个的上限：前 ${MAX_PAGE_BREAKS} 个已设置，其后的页面由 Excel 自动分页，打印前请在“分页预览”中检查。`,
    sheetName,
  );
}

export function printSetupActions(print: PrintSetup): number {
  return 12 + (print.repeatRows ? 3 : 0) + 2 * pageBreaks(print).length + (print.pageNumbers ? 3 : 0);
}
