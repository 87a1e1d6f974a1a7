/** The page around the pane: its title (until a file is open, when the pane's own heading is the page's) and the privacy line. */
import { Caption1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { APP_STRINGS as S } from './appStrings';

export const usePageStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px', margin: '0 auto', padding: tokens.spacingHorizontalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, padding: `0 ${tokens.spacingHorizontalM}` },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function PageFrame({ showTitle, children }: { showTitle: boolean; children: ReactNode }): JSX.Element {
  const styles = usePageStyles();
  return (
    <div className={styles.page}>
      {showTitle && (
        <Subtitle1 as="h1" className={styles.bar}>
          {S.title}
        </Subtitle1>
      )}
      <div className={styles.bar}>
        <Caption1 className={styles.muted}>{S.privacy}</Caption1>
      </div>
      {children}
    </div>
  );
}
