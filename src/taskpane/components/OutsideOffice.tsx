/** Shown when the pane is opened anywhere but Excel: a plain browser, another Office app, or Office.js not loaded. */
import { Body1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { OutsideReason } from '../hostChoice';
import { useStrings } from '../StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL },
  text: { margin: 0 },
  how: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export function OutsideOffice({ reason }: { reason: OutsideReason }): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  return (
    // In main: the page's one landmark, so nothing of it is outside a landmark (axe: landmark-one-main, region).
    <main>
      <section className={styles.root} role="status" aria-labelledby="wb-outside-title" data-reason={reason}>
        <Subtitle1 as="h1" id="wb-outside-title" className={styles.text}>
          {strings.outsideTitle}
        </Subtitle1>
        <Body1 as="p" className={styles.text}>
          {strings.outsideBody}
        </Body1>
        <Body1 as="p" className={styles.how}>
          {strings.outsideHow}
        </Body1>
      </section>
    </main>
  );
}
