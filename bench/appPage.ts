/**
 * The web page (dist/app.html) in Chromium: time from choosing the file to the ranking preview, and memory, for
 * the 29-row sample and for 100,000 windows; and the page's script gzipped, against the pane's initial-JS budget.
 * Memory: the renderer process's peak resident size (VmHWM, exact: page, worker and Blink together), and the
 * worker's JS heap, sampled every 50 ms over the DevTools protocol (the worker holds the workbook; a sample
 * waits while the worker runs a long synchronous step, so the sampled peak can miss a moment).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { findBrowser } from '../test/e2e/browserPath';
import { findRoot } from '../test/e2e/paneBuild';
import { PANE_INITIAL_JS_BUDGET_GZ as INITIAL_JS_BUDGET_GZ } from '../test/e2e/paneLoad';
import { bigWorkbookFile } from './bigWorkbookFile';
import type { BenchRow } from './types';

const ROOT = findRoot();
const PREVIEW_TITLE = '2023年8月省政务服务大厅进驻部门（单位）窗口考核结果';
const MB = 1024 * 1024;

interface Opened {
  ms: number;
  /** The longest task on the page's own thread while the file was read: the page answers input between tasks. */
  longestTaskMs: number;
  /** The longest from load to the preview drawn, which includes drawing the preview itself (the pane's work). */
  longestOverallMs: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** Heap samples of the page's worker through the browser's protocol session (workers have no performance.memory). */
async function sampleWorkerHeap(cdp: CDPSession): Promise<{ stop(): Promise<number> }> {
  let worker: string | undefined;
  for (let tries = 0; worker === undefined && tries < 200; tries++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    worker = targetInfos.find((t) => t.type === 'worker')?.targetId;
    if (worker === undefined) await new Promise((r) => setTimeout(r, 10));
  }
  if (worker === undefined) throw new Error('the page started no worker');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker, flatten: false });
  let nextId = 1;
  const answers = new Map<number, (used: number) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
    if (reply.id !== undefined && reply.result) answers.get(reply.id)?.(reply.result.usedSize);
  });
  const usage = () =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      answers.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) });
    });
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await usage());
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

async function rendererPeakRss(cdp: CDPSession): Promise<number> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
  const peaks = processInfo
    .filter((p) => p.type === 'renderer')
    .map((p) => Number(/VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'))?.[1] ?? 0) * 1024);
  return Math.max(...peaks);
}

async function openInPage(browser: Browser, html: string, file: string): Promise<Opened> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // The moment the preview's title is in the document, taken by the page itself.
    await page.addInitScript((title: string) => {
      const w = window as unknown as { tasks: { start: number; end: number }[] };
      w.tasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      }).observe({ entryTypes: ['longtask'] });
      new MutationObserver((_, observer) => {
        if (document.body.textContent?.includes(title)) {
          (window as unknown as { previewAt: number }).previewAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }, PREVIEW_TITLE);
    await page.goto(pathToFileURL(html).href);
    const cdp = await browser.newBrowserCDPSession();
    await page.getByTestId('file-input').setInputFiles(file);
    const heap = await sampleWorkerHeap(cdp);
    await page.getByText(PREVIEW_TITLE).waitFor({ timeout: 600_000 });
    const peakHeap = await heap.stop();
    const ms = await page.evaluate(() => (window as unknown as { previewAt: number }).previewAt - performance.getEntriesByName('wb-file-chosen')[0].startTime);
    const { longestTaskMs, longestOverallMs } = await page.evaluate(() => {
      const tasks = (window as unknown as { tasks: { start: number; end: number }[] }).tasks;
      const from = performance.getEntriesByName('wb-file-chosen')[0].startTime;
      const to = performance.getEntriesByName('wb-file-read')[0].startTime;
      const longest = (list: { start: number; end: number }[]) => Math.max(0, ...list.map((t) => t.end - t.start));
      return { longestTaskMs: longest(tasks.filter((t) => t.end > from && t.start < to)), longestOverallMs: longest(tasks) };
    });
    const peakRss = await rendererPeakRss(cdp);
    await cdp.detach();
    return { ms: Math.round(ms), longestTaskMs: Math.round(longestTaskMs), longestOverallMs: Math.round(longestOverallMs), peakRssMb: Math.round(peakRss / MB), peakHeapMb: Math.round(peakHeap / MB) };
  } finally {
    await context.close();
  }
}

interface BuildStats {
  file: number;
  fileGz: number;
  shell: number;
  shellGz: number;
  workspace: number;
  workspaceGz: number;
  worker: number;
  workerGz: number;
  docx: number;
  docxGz: number;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export async function run(): Promise<BenchRow[]> {
  const dir = path.join(ROOT, '.tmp', 'bench', `app-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const stats = JSON.parse(
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-app.mjs'), '--outDir', dir, '--stats'], { cwd: ROOT, encoding: 'utf8' }),
    ) as BuildStats;
    const html = path.join(dir, 'app.html');
    const budget = INITIAL_JS_BUDGET_GZ / 1024;
    const rows: BenchRow[] = [
      {
        name: 'web page first-screen script (gzip -9)',
        value: kb(stats.shellGz),
        unit: 'KB',
        baseline: { name: 'pane budget', value: budget },
        ratio: Math.round((stats.shellGz / INITIAL_JS_BUDGET_GZ) * 100) / 100,
        target: 1,
        note: `${kb(stats.shell)} KB raw: React, Fluent's provider and button, the drop zone; the only script run at load (the Chromium measure is bench paneLoad's 'page initial JS')`,
      },
      {
        name: 'web page workspace script (gzip -9)',
        value: kb(stats.workspaceGz),
        unit: 'KB',
        note: `${kb(stats.workspace)} KB raw: the pane, the grid view, the worker's client; carried as text (<script type="text/plain">), run once a file is chosen`,
      },
      {
        name: 'web page worker script (gzip -9)',
        value: kb(stats.workerGz),
        unit: 'KB',
        note: `${kb(stats.worker)} KB raw (reader, JSZip, ExcelJS browser build), carried as text, parsed in the worker only; the .docx worker ${kb(stats.docxGz)} KB gz, parsed when 保存 .docx is pressed; whole app.html ${kb(stats.file)} KB, ${kb(stats.fileGz)} KB gz`,
      },
    ];
    const cases: [string, string][] = [
      ['29-row sample', path.join(ROOT, 'samples', 'weekly-bulletin-2023-38.xlsx')],
      ['100,000 windows', await bigWorkbookFile({ windows: 100_000, records: 0 })],
    ];
    for (const [label, file] of cases) {
      const opened = await openInPage(browser, html, file);
      rows.push(
        { name: `web page: file chosen → preview, ${label}`, value: opened.ms, unit: 'ms', note: `Chromium ${browser.version()}, file://, worker` },
        {
          name: `web page: longest page-thread task while the file is read, ${label}`,
          value: opened.longestTaskMs,
          unit: 'ms',
          note: `PerformanceObserver longtask (≥ 50 ms, 0 = none) on the page's thread between choosing the file and the worker having read it; from load to the preview drawn (the pane drawing the ranking) ${opened.longestOverallMs} ms`,
        },
        { name: `web page: peak renderer RSS, ${label}`, value: opened.peakRssMb, unit: 'MB', note: 'VmHWM of the renderer process' },
        { name: `web page: worker JS heap peak (sampled), ${label}`, value: opened.peakHeapMb, unit: 'MB', note: 'Runtime.getHeapUsage every 50 ms' },
      );
    }
    return rows;
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
