/**
 * 新建模板 in the 周报 area: adds the input sheets the workbook lacks, then says which were added, which were
 * already there (untouched), and any problem that stopped a sheet — with a jump to the first sheet added.
 */
import { Body1, Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { BulletinHost } from '../../core/hostContract';
import { useInsertTemplate } from '../hooks/useInsertTemplate';
import { useStrings } from '../StringsContext';
import { ErrorBar, Notice, SheetCreated } from './Outcome';

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
});

export interface InsertTemplateButtonProps {
  host: BulletinHost;
  onGoToSheet: (sheetName: string) => void;
  /** The 「还没有输入表？」 hint, left out once the bulletin has been made from the input sheets. */
  showHint: boolean;
}

export function InsertTemplateButton({ host, onGoToSheet, showHint }: InsertTemplateButtonProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [state, start] = useInsertTemplate(host);
  const running = state.status === 'running';
  return (
    <>
      {showHint && (
        <Body1 as="p" className={styles.hint}>
          {strings.insertTemplateHint}
        </Body1>
      )}
      <Button appearance="secondary" disabled={running} aria-busy={running} onClick={start} icon={running ? <Spinner size="tiny" /> : undefined}>
        {running ? strings.insertingTemplate : strings.insertTemplate}
      </Button>
      {state.status === 'done' && state.added.length > 0 && (
        <SheetCreated message={strings.templateAdded(state.added, state.skipped)} sheetName={state.added[0]} onGoToSheet={onGoToSheet} />
      )}
      {state.status === 'done' && state.added.length === 0 && state.problems.length === 0 && (
        <Notice intent="info">{strings.templateAllPresent(state.skipped)}</Notice>
      )}
      {state.status === 'done' &&
        state.problems.map((p, i) => (
          <Notice key={i} intent={p.severity === 'error' ? 'error' : 'warning'}>{p.message}</Notice>
        ))}
      {state.status === 'failed' && <ErrorBar message={strings.hostFailed(state.message)} />}
    </>
  );
}
