/**
 * The report in an Office dialog (DialogApi 1.1): dialog.html on this add-in's own origin, the report in the
 * URL's query string (reportPayload.ts says why not the fragment). Resolves once the user closes it — with its
 * 关闭 button (a message) or the dialog's own ×.
 */
import { REPORT_PARAM, encodeReport } from './reportPayload';
import type { RibbonReport } from './report';

/** Office's code when the user closed the dialog with its own close button. */
const DIALOG_CLOSED_BY_USER = 12006;

export function dialogUrl(pageUrl: string, report: RibbonReport): string {
  const url = new URL('dialog.html', pageUrl);
  url.search = `?${REPORT_PARAM}=${encodeReport(report)}`;
  url.hash = '';
  return url.href;
}

export function showReportDialog(report: RibbonReport): Promise<void> {
  return new Promise((resolve, reject) => {
    const size = { height: report.items.length > 3 ? 60 : 40, width: 40, displayInIframe: true };
    Office.context.ui.displayDialogAsync(dialogUrl(window.location.href, report), size, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`对话框未能打开（${opened.error.code}：${opened.error.message}）`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        // The only message the page sends is "close".
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
        const code = (arg as { error?: number }).error;
        if (code === DIALOG_CLOSED_BY_USER) resolve();
        else reject(new Error(`对话框意外关闭（${code ?? '未知代码'}）`));
      });
    });
  });
}
