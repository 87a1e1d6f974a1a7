/** The copies made so far, each downloadable again (the first download starts by itself when the copy is made). */
import { Caption1, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FileOutput } from '../file/fileHost';
import { APP_STRINGS as S } from './appStrings';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function OutputLink({ output }: { output: FileOutput }): JSX.Element {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([new Uint8Array(output.bytes)], { type: XLSX_TYPE }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [output]);
  return (
    <li>
      <Link href={url ?? undefined} download={output.fileName} data-testid="output-link">
        {S.download(output.fileName)}
      </Link>
    </li>
  );
}

export function OutputList({ outputs }: { outputs: FileOutput[] }): JSX.Element | null {
  const styles = useStyles();
  if (outputs.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="wb-outputs">
      <Subtitle2 as="h2" id="wb-outputs">
        {S.outputsTitle}
      </Subtitle2>
      <ul className={styles.list}>
        {outputs.map((o) => (
          <OutputLink key={o.fileName} output={o} />
        ))}
      </ul>
      <Caption1 className={styles.muted}>{S.outputHint}</Caption1>
    </section>
  );
}
