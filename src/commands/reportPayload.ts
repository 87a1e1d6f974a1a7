/**
 * The report travels to the dialog in its URL's query string, parameter `r`: UTF-8 JSON in base64url. Not in the
 * fragment: Office appends its own `_host_Info` parameter to a dialog's URL by plain concatenation, which lands
 * inside a fragment and garbles it, and hash URLs are mishandled by some hosts (office-js #2284, #3057, #896).
 * A query parameter of our own sits beside `_host_Info` and is read by name. (The query reaches this add-in's own
 * server with the request for dialog.html; it holds only the problem texts shown in the dialog.)
 * The dialog URL is kept under ~2,000 characters, the limit older Office webviews put on a URL, with room for
 * `_host_Info`, so a long problem list is cut to what fits and the dialog says how many more the pane holds.
 */
import type { ReportItem, RibbonReport } from './report';

/** The query parameter that carries the report. */
export const REPORT_PARAM = 'r';

/** Characters of encoded report in the query; with the page's address and Office's _host_Info the URL stays under 2,000. */
export const PAYLOAD_BUDGET = 1600;
/** One item's text is cut here: a single runaway message must not push every other one out. */
const ITEM_MAX_CHARS = 200;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

function clip(item: ReportItem): ReportItem {
  return item.text.length <= ITEM_MAX_CHARS ? item : { ...item, text: `${item.text.slice(0, ITEM_MAX_CHARS - 1)}…` };
}

/** Encodes as many items as fit the budget (at least the header), counting the rest as omitted. */
export function encodeReport(report: RibbonReport, budget = PAYLOAD_BUDGET): string {
  const items = report.items.map(clip);
  const encode = (n: number) => toBase64Url(JSON.stringify({ ...report, items: items.slice(0, n), omitted: report.omitted + items.length - n }));
  // Few items, each encoded once or twice: a linear search from the full list down is plenty.
  for (let n = items.length; n > 0; n--) {
    const encoded = encode(n);
    if (encoded.length <= budget) return encoded;
  }
  return encode(0);
}

function isItem(x: unknown): x is ReportItem {
  const i = x as ReportItem;
  return !!i && (i.severity === 'error' || i.severity === 'warning') && typeof i.text === 'string';
}

/** The report in a dialog page's query string (location.search), whatever else Office appended; null when absent. */
export function reportFromSearch(search: string): RibbonReport | null {
  return decodeReport(new URLSearchParams(search).get(REPORT_PARAM) ?? '');
}

/** The report from its encoding, or null when it is missing or not one of ours (the dialog then says so). */
export function decodeReport(encoded: string): RibbonReport | null {
  try {
    const r = JSON.parse(fromBase64Url(encoded)) as RibbonReport;
    const texts = [r.title, r.summary, r.closeLabel, r.omittedNote];
    if (typeof r.ok !== 'boolean' || texts.some((t) => typeof t !== 'string') || !Array.isArray(r.items) || !r.items.every(isItem)) return null;
    if (!Number.isInteger(r.omitted) || r.omitted < 0) return null;
    return r;
  } catch {
    // Malformed base64, UTF-8 or JSON: the caller shows "no report" rather than a broken page.
    return null;
  }
}
