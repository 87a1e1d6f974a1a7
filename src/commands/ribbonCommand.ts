/**
 * 生成排名 on the ribbon: generate with the settings saved in the workbook, record the month in 「考核历史」 when
 * the saved history settings say so (as the pane's generate does: the month's rows replaced, never duplicated),
 * then tell the user what happened. The generate path is the task pane's (src/excel/generate.ts), which
 * activates the new sheet on success and never writes when the data has errors. Whatever happens, the command's event is completed — in `finally`,
 * after the report dialog closes, because completing unloads the command's page and the dialog with it.
 */
import { problem, type Problem } from '../core/problems';
import { describeOfficeError } from '../excel/officeErrors';
import { reportForFailure, reportForOutcome, type RibbonOutcome, type RibbonReport } from './report';

/** The part of Office.AddinCommands.Event the command uses. */
export interface CommandEvent {
  completed(): void;
}

export interface RibbonDeps {
  /** Runs generate with the saved settings (one Excel.run). */
  generate(): Promise<RibbonOutcome>;
  /**
   * After a generate that wrote its sheet: records the ranked sheet's month in 「考核历史」 if the saved history
   * settings ask for it (one Excel.run); resolves with what the user should hear (warnings, or why not recorded).
   */
  recordHistory(sourceSheet: string): Promise<readonly Problem[]>;
  /** Shows the report; resolves when the user has closed it, rejects when it could not be shown. */
  showReport(report: RibbonReport): Promise<void>;
  /** Last resort when no dialog can be shown: select the first problem's cell so the user sees where to look. */
  pointAt(problem: Problem): Promise<void>;
  displayLanguage: string | null;
  /** Where failures that cannot be shown are logged (the command page's console). */
  log(message: string, error?: unknown): void;
}

async function showOrPoint(report: RibbonReport, problems: readonly Problem[], deps: RibbonDeps): Promise<void> {
  try {
    await deps.showReport(report);
  } catch (error) {
    deps.log(`无法显示“生成排名”的结果对话框：${report.title}；${report.items.map((i) => i.text).join(' ')}`, error);
    const located = problems.find((p) => p.sheet && p.cells && p.cells.length > 0);
    if (!located) return;
    try {
      await deps.pointAt(located);
    } catch (pointError) {
      deps.log('也无法选中问题所在的单元格。', pointError);
    }
  }
}

/**
 * The month recorded after the ranking was written. The ranking stands whatever happens here, so a failure is
 * a warning in the report, never a reason to call the run failed.
 */
async function recorded(sourceSheet: string, deps: RibbonDeps): Promise<readonly Problem[]> {
  try {
    return (await deps.recordHistory(sourceSheet)).map((p) => (p.severity === 'error' ? { ...p, severity: 'warning' as const } : p));
  } catch (error) {
    return [problem('WRITE_FAILED', 'warning', `排名已生成，但没能记入「考核历史」（${describeOfficeError(error)}）。请打开“考核通报”窗格再生成一次，或用命令行 --record 记入。`, '考核历史')];
  }
}

export async function runGenerateRanking(event: CommandEvent, deps: RibbonDeps): Promise<void> {
  try {
    let outcome: RibbonOutcome;
    try {
      outcome = await deps.generate();
    } catch (error) {
      await showOrPoint(reportForFailure(error, deps.displayLanguage), [], deps);
      return;
    }
    if (outcome.ok && outcome.sourceSheet) outcome = { ...outcome, problems: [...outcome.problems, ...(await recorded(outcome.sourceSheet, deps))] };
    const report = reportForOutcome(outcome, deps.displayLanguage);
    if (report) await showOrPoint(report, outcome.problems, deps);
  } catch (unexpected) {
    // Only a bug in the reporting itself lands here; the event is still completed below.
    deps.log('“生成排名”意外出错。', unexpected);
  } finally {
    event.completed();
  }
}
