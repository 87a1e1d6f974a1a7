/**
 * Views that only appear once the workbook has answered are split out of the initial download, each in its own
 * chunk so that the first screen fetches only what it shows:
 * - the ranking preview (Fluent's table): preloaded as soon as the workspace mounts, while the first preview is
 *   read from Excel, so the preview does not wait for it;
 * - the problem list (with Fluent's Badge): fetched when there are problems to list. A clean sheet's first screen
 *   never needs it, and the JavaScript requested before the pane is interactive stays within its budget
 *   (bench paneLoad; test/e2e/paneLoad.e2e.test.ts).
 */
import { lazy } from 'react';

const loadPreview = () => import(/* webpackChunkName: "preview-view" */ './components/RankingPreview');
const loadProblems = () => import(/* webpackChunkName: "problems-view" */ './components/ProblemList');

export const LazyRankingPreview = lazy(() => loadPreview().then((m) => ({ default: m.RankingPreview })));
export const LazyProblemList = lazy(() => loadProblems().then((m) => ({ default: m.ProblemList })));

/** The history section (考核历史), in a chunk of its own: only hosts that keep a history show it. */
export const LazyHistorySection = lazy(() => import(/* webpackChunkName: "history-view" */ './components/HistorySection').then((m) => ({ default: m.HistorySection })));

/** Starts the preview's download early (when the workspace mounts) instead of when the first result renders. */
export function preloadViews(): void {
  loadPreview().catch((error: unknown) => console.error('预览组件加载失败', error));
}
