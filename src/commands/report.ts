/**
 * What the ribbon's 生成排名 tells the user after a run: nothing when the bulletin was written cleanly (the new
 * sheet is activated, which is its own message); otherwise a short report — written, with warnings; or not
 * written, with the problems — shown in a dialog. Built from the generate result, independent of Office.
 */
import type { Problem, Severity } from '../core/problems';
import { describeOfficeError } from '../excel/officeErrors';

export interface ReportItem {
  severity: Severity;
  /** The problem's own sentence, which already names the sheet and cell (「考核」!D9). */
  text: string;
}

export interface RibbonReport {
  ok: boolean;
  title: string;
  summary: string;
  items: ReportItem[];
  /** Items left out of the dialog (its URL has a size budget); the pane lists them all. */
  omitted: number;
  /** Texts of the dialog itself, in the user's language. */
  closeLabel: string;
  omittedNote: string;
}

/** What the ribbon needs from a generate result (ExcelGenerateResult has more). */
export interface RibbonOutcome {
  ok: boolean;
  sheetName: string | null;
  problems: readonly Problem[];
  /** The sheet that was ranked, when ok. */
  sourceSheet?: string;
}

interface ReportWords {
  written: (sheet: string) => string;
  writtenSummary: (sheet: string, count: number) => string;
  notWritten: string;
  notWrittenSummary: (errors: number, warnings: number) => string;
  /** Nothing written because Excel refused (cell-edit mode, protection, another run), not because of the data. */
  refusedSummary: string;
  failed: string;
  failedSummary: string;
  failedItem: (cause: string) => string;
  close: string;
  omittedNote: string;
}

const zh: ReportWords = {
  written: (sheet) => `已生成「${sheet}」`,
  writtenSummary: (sheet, count) => `排名已写入「${sheet}」，并已切换到该工作表。请留意以下提示（${count} 条）：`,
  notWritten: '未生成排名',
  notWrittenSummary: (errors, warnings) =>
    `发现 ${errors} 个错误${warnings > 0 ? `、${warnings} 条提示` : ''}，工作簿未作改动。请修改后再点“生成排名”；在“考核通报”窗格中可点击问题直接定位到单元格。`,
  refusedSummary: 'Excel 没有执行这次生成，工作簿未作改动。请按下面的说明处理后再点“生成排名”。',
  failed: '生成排名时出错',
  failedSummary: 'Excel 未能完成这次生成。请稍后再试；如果问题一直存在，请打开“考核通报”窗格查看。',
  failedItem: (cause) => `Excel 报告：${cause}`,
  close: '关闭',
  omittedNote: '另有 {n} 条未在此列出，请打开“考核通报”窗格查看全部。',
};

const en: ReportWords = {
  written: (sheet) => `Created “${sheet}”`,
  writtenSummary: (sheet, count) => `The ranking was written to “${sheet}”, now the active sheet. Please note (${count}):`,
  notWritten: 'Ranking not generated',
  notWrittenSummary: (errors, warnings) =>
    `Found ${errors} error(s)${warnings > 0 ? ` and ${warnings} warning(s)` : ''}; the workbook was not changed. Fix them and click Generate Ranking again; in the Bulletin Pane, clicking a problem selects its cell.`,
  refusedSummary: 'Excel did not carry out this run; the workbook was not changed. Do as described below, then click Generate Ranking again.',
  failed: 'Generating the ranking failed',
  failedSummary: 'Excel could not complete this run. Please try again; if it keeps failing, open the Bulletin Pane.',
  failedItem: (cause) => `Excel reported: ${cause}`,
  close: 'Close',
  omittedNote: '{n} more not listed here; open the Bulletin Pane to see them all.',
};

export function reportWords(displayLanguage: string | null | undefined): ReportWords {
  return displayLanguage && displayLanguage.toLowerCase().startsWith('en') ? en : zh;
}

function itemsOf(problems: readonly Problem[]): ReportItem[] {
  // Errors first: they are why nothing was written; warnings keep their order after them.
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b)).map((p) => ({ severity: p.severity, text: p.message }));
}

/** The report for a finished run, or null when there is nothing to say beyond the activated sheet. */
export function reportForOutcome(outcome: RibbonOutcome, displayLanguage?: string | null): RibbonReport | null {
  const w = reportWords(displayLanguage);
  const base = { items: itemsOf(outcome.problems), omitted: 0, closeLabel: w.close, omittedNote: w.omittedNote };
  if (outcome.ok && outcome.sheetName) {
    if (outcome.problems.length === 0) return null;
    return { ...base, ok: true, title: w.written(outcome.sheetName), summary: w.writtenSummary(outcome.sheetName, outcome.problems.length) };
  }
  const errors = outcome.problems.filter((p) => p.severity === 'error').length;
  if (errors === 0) {
    // Not written yet no error said why: never leave the user with an empty dialog.
    return { ...base, ok: false, title: w.notWritten, summary: w.failedSummary };
  }
  // Errors that are Excel's refusals, not the data's: "fix them in the sheet" would send the clerk looking for nothing.
  const refused = outcome.problems.every((p) => p.severity !== 'error' || p.code === 'UNREADABLE_FILE' || p.code === 'WRITE_FAILED');
  if (refused) return { ...base, ok: false, title: w.notWritten, summary: w.refusedSummary };
  return { ...base, ok: false, title: w.notWritten, summary: w.notWrittenSummary(errors, outcome.problems.length - errors) };
}

/** The report for a run that threw (Excel.run itself failed, the workbook was closed, …). */
export function reportForFailure(error: unknown, displayLanguage?: string | null): RibbonReport {
  const w = reportWords(displayLanguage);
  return {
    ok: false,
    title: w.failed,
    summary: w.failedSummary,
    items: [{ severity: 'error', text: w.failedItem(describeOfficeError(error)) }],
    omitted: 0,
    closeLabel: w.close,
    omittedNote: w.omittedNote,
  };
}
