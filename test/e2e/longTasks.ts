/**
 * Watching the pane's main thread in Chromium: long tasks (PerformanceObserver type "longtask": any task over
 * 50 ms, with its start and duration) and a calibration loop that says how fast this machine runs plain
 * JavaScript right now, so a budget can be read against the machine the test happened to get.
 */
import type { Page } from 'playwright-core';

/** The init script: records every long task from page load on, in window.__longTasks. */
export const LONG_TASK_RECORDER = `window.__longTasks = [];
new PerformanceObserver(function (list) {
  for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration, name: e.name });
}).observe({ type: 'longtask', buffered: true });`;

export interface LongTask {
  start: number;
  duration: number;
  name: string;
}

export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Long tasks that started in [from, to) of the page's clock. The observer reports a task once it ended, so wait a tick first. */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<LongTask[]> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const all = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
  return all.filter((t) => t.start >= from && t.start < to);
}

/**
 * A fixed piece of work (sorting 200,000 pseudo-random doubles) timed in the page, the fastest of `runs`: how
 * long this machine, now, takes for a known amount of JavaScript. The pane's tasks scale with it.
 */
export function calibrationMs(page: Page, runs = 5): Promise<number> {
  return page.evaluate((n) => {
    let best = Infinity;
    for (let k = 0; k < n; k++) {
      const a = new Float64Array(200_000);
      let x = 12345;
      for (let i = 0; i < a.length; i++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        a[i] = x / 2147483648;
      }
      const t0 = performance.now();
      a.sort();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }, runs);
}
