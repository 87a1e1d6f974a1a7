/** The page around the pane: its title (until a file is open, when the pane's own heading is the page's) and the privacy line. */
import { Caption1, Subtitle1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { APP_STRINGS as S } from './appStrings';

export const usePageStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px', margin: '0 auto', padding: tokens.spacingHorizontalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, padding: `0 ${tokens.spacingHorizontalM}` },
  muted: { color: tokens.colorNeutralForeground3 },
  // With a file open the page is one screen, like the pane in Excel: the pane takes the room left under the page's
  // own lines, so 生成排名 is on screen without scrolling the page (fill in FilePage.tsx).
  screen: { height: '100vh', boxSizing: 'border-box' },
});

export function PageFrame({ showTitle, screen = false, children }: { showTitle: boolean; screen?: boolean; children: ReactNode }): JSX.Element {
  const styles = usePageStyles();
  return (
    <div className={mergeClasses(styles.page, screen && styles.screen)}>
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
