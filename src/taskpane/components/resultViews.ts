/** The 排名 tab's views, one chunk loaded on demand (lazyViews.ts useResultViews): the preview and the problem list. */
export { ProblemList } from './ProblemList';
export { RankingPreview } from './RankingPreview';
