/**
 * The pane's message bars (failures, warnings), one chunk loaded on demand (lazyViews.ts): on a first screen without
 * a failure, Fluent's MessageBar is not part of what the pane loads before it is usable (bench paneLoad).
 */
export { ErrorBar, Notice } from './Outcome';
