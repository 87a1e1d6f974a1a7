/**
 * @jest-environment jsdom
 *
 * 复制为网页格式: the Clipboard API with text/html and text/plain in one item; the contenteditable + execCommand
 * fallback where the API is missing or refuses; a Chinese failure message when both fail. The browser parts are
 * fakes that record what they were given; the DOM is jsdom's.
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

describe('copying the bulletin to the clipboard', () => {
  test('the Clipboard API gets one item with text/html and text/plain', async () => {
    const written: unknown[][] = [];
    const exec = jest.fn(() => true);
    const result = await copyHtmlToClipboard(HTML, TEXT, env(async (items) => void written.push(items), exec));
    expect(result).toEqual({ ok: true, method: 'clipboard-api' });
    expect(exec).not.toHaveBeenCalled();
    const item = written[0][0] as FakeClipboardItem;
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
    expect(item.items['text/html'].type).toBe('text/html');
    expect(await blobText(item.items['text/html'])).toBe(HTML);
    expect(await blobText(item.items['text/plain'])).toBe(TEXT);
  });

  test('refused by the Clipboard API: execCommand copies the HTML body from a selected contenteditable, which is removed after', async () => {
    let selected = '';
    let editable: string | null = null;
    let copyData: Record<string, string> = {};
    const exec = jest.fn((command: string) => {
      selected = document.getSelection()!.toString();
      editable = document.querySelector('[contenteditable="true"]')?.innerHTML ?? null;
      const data = new Map<string, string>();
      const event = Object.assign(new Event('copy', { cancelable: true }), { clipboardData: { setData: (t: string, v: string) => data.set(t, v) } });
      document.dispatchEvent(event);
      copyData = Object.fromEntries(data);
      return command === 'copy';
    });
    const result = await copyHtmlToClipboard(HTML, TEXT, env(notAllowed, exec));
    expect(result).toEqual({ ok: true, method: 'exec-command' });
    expect(exec).toHaveBeenCalledWith('copy');
    expect(selected).toBe('正文 <script>');
    expect(editable).toBe('<div><p style="font-size:16pt">正文 &lt;script&gt;</p></div>');
    expect(copyData).toEqual({ 'text/html': HTML, 'text/plain': TEXT });
    expect(document.querySelector('[contenteditable]')).toBeNull();
    expect(document.getSelection()!.rangeCount).toBe(0);
  });

  test('without the Clipboard API the fallback is used directly', async () => {
    const result = await copyHtmlToClipboard(HTML, TEXT, env(null, () => true));
    expect(result).toEqual({ ok: true, method: 'exec-command' });
  });

  test('both refused: a failure that says why and what to do instead, and nothing left in the page', async () => {
    const result = await copyHtmlToClipboard(HTML, TEXT, env(notAllowed, () => false));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('无法复制到剪贴板');
    expect(result.message).toContain('浏览器没有允许写入剪贴板');
    expect(result.message).toContain('浏览器拒绝了复制命令');
    expect(result.message).toContain('.docx');
    expect(document.querySelector('[contenteditable]')).toBeNull();
  });

  test('neither API present: the failure names both', async () => {
    const result = await copyHtmlToClipboard(HTML, TEXT, env(null, null));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('此环境不支持异步剪贴板接口；此环境不支持 execCommand 复制') });
  });
});
