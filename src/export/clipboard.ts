/**
 * 复制为网页格式: puts the bulletin on the clipboard as text/html (for Word and WPS) and text/plain together.
 * First the async Clipboard API with one ClipboardItem; where a webview lacks it or refuses (no permission, no
 * user gesture), the old way: the HTML in a hidden contenteditable, selected, and document.execCommand('copy'),
 * whose copy event also sets both formats exactly. When both fail the result says why, in Chinese, and what to do.
 */

export type CopyResult = { ok: true; method: 'clipboard-api' | 'exec-command' } | { ok: false; message: string };

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

/** The body of an HTML document, parsed inertly (DOMParser runs no scripts and loads nothing). */
function bodyHtml(doc: Document, html: string): string {
  const parsed = new (doc.defaultView?.DOMParser ?? DOMParser)().parseFromString(html, 'text/html');
  return parsed.body.innerHTML;
}

function viaExecCommand(env: ClipboardEnv, html: string, text: string): string | null {
  const doc = env.document;
  if (typeof doc.execCommand !== 'function') return '此环境不支持 execCommand 复制';
  const holder = doc.createElement('div');
  holder.setAttribute('contenteditable', 'true');
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:156mm;opacity:0;';
  holder.innerHTML = bodyHtml(doc, html);
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return; // the selection itself is copied
    event.clipboardData.setData('text/html', html);
    event.clipboardData.setData('text/plain', text);
    event.preventDefault();
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
    return doc.execCommand('copy') ? null : '浏览器拒绝了复制命令';
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
  const apiFailure = await viaClipboardApi(env, html, text);
  if (apiFailure === null) return { ok: true, method: 'clipboard-api' };
  const execFailure = viaExecCommand(env, html, text);
  if (execFailure === null) return { ok: true, method: 'exec-command' };
  return {
    ok: false,
    message: `无法复制到剪贴板（${apiFailure}；${execFailure}）。请改用「保存 .docx」，或在命令行用 --html 导出网页后在浏览器中全选复制。`,
  };
}
