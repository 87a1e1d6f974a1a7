/**
 * Browser entry bundled by the e2e test (fixtureBundle.ts) and injected before the pane's scripts: a memory host
 * over the reference workbook, as window.__WB_TEST_HOST__. The page's window.__WB_FIXTURE__ (set by the test just
 * before this script) picks the workbook: "reference", "problems" (「考核」!D9, a 加分分值, holds "十"), or "bulletin" (the reference
 * plus the week's bulletin input sheets).
 */
import { createMemoryHost } from '../../src/taskpane/memoryHost';
import { referenceWorkbook } from '../taskpane/referenceWorkbook';

declare global {
  interface Window {
    __WB_FIXTURE__?: 'reference' | 'problems' | 'bulletin';
  }
}

const fixture = window.__WB_FIXTURE__ ?? 'reference';
const workbook =
  fixture === 'problems'
    ? referenceWorkbook({ override: { cell: 'D9', value: '十' } })
    : referenceWorkbook({ bulletinInputs: fixture === 'bulletin' });
// "Today" pinned in September 2023, so the default period is the reference's August whatever the date.
window.__WB_TEST_HOST__ = createMemoryHost(workbook, { now: () => new Date(2023, 8, 15), activeSheet: '考核' });
