/**
 * The problems under a section's outcome (通报, 台账): a heading with the counts, then the problem list (loaded with
 * the 排名 tab's views). Nothing when there are none.
 */
import { Subtitle2 } from '@fluentui/react-components';
import { Suspense } from 'react';
import type { Problem } from '../../core/problems';
import { LazyProblemList } from '../lazyViews';

export interface SectionProblemsProps {
  /** The heading's id (for the section's own references and the tests). */
  id: string;
  problems: Problem[];
  /** The heading's words for so many errors and warnings. */
  title: (errors: number, warnings: number) => string;
  onSelectCell: (sheet: string, cell: string) => void;
}

export function SectionProblems({ id, problems, title, onSelectCell }: SectionProblemsProps): JSX.Element | null {
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <>
      <Subtitle2 as="h3" id={id}>
        {title(errors, problems.length - errors)}
      </Subtitle2>
      <Suspense fallback={null}>
        <LazyProblemList problems={problems} onSelectCell={onSelectCell} />
      </Suspense>
    </>
  );
}
