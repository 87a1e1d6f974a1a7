/**
 * Long loops written as generators that yield between slices of rows, so a host with a UI thread (the task pane)
 * can hand the thread back between slices, while the CLI and tests run them straight through. The core stays free
 * of timers and DOM: what to do at each yield is the caller's business.
 */

/**
 * Yielded before a step that cannot be sliced (the ranking itself): a host pausing between slices should start
 * it in a fresh task rather than append it to the current stretch.
 */
export const FRESH_TASK = 'fresh-task';

/** Work that yields between slices (undefined, or FRESH_TASK before an unsliced step) and returns its result at the end. */
export type Steps<T> = Generator<typeof FRESH_TASK | undefined, T, void>;

/** Rows handled between two yields: small enough for a few ms a slice on a slow machine, large enough to cost nothing. */
export const ROWS_PER_STEP = 1000;

/** True after the last row of a step: a loop over rows numbered from 0 yields when this says so. */
export function endsStep(k: number): boolean {
  return k % ROWS_PER_STEP === ROWS_PER_STEP - 1;
}

/** Runs the steps to the end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}
