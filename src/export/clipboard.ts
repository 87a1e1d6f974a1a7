/**
 * 复制为网页格式: puts the bulletin on the clipboard as text/html (for Word and WPS) and text/plain together.
 *
 * First the copy event: a plain-text holder is selected, document.execCommand('copy') fires `copy`, and the handler
 * hands both formats to the clipboard as strings. The HTML is never parsed in the page. That matters under the
 * pane's Content-Security-Policy: Chromium's async Clipboard API sanitizes text/html by parsing it in the page's
 * document, where the CSP reports every style attribute of the bulletin (245 console errors per copy, measured)
 * although the styles do reach the clipboard. Where the copy event cannot deliver (no execCommand, a refusal, no
 * clipboardData), the async Clipboard API with one ClipboardItem. When both fail the result says why, in Chinese,
 * and what to do instead.
 */

export type CopyResult = { ok: true; method: 'copy-event' | 'clipboard-api' } | { ok: false; message: string };

/** What the copy needs from the browser; the pane passes nothing and gets the real window's. */
export interface ClipboardEnv {
  clipboard: Pick<Clipboard, 'write'> | undefined;
  ClipboardItem: (new (items: Record<string, Blob>) => ClipboardItem) | undefined;
  document: Document;
}

function browserEnv(): ClipboardEnv {
  return {
    clipboard: typeof navigator !== 'undefined' ? navigator.clipboard : undefined,
    ClipboardItem: typeof ClipboardItem !== 'undefined' ? ClipboardItem : undefined,
    document,
  };
}

function reason(error: unknown): string {
  if (error instanceof Error && error.name === 'NotAllowedError') return '浏览器没有允许写入剪贴板';
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

async function viaClipboardApi(env: ClipboardEnv, html: string, text: string): Promise<string | null> {
  if (!env.clipboard?.write || !env.ClipboardItem) return '此环境不支持异步剪贴板接口';
  try {
    const item = new env.ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    });
    await env.clipboard.write([item]);
    return null;
  } catch (error) {
    return reason(error);
  }
}

function viaCopyEvent(env: ClipboardEnv, html: string, text: string): string | null {
  const doc = env.document;
  if (typeof doc.execCommand !== 'function') return '此环境不支持 execCommand 复制';
  // Something must be selected for Safari (WKWebView) to enable the copy command; plain text, so nothing is parsed.
  const holder = doc.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;white-space:pre;';
  holder.textContent = text;
  let delivered = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return; // the plain-text selection would be copied: not what was asked
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
    delivered = true;
  };
  const selection = doc.getSelection();
  const saved = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  doc.body.appendChild(holder);
  doc.addEventListener('copy', onCopy);
  try {
    const range = doc.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    if (!doc.execCommand('copy')) return '浏览器拒绝了复制命令';
    return delivered ? null : '复制事件没有提供剪贴板数据';
  } catch (error) {
    return reason(error);
  } finally {
    doc.removeEventListener('copy', onCopy);
    holder.remove();
    selection?.removeAllRanges();
    if (saved) selection?.addRange(saved);
  }
}

export async function copyHtmlToClipboard(html: string, text: string, env: ClipboardEnv = browserEnv()): Promise<CopyResult> {
  // Synchronously first: execCommand('copy') needs the click's user activation, which an await would give up.
  const eventFailure = viaCopyEvent(env, html, text);
  if (eventFailure === null) return { ok: true, method: 'copy-event' };
  const apiFailure = await viaClipboardApi(env, html, text);
  if (apiFailure === null) return { ok: true, method: 'clipboard-api' };
  return {
    ok: false,
    message: `无法复制到剪贴板（${eventFailure}；${apiFailure}）。请改用「保存 .docx」，或在命令行用 --html 导出网页后在浏览器中全选复制。`,
  };
}
