/**
 * 周报: 生成通报 writes the whole bulletin into a new sheet; the bulletin just written can then be saved as .docx
 * or copied as HTML for Word / WPS. The exports act on that same document, so what is saved is what the sheet
 * shows. Their code (and the docx library, further on) loads only once there is a bulletin to export.
 */
import { Body1, Button, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { BulletinDocument } from '../../core/bulletin/document';
import type { BulletinHost } from '../../core/hostContract';
import type { BulletinSettings } from '../../core/settings';
import type { BulletinExports } from '../bulletinExport';
import { DOCX_TYPE, saveFile } from '../download';
import { useBulletin } from '../hooks/useBulletin';
import { errorMessage } from '../hooks/usePaneData';
import { useStrings } from '../StringsContext';
import { useInsertTemplate } from '../hooks/useInsertTemplate';
import { InsertTemplateButton, TemplateOutcome } from './InsertTemplateButton';
import { ErrorBar, Notice, SheetCreated } from './Outcome';
import { SectionProblems } from './SectionProblems';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // One above the other: 「正在生成通报…」 is wider than 「生成通报」 and would push its neighbour to a new line.
  commands: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const loadExports = (): Promise<BulletinExports> => import(/* webpackChunkName: "bulletin-export" */ '../bulletinExport');

type ExportNotice = { intent: 'success' | 'error'; text: string } | null;

export interface BulletinSectionProps {
  host: BulletinHost;
  settings: BulletinSettings;
  downloadsBlocked: boolean;
  onGoToSheet: (sheetName: string) => void;
  onSelectCell: (sheet: string, cell: string) => void;
  /** Says how a run ended, for the pane's live region (screen readers hear it without moving focus). */
  onOutcome: (text: string) => void;
}

export function BulletinSection({ host, settings, downloadsBlocked, onGoToSheet, onSelectCell, onOutcome }: BulletinSectionProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [state, start] = useBulletin(host);
  const [template, startTemplate] = useInsertTemplate(host);
  const running = state.status === 'running';
  // Note lines of the score sheet are shown quietly on the ranking tab; here they would only repeat it as a "problem".
  const problems = (state.status === 'blocked' || state.status === 'done' ? state.problems : []).filter((p) => !p.note);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const outcome =
    state.status === 'done'
      ? strings.bulletinGenerated(state.sheetName)
      : state.status === 'blocked'
        ? strings.bulletinBlocked(errors)
        : state.status === 'failed'
          ? strings.hostFailed(state.message)
          : null;
  useEffect(() => {
    if (outcome !== null) onOutcome(outcome);
  }, [outcome, onOutcome]);

  return (
    <section className={styles.root} aria-labelledby="wb-bulletin">
      <Subtitle2 as="h2" id="wb-bulletin">
        {strings.bulletinTitle}
      </Subtitle2>
      <Body1 as="p" className={styles.hint}>
        {strings.bulletinHint}
      </Body1>
      {/* Both buttons first, the outcomes after them: what a run adds appears below and pushes no button. */}
      <div className={styles.commands}>
        <Button appearance="secondary" disabled={running} aria-busy={running} onClick={() => start(settings)} icon={running ? <Spinner size="tiny" /> : undefined}>
          {running ? strings.generatingBulletin : strings.generateBulletin}
        </Button>
        <InsertTemplateButton state={template} onStart={startTemplate} />
      </div>
      {/* Once the bulletin is made the input sheets exist: 「还没有输入表？」 would only be noise. */}
      {state.status !== 'done' && (
        <Body1 as="p" className={styles.hint}>
          {host.templateAs === 'download' ? strings.downloadTemplateHint : strings.insertTemplateHint}
        </Body1>
      )}
      <TemplateOutcome state={template} onGoToSheet={onGoToSheet} />
      {state.status === 'done' && (
        <>
          <SheetCreated message={strings.bulletinGenerated(state.sheetName)} sheetName={state.sheetName} onGoToSheet={onGoToSheet} />
          {/* Keyed by the document: a new bulletin starts with fresh export notices. */}
          <BulletinExportsBar key={state.sheetName} document={state.document} downloadsBlocked={downloadsBlocked} />
        </>
      )}
      {state.status === 'blocked' && <ErrorBar message={strings.bulletinBlocked(errors)} />}
      {state.status === 'failed' && <ErrorBar message={strings.hostFailed(state.message)} />}
      <SectionProblems id="wb-bulletin-problems" problems={problems} title={strings.bulletinProblemsTitle} onSelectCell={onSelectCell} />
    </section>
  );
}

function BulletinExportsBar({ document: doc, downloadsBlocked }: { document: BulletinDocument; downloadsBlocked: boolean }): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [exports, setExports] = useState<BulletinExports | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ExportNotice>(null);

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
        <Notice intent="warning">{strings.downloadsBlocked}</Notice>
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
        <Notice intent={notice.intent}>{notice.text}</Notice>
      )}
    </>
  );
}
