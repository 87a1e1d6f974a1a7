/**
 * The web page: choose or drop a workbook, then the same pane as in Excel over a host on that file (src/file).
 * Around the pane: which file is open, the copies made (downloaded at once, and kept as links), and the grid
 * view a problem's cell opens.
 */
import { Body1, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BulletinHost } from '../core/hostContract';
import type { CellView } from '../file/cellView';
import type { FileOutput } from '../file/fileHost';
import { openInWorker } from '../file/workerHost';
import { App } from '../taskpane/App';
import { saveFile } from '../taskpane/download';
import { APP_STRINGS as S } from './appStrings';
import { CellViewPanel } from './CellViewPanel';
import { DropZone } from './DropZone';
import { OutputList, XLSX_TYPE } from './OutputList';
import { PageFrame, usePageStyles } from './PageFrame';
import { startWorker } from './startWorker';

type PageState =
  | { kind: 'empty' }
  | { kind: 'reading'; name: string }
  | { kind: 'failed'; name: string; message: string }
  | { kind: 'open'; name: string; host: BulletinHost };

const useStyles = makeStyles({
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  // The pane in the room left on the screen; never so little that its content has no room (the page scrolls then).
  fill: { height: 'auto', flexGrow: 1, flexBasis: 0, minHeight: '520px' },
  around: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: `0 ${tokens.spacingHorizontalM}` },
});

/** Large files take a while in the worker: after this long the page says so (it stays usable meanwhile). */
const SLOW_READ_MS = 1500;

export interface FilePageProps {
  /** The file chosen on the first screen (index.tsx), opened at once. */
  initialFiles: File[];
  /** The worker the first screen started while the clerk looked for the file (its script parsed meanwhile). */
  readyWorker: Worker | null;
}

export function FilePage({ initialFiles, readyWorker }: FilePageProps): JSX.Element {
  const styles = { ...usePageStyles(), ...useStyles() };
  const [state, setState] = useState<PageState>({ kind: 'empty' });
  const [outputs, setOutputs] = useState<FileOutput[]>([]);
  const [view, setView] = useState<CellView | null>(null);
  const [slow, setSlow] = useState(false);
  const worker = useRef<Worker | null>(null);

  // The worker's script (the reader, JSZip, ExcelJS) takes a while to parse: the first worker was started as the
  // page opened (index.tsx), so that happened while the clerk looked for the file.
  const ready = useRef<Worker | null>(readyWorker);
  useEffect(
    () => () => {
      ready.current?.terminate();
      worker.current?.terminate();
    },
    [],
  );

  const open = useCallback((files: File[]) => {
    if (files.length !== 1) {
      setState({ kind: 'failed', name: '', message: S.dropOnlyOne });
      return;
    }
    const file = files[0];
    if (!/\.xlsx$/i.test(file.name)) {
      setState({ kind: 'failed', name: file.name, message: S.notXlsx(file.name) });
      return;
    }
    // One worker per file: a new file starts afresh, and the old file's workbook is freed with its worker.
    worker.current?.terminate();
    const started = ready.current ?? startWorker();
    ready.current = null;
    worker.current = started;
    setOutputs([]);
    setView(null);
    setSlow(false);
    setState({ kind: 'reading', name: file.name });
    const slowTimer = setTimeout(() => setSlow(true), SLOW_READ_MS);
    const listeners = {
      onOutput(output: FileOutput) {
        if (worker.current !== started) return;
        setOutputs((made) => [...made.filter((o) => o.fileName !== output.fileName), output]);
        saveFile(output.bytes, output.fileName, XLSX_TYPE);
      },
      onView(shown: CellView) {
        if (worker.current === started) setView(shown);
      },
    };
    file
      .arrayBuffer()
      .then((bytes) => openInWorker(started, { name: file.name, bytes }, window.localStorage, listeners))
      .then(
        (opened) => {
          if (worker.current !== started) return;
          // With wb-file-chosen, for the bench: how long the worker took to read, and what the page did meanwhile.
          performance.mark('wb-file-read');
          setState(opened.ok ? { kind: 'open', name: file.name, host: opened.host } : { kind: 'failed', name: file.name, message: opened.problem.message });
        },
        (error: unknown) => {
          if (worker.current === started) setState({ kind: 'failed', name: file.name, message: error instanceof Error ? error.message : String(error) });
        },
      )
      .finally(() => clearTimeout(slowTimer));
  }, []);

  const first = useRef(initialFiles);
  useEffect(() => open(first.current), [open]);

  return (
    // Once a file is open, the pane's own heading is the page's.
    <PageFrame showTitle={state.kind !== 'open'} screen={state.kind === 'open'}>
      {state.kind === 'empty' && <DropZone onFiles={open} />}
      {state.kind === 'reading' && (
        <div className={styles.around} role="status">
          <Spinner label={S.reading(state.name)} />
          {slow && <Body1 className={styles.muted}>{S.readingLong}</Body1>}
        </div>
      )}
      {state.kind === 'failed' && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{S.openFailed}</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
          <DropZone onFiles={open} />
        </>
      )}
      {state.kind === 'open' && (
        <>
          <div className={styles.bar}>
            <Body1>
              {S.fileLabel}：<span className={styles.name}>{state.name}</span>
            </Body1>
            <Button size="small" onClick={() => setState({ kind: 'empty' })}>
              {S.another}
            </Button>
          </div>
          {(outputs.length > 0 || view !== null) && (
            <div className={styles.around}>
              <OutputList outputs={outputs} />
              {view !== null && <CellViewPanel view={view} onClose={() => setView(null)} />}
            </div>
          )}
          <App host={state.host} className={styles.fill} />
        </>
      )}
    </PageFrame>
  );
}
