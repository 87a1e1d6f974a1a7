/**
 * What the e2e test checks on every state of the pane besides its own assertions: axe-core's accessibility rules
 * (the real axe-core, run in the page), ids that aria attributes refer to, and layout shift as Chromium reports it
 * (PerformanceObserver 'layout-shift', the measure behind Cumulative Layout Shift).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Every layout shift from the start of the page, in window.__layoutShifts. Shifts right after a click are counted
 * too (CLS leaves them out as expected by the user): a button that moves under the pointer is exactly the problem.
 */
export const LAYOUT_SHIFT_RECORDER = `window.__layoutShifts = [];
new PerformanceObserver(function (list) {
  for (const e of list.getEntries()) {
    const moved = (e.sources || []).map(function (src) {
      const n = src.node;
      return n && n.nodeType === 1 ? n.tagName.toLowerCase() + ':' + (n.textContent || '').slice(0, 24) : String(n && n.nodeName);
    });
    window.__layoutShifts.push({ value: e.value, at: e.startTime, recent: e.hadRecentInput, moved: moved });
  }
}).observe({ type: 'layout-shift', buffered: true });`;

/** Sum of the layout-shift values recorded from index `from` on; and how many entries there are now. */
export async function layoutShift(page: Page, from = 0): Promise<{ total: number; count: number; shifts: string[] }> {
  // Let the observer deliver what the last frame produced.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate((start) => {
    const shifts = (window as unknown as { __layoutShifts: { value: number; moved: string[] }[] }).__layoutShifts.slice(start);
    return {
      total: shifts.reduce((sum, s) => sum + s.value, 0),
      count: start + shifts.length,
      // What moved, for the failure message: value and the elements Chromium names as shifted.
      shifts: shifts.map((s) => `${s.value.toFixed(3)} ${s.moved.join(' | ')}`),
    };
  }, from);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** axe-core's violations on the page as it is now (all rules axe runs by default, best practices included). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Injected through the debugger protocol, not a <script> tag: the page's CSP (rightly) admits no inline script.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Node = { target: string[]; html: string; failureSummary?: string };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: Node[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    // Tabster's focus sentinels (Fluent's TabList keyboard navigation) are focusable on purpose and aria-hidden so
    // screen readers skip them: a documented false positive of aria-hidden-focus (microsoft/tabster#288, fluentui#25133;
    // Accessibility Insights suppresses exactly these, accessibility-insights-web#7605). Only those nodes are left out.
    const sentinel = (v: { id: string }, n: Node): boolean => v.id === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(n.html);
    return result.violations
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.filter((n) => !sentinel(v, n)).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`) }))
      .filter((v) => v.nodes.length > 0);
  });
}

/** aria-labelledby / aria-describedby / aria-controls / for / aria-owns values that name no element. */
export function danglingIdRefs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const missing: string[] = [];
    for (const attr of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'for']) {
      document.querySelectorAll(`[${attr}]`).forEach((el) => {
        for (const id of (el.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
          if (!document.getElementById(id)) missing.push(`${el.tagName.toLowerCase()}[${attr}=${id}]`);
        }
      });
    }
    return missing;
  });
}
