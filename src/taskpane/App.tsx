/**
 * The task pane for a workbook: choose the source, adjust the settings, watch the ranking preview and its
 * problems, and generate the bulletin sheet. Everything workbook-related goes through the BulletinHost.
 */
import { Body1, MessageBar, MessageBarBody, Spinner, Subtitle1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { keepsHistory, type BulletinHost } from '../core/hostContract';
import type { BulletinSettings } from '../core/settings';
import { BulletinSection } from './components/BulletinSection';
import { GenerateButton } from './components/GenerateButton';
import { SettingsForm } from './components/SettingsForm';
import { SourcePicker } from './components/SourcePicker';
import { useGenerate } from './hooks/useGenerate';
import { errorMessage, usePaneData } from './hooks/usePaneData';
import { usePreview } from './hooks/usePreview';
import { useSettingsSaver } from './hooks/useSettingsSaver';
import { LazyHistorySection, LazyProblemList, LazyRankingPreview, preloadViews } from './lazyViews';
import { useStrings } from './StringsContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function App({ host, downloadsBlocked = false }: { host: BulletinHost; downloadsBlocked?: boolean }): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const data = usePaneData(host);
  if (data.status === 'loading') return <Spinner className={styles.root} label={strings.loading} />;
  if (data.status === 'failed') {
    return (
      <div className={styles.root}>
        <MessageBar intent="error">
          <MessageBarBody>{strings.hostFailed(data.message)}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  return <Workspace host={host} sources={data.sources} initialSettings={data.settings} downloadsBlocked={downloadsBlocked} />;
}

interface WorkspaceProps {
  host: BulletinHost;
  sources: Parameters<typeof SourcePicker>[0]['sources'];
  initialSettings: BulletinSettings;
  downloadsBlocked: boolean;
}

function Workspace({ host, sources, initialSettings, downloadsBlocked }: WorkspaceProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [settings, setSettings] = useState(initialSettings);
  const [revision, setRevision] = useState(0);
  const [actionError, setActionError] = useState<string | null>(null);
  const [replace, setReplace] = useState(false);
  const saveError = useSettingsSaver(host, settings);
  const refreshPreview = useCallback(() => setRevision((r) => r + 1), []);
  const [generation, generate] = useGenerate(host, refreshPreview);
  const preview = usePreview(host, settings, revision, generation.status === 'running');
  useEffect(preloadViews, []);

  const act = (action: Promise<void>): void => {
    action.then(
      () => setActionError(null),
      (error: unknown) => setActionError(errorMessage(error)),
    );
  };

  // Generate activates the new sheet, so "the active sheet" would name the bulletin itself next time (in the
  // refreshed preview and a second generate). The pane pins the source to the sheet the preview read instead;
  // the picker then shows it, and the saved settings keep it for the ribbon button.
  const replaceable = preview.result?.replaceable ?? null;
  const generateFromPreviewedSource = (): void => {
    const read = preview.result?.sheet;
    const pinned = settings.sourceSheet === null && settings.sourceTable === null && read ? { ...settings, sourceSheet: read } : settings;
    if (pinned !== settings) setSettings(pinned);
    generate(pinned, { replaceSheet: replace ? replaceable : null });
    // A replacement is asked for each time, never carried over to the next run.
    setReplace(false);
  };

  const problems = generation.status === 'blocked' ? generation.problems : (preview.result?.problems ?? []);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const bulletin = preview.result?.bulletin ?? null;

  return (
    <main className={styles.root} aria-busy={preview.updating}>
      <Subtitle1 as="h1">{strings.appTitle}</Subtitle1>
      <SourcePicker
        sources={sources}
        settings={settings}
        previewHeader={preview.result ? preview.result.header : undefined}
        onChange={setSettings}
      />
      <SettingsForm settings={settings} onChange={setSettings} />
      {saveError !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.saveFailed(saveError)}</MessageBarBody>
        </MessageBar>
      )}
      <GenerateButton
        state={generation}
        onGenerate={generateFromPreviewedSource}
        onGoToSheet={(name) => act(host.activateSheet(name))}
        replaceable={replaceable}
        replace={replace && replaceable !== null}
        onReplaceChange={setReplace}
      />
      {actionError !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.hostFailed(actionError)}</MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <section className={styles.section} aria-labelledby="wb-problems">
          <Subtitle2 as="h2" id="wb-problems">
            {strings.problemsTitle(errors, problems.length - errors)}
          </Subtitle2>
          <Suspense fallback={null}>
            <LazyProblemList problems={problems} onSelectCell={(sheet, cell) => act(host.selectCell(sheet, cell))} />
          </Suspense>
        </section>
      )}
      {/* Before the preview, which can be long: the weekly bulletin should not need scrolling past 200 rows. */}
      <BulletinSection
        host={host}
        settings={settings}
        downloadsBlocked={downloadsBlocked}
        onGoToSheet={(name) => act(host.activateSheet(name))}
        onSelectCell={(sheet, cell) => act(host.selectCell(sheet, cell))}
      />
      <section className={styles.section} aria-labelledby="wb-preview">
        <Subtitle2 as="h2" id="wb-preview">
          {strings.previewTitle}
        </Subtitle2>
        {preview.error !== null && (
          <MessageBar intent="error">
            <MessageBarBody>{strings.hostFailed(preview.error)}</MessageBarBody>
          </MessageBar>
        )}
        {preview.updating && (
          <Body1 className={styles.muted} role="status">
            {strings.previewUpdating}
          </Body1>
        )}
        {bulletin ? (
          <Suspense fallback={<Body1 className={styles.muted}>{strings.previewUpdating}</Body1>}>
            <LazyRankingPreview bulletin={bulletin} />
          </Suspense>
        ) : (
          !preview.updating && <Body1 className={styles.muted}>{strings.previewEmpty}</Body1>
        )}
      </section>
      {keepsHistory(host) && (
        <Suspense fallback={null}>
          <LazyHistorySection
            host={host}
            settings={settings}
            revision={revision}
            paused={generation.status === 'running'}
            generatedSheet={generation.status === 'done' ? generation.sheetName : null}
          />
        </Suspense>
      )}
    </main>
  );
}
