/**
 * The ribbon command page (FunctionFile in manifest.xml): registers generateRanking, the 生成排名 button.
 * It has no UI of its own; results and problems are shown in dialog.html.
 */
import { generateWithSavedSettings } from '../excel/generate';
import { recordWithSavedSettings } from '../excel/history';
import { selectCell } from '../excel/navigation';
import { withExcel } from '../excel/withExcel';
import { showReportDialog } from './reportDialog';
import { runGenerateRanking, type CommandEvent } from './ribbonCommand';

function displayLanguage(): string | null {
  try {
    return Office.context?.displayLanguage ?? null;
  } catch {
    // Office.context can throw before the host is ready: Chinese, the default, is right then.
    return null;
  }
}

function generateRanking(event: CommandEvent): Promise<void> {
  return runGenerateRanking(event, {
    generate: () => withExcel((context) => generateWithSavedSettings(context)),
    recordHistory: async (sourceSheet) => (await withExcel((context) => recordWithSavedSettings(context, sourceSheet))).problems,
    showReport: showReportDialog,
    pointAt: (problem) => withExcel((context) => selectCell(context, problem.sheet ?? '', problem.cells?.[0] ?? '')),
    displayLanguage: displayLanguage(),
    log: (message, error) => console.error(message, error),
  });
}

if (typeof Office !== 'undefined') {
  Office.onReady(() => undefined);
  Office.actions.associate('generateRanking', generateRanking);
}
