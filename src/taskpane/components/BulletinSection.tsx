/**
 * 周报: 生成通报 writes the whole bulletin into a new sheet; the bulletin just written can then be saved as .docx
 * or copied as HTML for Word / WPS. The exports act on that same document, so what is saved is what the sheet
 * shows. Their code (and the docx library, further on) loads only once there is a bulletin to export.
 */
import { Body1, Button, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useState } from 'react';
import type { BulletinDocument } from '../../core/bulletin/document';
import type { BulletinHost } from '../../core/hostContract';
import type { BulletinSettings } from '../../core/settings';
import type { BulletinExports } from '../bulletinExport';
import { DOCX_TYPE, saveFile } from '../download';
import { useBulletin } from '../hooks/useBulletin';
import { errorMessage } from '../hooks/usePaneData';
import { LazyProblemList } from '../lazyViews';
import { useStrings } from '../StringsContext';
import { InsertTemplateButton } from './InsertTemplateButton';
import { ErrorBar, SheetCreated } from './Outcome';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const loadExports = (): Promise<BulletinExports> => import(/* webpackChunkName: "bulletin-export" */ '../bulletinExport');

type Notice = { intent: 'success' | 'error'; text: string } | null;

export interface BulletinSectionProps {
  host: BulletinHost;
  settings: BulletinSettings;
  downloadsBlocked: boolean;
  onGoToSheet: (sheetName: string) => void;
  onSelectCell: (sheet: string, cell: string) => void;
}

export function BulletinSection({ host, settings, downloadsBlocked, onGoToSheet, onSelectCell }: BulletinSectionProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [state, start] = useBulletin(host);
  const running = state.status === 'running';
  const problems = state.status === 'blocked' || state.status === 'done' ? state.problems : [];
  const errors = problems.filter((p) => p.severity === 'error').length;

  return (
    <section className={styles.root} aria-labelledby="wb-bulletin">
      <Subtitle2 as="h2" id="wb-bulletin">
        {strings.bulletinTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.hint}>
        {strings.bulletinHint}
      </Body1>
      <Button appearance="secondary" disabled={running} aria-busy={running} onClick={() => start(settings)} icon={running ? <Spinner size="tiny" /> : undefined}>
        {running ? strings.generatingBulletin : strings.generateBulletin}
      </Button>
      {state.status === 'done' && (
        <>
          <SheetCreated message={strings.bulletinGenerated(state.sheetName)} sheetName={state.sheetName} onGoToSheet={onGoToSheet} />
          {/* Keyed by the document: a new bulletin starts with fresh export notices. */}
          <BulletinExportsBar key={state.sheetName} document={state.document} downloadsBlocked={downloadsBlocked} />
        </>
      )}
      {state.status === 'blocked' && <ErrorBar message={strings.bulletinBlocked(errors)} />}
      {state.status === 'failed' && <ErrorBar message={strings.hostFailed(state.message)} />}
      {problems.length > 0 && (
        <>
          <Subtitle2 as="h3" id="wb-bulletin-problems">
            {strings.bulletinProblemsTitle(errors, problems.length - errors)}
          </Subtitle2>
          <Suspense fallback={null}>
            <LazyProblemList problems={problems} onSelectCell={onSelectCell} />
          </Suspense>
        </>
      )}
      <InsertTemplateButton host={host} onGoToSheet={onGoToSheet} />
    </section>
  );
}

function BulletinExportsBar({ document: doc, downloadsBlocked }: { document: BulletinDocument; downloadsBlocked: boolean }): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [exports, setExports] = useState<BulletinExports | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  // Loaded as soon as there is a bulletin: the copy must run inside the click (clipboards want a user gesture),
  // so its code has to be here before the clerk presses the button.
  useEffect(() => {
    let current = true;
    loadExports().then(
      (m) => current && setExports(m),
      (error: unknown) => current && setNotice({ intent: 'error', text: strings.hostFailed(errorMessage(error)) }),
    );
    return () => {
      current = false;
    };
  }, [strings]);

  const save = (): void => {
    if (!exports) return;
    setBusy(true);
    exports
      .bulletinDocx(doc)
      .then((bytes) => {
        const name = exports.docxFileName(doc);
        saveFile(bytes, name, DOCX_TYPE);
        setNotice({ intent: 'success', text: strings.docxSaved(name) });
      })
      .catch((error: unknown) => setNotice({ intent: 'error', text: strings.hostFailed(errorMessage(error)) }))
      .finally(() => setBusy(false));
  };

  const copy = (): void => {
    if (!exports) return;
    exports.copyBulletin(doc).then(
      (result) => setNotice(result.ok ? { intent: 'success', text: strings.copied } : { intent: 'error', text: result.message }),
      (error: unknown) => setNotice({ intent: 'error', text: strings.hostFailed(errorMessage(error)) }),
    );
  };

  return (
    <>
      {downloadsBlocked && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.downloadsBlocked}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {!downloadsBlocked && (
          <Button disabled={!exports || busy} aria-busy={busy} onClick={save}>
            {busy ? strings.savingDocx : strings.saveDocx}
          </Button>
        )}
        <Button appearance={downloadsBlocked ? 'primary' : 'secondary'} disabled={!exports} onClick={copy}>
          {strings.copyHtml}
        </Button>
        {!exports && notice === null && <Body1 className={styles.hint}>{strings.preparingExports}</Body1>}
      </div>
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
