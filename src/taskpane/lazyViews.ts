/**
 * Views that only appear once the workbook has answered (the ranking table and the problem list) are split
 * out of the initial download: their chunk loads while the first preview is read from Excel, so the pane's
 * first screen does not wait for Fluent's table code.
 */
import { lazy } from 'react';

const load = () => import(/* webpackChunkName: "views" */ './components/resultViews');

export const LazyRankingPreview = lazy(() => load().then((m) => ({ default: m.RankingPreview })));
export const LazyProblemList = lazy(() => load().then((m) => ({ default: m.ProblemList })));

/** The history section (考核历史), in a chunk of its own: only hosts that keep a history show it. */
export const LazyHistorySection = lazy(() => import(/* webpackChunkName: "history-view" */ './components/HistorySection').then((m) => ({ default: m.HistorySection })));

/** Starts the download early (when the first preview is requested) instead of when the result renders. */
export function preloadViews(): void {
  load().catch((error: unknown) => console.error('预览组件加载失败', error));
}
