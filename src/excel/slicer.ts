/**
 * Handing the task pane's thread back between slices of a long job: the pane must repaint its progress and answer
 * clicks while a 100,000-window generate reads, ranks, plans and writes. A Slicer yields to the event loop once a
 * stretch of work has run for its budget, so small sheets never pause and large ones pause every ~6 ms.
 *
 * The yield is a MessageChannel message (a task of its own, not clamped like nested setTimeout, and not paused in a
 * hidden pane as requestAnimationFrame is); setTimeout where MessageChannel is missing.
 */
import { FRESH_TASK, type Steps } from '../core/steps';

/**
 * Longest stretch of work between two yields: an eighth of the 50 ms a task may take before the browser calls it
 * long, leaving room for a garbage collection landing in the slice (40–50 ms with 100,000 rows on an idle machine;
 * traced, mostly young-generation scavenges, see docs/taskpane.md). With 12 ms, bench paneLongTasks saw such tasks
 * at 52–58 ms; with 6 ms, 0–55 ms, the generate no slower.
 */
export const SLICE_BUDGET_MS = 6;

/** Resolves in a new task, after whatever the event loop has waiting (input, rendering, React's updates). */
export function nextTick(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export class Slicer {
  private since = performance.now();

  constructor(private readonly budgetMs: number = SLICE_BUDGET_MS) {}

  /** Yields when the current stretch has used its budget; otherwise returns at once (no task boundary). */
  async pause(): Promise<void> {
    if (performance.now() - this.since < this.budgetMs) return;
    await this.yield();
  }

  /** Always yields, and starts a new stretch. */
  async yield(): Promise<void> {
    await nextTick();
    this.since = performance.now();
  }

  /** Runs core steps, pausing between slices as the budget says. */
  async run<T>(steps: Steps<T>): Promise<T> {
    for (;;) {
      const s = steps.next();
      if (s.done) return s.value;
      if (s.value === FRESH_TASK) await this.yield();
      else await this.pause();
    }
  }
}
