/** The one place that calls Excel.run: everything else takes a RequestContext, so tests can hand it a fake. */
export function withExcel<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run((context) => work(context));
}
