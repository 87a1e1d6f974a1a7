/**
 * 生成排名, its progress while it runs, and how it ended: a success message with a jump to the new sheet,
 * a "not generated" message when errors stopped it (the problems show below), or the host's failure.
 */
import { Button, Checkbox, ProgressBar, Field, makeStyles, tokens } from '@fluentui/react-components';
import type { GenerateState } from '../hooks/useGenerate';
import { useStrings } from '../StringsContext';
import { ErrorBar, SheetCreated } from './Outcome';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface GenerateButtonProps {
  state: GenerateState;
  onGenerate: () => void;
  onGoToSheet: (sheetName: string) => void;
  /** An earlier ranking of this period that the add-in made: offered for replacement, never replaced unasked. */
  replaceable: string | null;
  replace: boolean;
  onReplaceChange: (replace: boolean) => void;
}

export function GenerateButton({ state, onGenerate, onGoToSheet, replaceable, replace, onReplaceChange }: GenerateButtonProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const running = state.status === 'running';
  const errors = state.status === 'blocked' ? state.problems.filter((p) => p.severity === 'error').length : 0;
  return (
    <div className={styles.root}>
      {replaceable !== null && (
        <Checkbox checked={replace} disabled={running} label={strings.replaceSheet(replaceable)} onChange={(_, d) => onReplaceChange(d.checked === true)} />
      )}
      <Button appearance="primary" disabled={running} aria-busy={running} onClick={onGenerate}>
        {running ? strings.generating : strings.generate}
      </Button>
      {running && (
        <Field
          validationMessage={state.total > 0 ? strings.progressStage(state.stage, Math.round((100 * state.done) / state.total)) : strings.generating}
          validationState="none"
        >
          {/* Indeterminate until the host reports a total (a small sheet may finish before it does). */}
          <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} aria-label={strings.generating} />
        </Field>
      )}
      {state.status === 'done' && <SheetCreated message={strings.generated(state.sheetName)} sheetName={state.sheetName} onGoToSheet={onGoToSheet} />}
      {state.status === 'blocked' && <ErrorBar message={strings.generateBlocked(errors)} />}
      {state.status === 'failed' && <ErrorBar message={strings.hostFailed(state.message)} />}
    </div>
  );
}
