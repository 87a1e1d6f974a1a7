/**
 * 新建模板 in the 周报 area: adds the input sheets the workbook lacks, then says which were added, which were
 * already there (untouched), and any problem that stopped a sheet — with a jump to the first sheet added.
 * The button and its outcome are placed apart by BulletinSection (the button beside 生成通报, the outcome below),
 * so what appears after a run never pushes a button.
 */
import { Button, Spinner } from '@fluentui/react-components';
import type { InsertTemplateState } from '../hooks/useInsertTemplate';
import { useStrings } from '../StringsContext';
import { ErrorBar, Notice, SheetCreated } from './Outcome';

export function InsertTemplateButton({ state, onStart }: { state: InsertTemplateState; onStart: () => void }): JSX.Element {
  const strings = useStrings();
  const running = state.status === 'running';
  return (
    <Button appearance="secondary" disabled={running} aria-busy={running} onClick={onStart} icon={running ? <Spinner size="tiny" /> : undefined}>
      {running ? strings.insertingTemplate : strings.insertTemplate}
    </Button>
  );
}

export function TemplateOutcome({ state, onGoToSheet }: { state: InsertTemplateState; onGoToSheet: (sheetName: string) => void }): JSX.Element | null {
  const strings = useStrings();
  if (state.status === 'failed') return <ErrorBar message={strings.hostFailed(state.message)} />;
  if (state.status !== 'done') return null;
  // The web page hands the template over as a workbook of its own: nothing to jump to in this one.
  if (state.fileName !== undefined) return <Notice intent="success">{strings.templateDownloaded(state.fileName, state.added)}</Notice>;
  return (
    <>
      {state.added.length > 0 && <SheetCreated message={strings.templateAdded(state.added, state.skipped)} sheetName={state.added[0]} onGoToSheet={onGoToSheet} />}
      {state.added.length === 0 && state.problems.length === 0 && <Notice intent="info">{strings.templateAllPresent(state.skipped)}</Notice>}
      {state.problems.map((p, i) => (
        <Notice key={i} intent={p.severity === 'error' ? 'error' : 'warning'}>
          {p.message}
        </Notice>
      ))}
    </>
  );
}
