/**
 * A global Excel.run over one fake workbook, as Office.js provides it: Excel.run(batch) makes a new request context,
 * Excel.run(context, batch) reuses one (how event handlers are removed in the context they were added in).
 */
import type { FakeExcelOptions } from './context';
import { rememberContext } from './events';
import type { FakeWorkbookState } from './state';
import { makeContext, type FakeRequestContext } from './workbook';

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export interface FakeExcelRun {
  run<T>(first: Batch<T> | FakeRequestContext, second?: Batch<T>): Promise<T>;
  /** Every context made, in order. */
  contexts: FakeRequestContext[];
}

export function fakeExcelRun(state: FakeWorkbookState, options: FakeExcelOptions = {}): FakeExcelRun {
  const contexts: FakeRequestContext[] = [];
  return {
    contexts,
    run<T>(first: Batch<T> | FakeRequestContext, second?: Batch<T>): Promise<T> {
      if (typeof first !== 'function') {
        if (!second) throw new Error('FakeExcel: Excel.run(context, batch) needs the batch');
        return second(first);
      }
      const context = makeContext(state, options);
      rememberContext(context.core, context);
      contexts.push(context);
      return first(context);
    },
  };
}
