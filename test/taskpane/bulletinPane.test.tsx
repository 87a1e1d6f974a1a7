/** @jest-environment jsdom */
/**
 * 生成通报 from the pane, over the memory host and the reference week's input sheets: the bulletin sheet, the jump
 * to it, the .docx download, the HTML copy, the platforms whose webview cannot download, and the problems that
 * stop it (no input sheets). The .docx is rendered for real by the lazily loaded docx chunk.
 */
import '@testing-library/jest-dom';
import './jsdomShims';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryHost } from '../../src/taskpane/memoryHost';
import { bulletin, fakeHost } from './fakeHost';
import { referenceWorkbook } from './referenceWorkbook';
import { openTab, renderPane, settle } from './renderPane';

afterEach(settle);
configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(30000);

const SEPTEMBER_2023 = () => new Date(2023, 8, 15);

/** A Blob's bytes (jsdom has neither Response nor Blob.arrayBuffer everywhere; FileReader it has). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

function bulletinHost() {
  return createMemoryHost(referenceWorkbook({ bulletinInputs: true }), { now: SEPTEMBER_2023, activeSheet: '考核' });
}

async function generateBulletin(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: '生成通报' }));
  expect(await within(screen.getByRole('tabpanel', { name: '通报' })).findByText('已生成通报工作表「2023年第38期周报」。')).toBeInTheDocument();
}

test('生成通报 writes the bulletin sheet (inputs untouched) and the success message jumps to it', async () => {
  const host = bulletinHost();
  const before = JSON.stringify(host.workbook.sheets);
  renderPane(host);
  await openTab('通报');
  await generateBulletin();
  const names = host.workbook.sheets.map((s) => s.name);
  expect(names.at(-1)).toBe('2023年第38期周报');
  // The sheets that were there are exactly as they were.
  expect(JSON.stringify(host.workbook.sheets.slice(0, -1))).toBe(before);
  const written = host.workbook.sheets.at(-1)!.values.flat().filter((v) => typeof v === 'string');
  expect(written).toContain('窗口工作周报');
  expect(written).toContain('2023年第38期（总第458期）');
  fireEvent.click(screen.getAllByRole('button', { name: '转到该工作表' }).at(-1)!);
  await waitFor(() => expect(host.log.activated).toEqual(['2023年第38期周报']));
});

test('保存 .docx downloads the bulletin as 「2023年第38期周报.docx」, a real .docx', async () => {
  const blobs: Blob[] = [];
  const clicks: string[] = [];
  const createObjectURL = jest.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:bulletin';
  });
  Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this.download);
  });
  try {
    renderPane(bulletinHost());
    await openTab('通报');
    await generateBulletin();
    const save = screen.getByRole('button', { name: '保存 .docx' });
    await waitFor(() => expect(save).toBeEnabled());
    fireEvent.click(save);
    expect(await screen.findByText('已开始下载「2023年第38期周报.docx」，请在下载文件夹中查看。')).toBeInTheDocument();
    expect(clicks).toEqual(['2023年第38期周报.docx']);
    expect(blobs[0].type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = await blobBytes(blobs[0]);
    // A zip (PK\x03\x04), as every .docx is.
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  } finally {
    click.mockRestore();
  }
});

test('复制为网页格式 puts the bulletin on the clipboard as HTML and plain text', async () => {
  const written: Record<string, Blob>[] = [];
  class RecordingClipboardItem {
    constructor(readonly items: Record<string, Blob>) {
      written.push(items);
    }
  }
  Object.assign(globalThis, { ClipboardItem: RecordingClipboardItem });
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write: jest.fn(async () => undefined) } });
  try {
    renderPane(bulletinHost());
    await openTab('通报');
    await generateBulletin();
    const copy = screen.getByRole('button', { name: '复制为网页格式' });
    await waitFor(() => expect(copy).toBeEnabled());
    fireEvent.click(copy);
    expect(await screen.findByText('已复制。在 Word 或 WPS 中粘贴，字体、表格和分页都会保留。')).toBeInTheDocument();
    expect(Object.keys(written[0]).sort()).toEqual(['text/html', 'text/plain']);
    const html = new TextDecoder().decode(await blobBytes(written[0]['text/html']));
    expect(html).toContain('窗口工作周报');
    expect(html).toContain('交通运输厅');
  } finally {
    delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  }
});

test('where the webview cannot download (Excel for Mac), the pane says so and offers the HTML copy instead', async () => {
  renderPane(bulletinHost(), { downloadsBlocked: true });
  await openTab('通报');
  await generateBulletin();
  expect(screen.getByText(/此平台（Excel for Mac \/ iPad）的任务窗格不能下载文件/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '保存 .docx' })).toBeNull();
  expect(screen.getByRole('button', { name: '复制为网页格式' })).toBeInTheDocument();
});

test('a workbook without the input sheets: every missing sheet is listed, nothing is written', async () => {
  const host = createMemoryHost(referenceWorkbook(), { now: SEPTEMBER_2023 });
  renderPane(host);
  await openTab('通报');
  fireEvent.click(await screen.findByRole('button', { name: '生成通报' }));
  expect(await within(screen.getByRole('tabpanel', { name: '通报' })).findByText('有 2 个错误，未生成通报。请先修正下列问题。')).toBeInTheDocument();
  expect(await screen.findByText(/工作簿中没有「通报信息」工作表/)).toBeInTheDocument();
  expect(screen.getByText(/工作簿中没有「办件统计」工作表/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '保存 .docx' })).toBeNull();
  expect(host.workbook.sheets.map((s) => s.name)).toEqual(['考核']);
});

test('while the bulletin is being written, a second click starts nothing; a host failure is shown', async () => {
  let reject: (e: Error) => void = () => undefined;
  const host = fakeHost({
    preview: async () => ({ sheet: '考核', header: null, bulletin: bulletin([]), problems: [] }),
    generateBulletin: () => new Promise((_, r) => (reject = r)),
  });
  renderPane(host);
  await openTab('通报');
  const button = await screen.findByRole('button', { name: '生成通报' });
  fireEvent.click(button);
  fireEvent.click(button);
  expect(await screen.findByRole('button', { name: '正在生成通报…' })).toBeDisabled();
  expect(host.callsTo('generateBulletin')).toHaveLength(1);
  reject(new Error('工作簿已锁定'));
  expect(await within(screen.getByRole('tabpanel', { name: '通报' })).findByText('操作失败：工作簿已锁定')).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('操作失败：工作簿已锁定');
  expect(screen.getByRole('button', { name: '生成通报' })).toBeEnabled();
});
