/**
 * The 排名 tab: the preview rows, or with errors one line saying there is none and the problems under it; then the
 * warnings. Note lines (「注：…」) are information the clerk wrote on purpose: listed last, quietly, not counted (and
 * left out while errors stop the preview). The preview heading stays where it is whichever way the sheet goes, so
 * fixing the last error replaces what is under it without moving anything above.
 */
import { Body1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import type { BulletinTable } from '../../core/model';
import type { Problem } from '../../core/problems';
import { LazyErrorBar, useResultViews } from '../lazyViews';
import { useStrings } from '../StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  // A preview being re-read is not shown as current: dimmed until the new one arrives.
  stale: { opacity: 0.7 },
  notes: { color: tokens.colorNeutralForeground3 },
});

export interface RankingTabProps {
  bulletin: BulletinTable | null;
  problems: readonly Problem[];
  updating: boolean;
  /** The preview's own failure (the host could not read), or null. */
  error: string | null;
  onSelectCell: (sheet: string, cell: string) => void;
}

export function RankingTab({ bulletin, problems, updating, error, onSelectCell }: RankingTabProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const views = useResultViews();
  const notes = problems.filter((p) => p.note);
  const counted = problems.filter((p) => !p.note);
  const errors = counted.filter((p) => p.severity === 'error').length;
  const problemList = views && counted.length > 0 && (
    <section className={styles.section} aria-labelledby="wb-problems">
      <Subtitle2 as="h2" id="wb-problems">
        {errors > 0 ? strings.problemsTitle(errors, counted.length - errors) : strings.warningsTitle(counted.length)}
      </Subtitle2>
      <views.ProblemList problems={counted} onSelectCell={onSelectCell} />
    </section>
  );
  const placeholder = !views || updating ? strings.previewUpdating : errors > 0 ? strings.previewBlockedByErrors : strings.previewEmpty;
  return (
    <div className={mergeClasses(styles.root, updating && styles.stale)}>
      {error !== null && (
        // The message bar comes with the after-run chunk; until then the same words, so nothing is withheld.
        <Suspense fallback={<p role="alert">{strings.hostFailed(error)}</p>}>
          <LazyErrorBar message={strings.hostFailed(error)} />
        </Suspense>
      )}
      <section className={styles.section} aria-labelledby="wb-preview">
        <Subtitle2 as="h2" id="wb-preview">
          {strings.previewTitle}
        </Subtitle2>
        {views && bulletin && errors === 0 ? (
          <views.RankingPreview bulletin={bulletin} />
        ) : (
          <Body1 as="p" className={styles.muted}>
            {placeholder}
          </Body1>
        )}
      </section>
      {problemList}
      {views && errors === 0 && notes.length > 0 && (
        <section className={mergeClasses(styles.section, styles.notes)} aria-labelledby="wb-notes">
          <Body1 as="h2" id="wb-notes" className={styles.muted}>
            {strings.notesTitle}
          </Body1>
          <views.ProblemList problems={notes} onSelectCell={onSelectCell} quiet />
        </section>
      )}
    </div>
  );
}
