/**
 * @jest-environment jsdom
 *
 * 复制为网页格式: first the copy event (a plain-text selection, execCommand('copy'), both formats handed over as
 * strings, so the HTML is never parsed in the page under its CSP); the Clipboard API with text/html and text/plain
 * in one item where that fails; a Chinese failure message when both fail. The browser parts are fakes that record
 * what they were given; the DOM is jsdom's.
 */
import { copyHtmlToClipboard, type ClipboardEnv } from '../../src/export/clipboard';

const HTML = '<!DOCTYPE html><html><head><title>周报</title></head><body><div><p style="font-size:16pt">正文 &lt;script&gt;</p></div></body></html>';
const TEXT = '正文 <script>';

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

function env(write: ((items: unknown[]) => Promise<void>) | null, execCommand: ((command: string) => boolean) | null): ClipboardEnv {
  (document as { execCommand: unknown }).execCommand = execCommand ?? undefined;
  return {
    clipboard: write ? { write: write as Clipboard['write'] } : undefined,
    ClipboardItem: write ? (FakeClipboardItem as unknown as ClipboardEnv['ClipboardItem']) : undefined,
    document,
  };
}

const notAllowed = () => Promise.reject(Object.assign(new Error('Write permission denied.'), { name: 'NotAllowedError' }));

/** An execCommand that dispatches `copy` as a browser would, recording the selection and the data handed over. */
function recordingCopy(opts: { clipboardData?: boolean; returns?: boolean } = {}) {
  const seen = { selected: '', holderHtml: null as string | null, data: {} as Record<string, string>, canceled: false };
  const exec = jest.fn((command: string) => {
    seen.selected = document.getSelection()!.toString();
    seen.holderHtml = document.querySelector('[aria-hidden="true"]')?.innerHTML ?? null;
    const data = new Map<string, string>();
    const clipboardData = opts.clipboardData === false ? null : { setData: (t: string, v: string) => data.set(t, v) };
    const event = Object.assign(new Event('copy', { cancelable: true }), { clipboardData });
    document.dispatchEvent(event);
    seen.canceled = event.defaultPrevented;
    seen.data = Object.fromEntries(data);
    return command === 'copy' && opts.returns !== false;
  });
  return { exec, seen };
}

describe('copying the bulletin to the clipboard', () => {
  test('the copy event hands over text/html and text/plain verbatim; the HTML never enters the page', async () => {
    const { exec, seen } = recordingCopy();
    const write = jest.fn(async () => undefined);
    const result = await copyHtmlToClipboard(HTML, TEXT, env(write, exec));
    expect(result).toEqual({ ok: true, method: 'copy-event' });
    expect(exec).toHaveBeenCalledWith('copy');
    expect(write).not.toHaveBeenCalled();
    expect(seen.data).toEqual({ 'text/html': HTML, 'text/plain': TEXT });
    expect(seen.canceled).toBe(true);
    // What was selected is the plain text, as text: no element was made from the HTML (no style attribute parsed).
    expect(seen.selected).toBe('正文 <script>');
    expect(seen.holderHtml).toBe('正文 &lt;script&gt;');
    expect(document.querySelector('[aria-hidden="true"]')).toBeNull();
    expect(document.getSelection()!.rangeCount).toBe(0);
  });

  test('the clerk’s own selection in the pane is put back after the copy', async () => {
    const p = document.body.appendChild(document.createElement('p'));
    p.textContent = '选中的文字';
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.addRange(range);
    const { exec } = recordingCopy();
    await copyHtmlToClipboard(HTML, TEXT, env(null, exec));
    expect(document.getSelection()!.toString()).toBe('选中的文字');
    document.getSelection()!.removeAllRanges();
    p.remove();
  });

  test.each([
    ['execCommand refuses', { returns: false }],
    ['the copy event has no clipboardData', { clipboardData: false }],
  ])('%s: the Clipboard API gets one item with text/html and text/plain', async (_what, opts) => {
    const written: unknown[][] = [];
    const { exec } = recordingCopy(opts);
    const result = await copyHtmlToClipboard(HTML, TEXT, env(async (items) => void written.push(items), exec));
    expect(result).toEqual({ ok: true, method: 'clipboard-api' });
    const item = written[0][0] as FakeClipboardItem;
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
    expect(item.items['text/html'].type).toBe('text/html');
    expect(await blobText(item.items['text/html'])).toBe(HTML);
    expect(await blobText(item.items['text/plain'])).toBe(TEXT);
  });

  test('without execCommand the Clipboard API is used directly', async () => {
    const write = jest.fn(async () => undefined);
    const result = await copyHtmlToClipboard(HTML, TEXT, env(write, null));
    expect(result).toEqual({ ok: true, method: 'clipboard-api' });
    expect(write).toHaveBeenCalledTimes(1);
  });

  test('both refused: a failure that says why and what to do instead, and nothing left in the page', async () => {
    const result = await copyHtmlToClipboard(HTML, TEXT, env(notAllowed, () => false));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('无法复制到剪贴板');
    expect(result.message).toContain('浏览器没有允许写入剪贴板');
    expect(result.message).toContain('浏览器拒绝了复制命令');
    expect(result.message).toContain('.docx');
    expect(document.querySelector('[aria-hidden="true"]')).toBeNull();
  });

  test('neither API present: the failure names both', async () => {
    const result = await copyHtmlToClipboard(HTML, TEXT, env(null, null));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('此环境不支持 execCommand 复制；此环境不支持异步剪贴板接口') });
  });
});
