/** The empty page: drop a workbook here, or choose it with the file picker. */
import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { APP_STRINGS as S } from './appStrings';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center',
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  input: { display: 'none' },
});

export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }): JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const chosen = (files: File[]) => {
    // For the bench (bench/appPage.ts): the moment the clerk chose, before the workspace's script runs.
    performance.mark('wb-file-chosen');
    onFiles(files);
  };
  const dropped = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    chosen(Array.from(event.dataTransfer.files));
  };
  return (
    <section
      className={mergeClasses(styles.zone, over && styles.over)}
      aria-label={S.dropHint}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={dropped}
    >
      <Body1>{S.dropHint}</Body1>
      <Caption1 className={styles.muted}>{S.or}</Caption1>
      <Button appearance="primary" onClick={() => input.current?.click()}>
        {S.choose}
      </Button>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="file-input"
        onChange={(event) => {
          chosen(Array.from(event.target.files ?? []));
          // The same file chosen again (after editing it in WPS) must be read again.
          event.target.value = '';
        }}
      />
      <Caption1 className={styles.muted}>{S.accepts}</Caption1>
    </section>
  );
}
