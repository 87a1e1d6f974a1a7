/** The lazily loaded chunk: everything shown from a preview or generate result. */
export { ProblemList } from './ProblemList';
export { RankingPreview } from './RankingPreview';
