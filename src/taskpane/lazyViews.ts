/**
 * Views that only appear once the workbook has answered (the ranking table and the problem list) are split
 * out of the initial download: their chunk loads while the first preview is read from Excel, so the pane's
 * first screen does not wait for Fluent's table code.
 */
import { lazy, useEffect, useState } from 'react';

// The preview and the problem list in one chunk: the 排名 tab shows one or the other from the first result on.
const load = () => import(/* webpackChunkName: "views" */ './components/resultViews');


type ResultViews = Awaited<ReturnType<typeof load>>;
let loadedViews: ResultViews | null = null;

/**
 * The result views as a module, or null until it has arrived. The 排名 tab renders them directly rather than through
 * React.lazy: a lazy component suspends once on its first render even when its chunk is already here, and the
 * fallback-then-table flash moved what was below it (a layout shift the e2e test measured).
 */
export function useResultViews(): ResultViews | null {
  const [views, setViews] = useState(loadedViews);
  useEffect(() => {
    if (views) return undefined;
    let current = true;
    load().then(
      (m) => {
        loadedViews = m;
        if (current) setViews(m);
      },
      (error: unknown) => console.error('预览组件加载失败', error),
    );
    return () => {
      current = false;
    };
  }, [views]);
  return views;
}
export const LazyProblemList = lazy(() => load().then((m) => ({ default: m.ProblemList })));

/**
 * The 通报 and 设置 tabs are not on the first screen: their forms (Fluent's inputs, radio groups) and the bulletin's
 * buttons load in a chunk of their own, right after the first one, before a clerk can reach for a tab.
 */
const loadSections = () => import(/* webpackChunkName: "sections" */ './components/sectionViews');

export const LazyBulletinSection = lazy(() => loadSections().then((m) => ({ default: m.BulletinSection })));
export const LazySettingsForm = lazy(() => loadSections().then((m) => ({ default: m.SettingsForm })));
export const LazyLedgerSection = lazy(() => loadSections().then((m) => ({ default: m.LedgerSection })));

/** Starts the downloads early (when the first preview is requested) instead of when the result renders. */
export function preloadViews(): void {
  // The sections' chunk is not fetched here: App mounts those panels after the first screen is up.
  load().catch((error: unknown) => console.error('窗格组件加载失败', error));
}

/** The history section (考核历史), in a chunk of its own: only hosts that keep a history show it. */
export const LazyHistorySection = lazy(() => import(/* webpackChunkName: "history-view" */ './components/HistorySection').then((m) => ({ default: m.HistorySection })));

/**
 * The footer's after-run controls (components/afterRunViews.ts): their place is reserved (the progress bar's 4 px,
 * the fixed-height row beside 生成排名), so their arrival moves nothing the clerk is about to click.
 */
const loadAfterRun = () => import(/* webpackChunkName: "after-run" */ './components/afterRunViews');

export const LazyProgressBar = lazy(() => loadAfterRun().then((m) => ({ default: m.ProgressBar })));
export const LazyCheckbox = lazy(() => loadAfterRun().then((m) => ({ default: m.Checkbox })));

/** The message bars (components/noticeViews.ts): only a failure or a warning shows one outside the tabs. */
const loadNotices = () => import(/* webpackChunkName: "notices" */ './components/noticeViews');

export const LazyNotice = lazy(() => loadNotices().then((m) => ({ default: m.Notice })));
export const LazyErrorBar = lazy(() => loadNotices().then((m) => ({ default: m.ErrorBar })));

/** Fetches the after-run chunk once the first screen is up, so a run's progress bar is there when it starts. */
export function preloadAfterRun(): void {
  loadAfterRun().catch((error: unknown) => console.error('窗格组件加载失败', error));
  loadNotices().catch((error: unknown) => console.error('窗格组件加载失败', error));
}
