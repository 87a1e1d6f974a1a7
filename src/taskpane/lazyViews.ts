/**
 * Views that only appear once the workbook has answered (the ranking table and the problem list) are split
 * out of the initial download: their chunk loads while the first preview is read from Excel, so the pane's
 * first screen does not wait for Fluent's table code.
 */
import { lazy } from 'react';

const load = () => import(/* webpackChunkName: "views" */ './components/resultViews');

export const LazyRankingPreview = lazy(() => load().then((m) => ({ default: m.RankingPreview })));
export const LazyProblemList = lazy(() => load().then((m) => ({ default: m.ProblemList })));

/**
 * The 通报 and 设置 tabs are not on the first screen: their forms (Fluent's inputs, radio groups) and the bulletin's
 * buttons load in a chunk of their own, right after the first one, before a clerk can reach for a tab.
 */
const loadSections = () => import(/* webpackChunkName: "sections" */ './components/sectionViews');

export const LazyBulletinSection = lazy(() => loadSections().then((m) => ({ default: m.BulletinSection })));
export const LazySettingsForm = lazy(() => loadSections().then((m) => ({ default: m.SettingsForm })));

/** Starts the downloads early (when the first preview is requested) instead of when the result renders. */
export function preloadViews(): void {
  load()
    .then(loadSections)
    .catch((error: unknown) => console.error('窗格组件加载失败', error));
}
