/**
 * The task pane for a workbook, laid out as a workflow rather than a long form (as Office's own panes are: a header,
 * the content, a command area):
 * - header: the source, the header found there, and what was read (windows, period, errors, warnings);
 * - tabs: 排名 (the preview, or the problems when there are errors), 通报 (the weekly bulletin), 设置 (settings).
 *   More sections (台账, 历史) are more tabs: add to SECTIONS and `tabs`, and a panel;
 * - footer: 生成排名 at a place that never moves, with what it will write and how it ended.
 * The pane follows the workbook (useWorkbookWatch → usePreview). Everything workbook-related goes through the
 * BulletinHost.
 */
import { Spinner, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { keepsHistory, type BulletinHost, type SourceInfo, type WorkbookChange } from '../core/hostContract';
import type { BulletinSettings } from '../core/settings';
import { CommandBar, generateOutcome } from './components/CommandBar';
import { RankingTab } from './components/RankingTab';
import { SectionTabs } from './components/SectionTabs';
import { ReadSummary } from './components/ReadSummary';
import { SourcePicker } from './components/SourcePicker';
import { useGenerate } from './hooks/useGenerate';
import { errorMessage, usePaneData } from './hooks/usePaneData';
import { usePreview } from './hooks/usePreview';
import { useSettingsSaver } from './hooks/useSettingsSaver';
import { useWorkbookWatch } from './hooks/useWorkbookWatch';
import {
  LazyBulletinSection,
  LazyErrorBar,
  LazyHistorySection,
  LazyLedgerSection,
  LazyNotice,
  LazySettingsForm,
  preloadAfterRun,
  preloadViews,
} from './lazyViews';
import { useStrings } from './StringsContext';

/** The pane's sections, in tab order. A new section (台账, 历史) adds its value here and its panel below. */
export const SECTIONS = ['ranking', 'bulletin', 'ledger', 'history', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

/** How long after the first preview the other tabs' panels load: past the first paint, before a clerk reaches a tab. */
const SECTIONS_AFTER_FIRST_SCREEN_MS = 1000;

const useStyles = makeStyles({
  loading: { padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalM}` },
  failed: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  // The whole pane is one screen: only the tab's content scrolls; header and footer stay.
  root: { display: 'flex', flexDirection: 'column', height: '100vh', overflow: 'hidden' },
  header: {
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  title: { margin: 0 },
  main: { flexGrow: 1, minHeight: 0, display: 'flex', flexDirection: 'column' },
  alerts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: `0 ${tokens.spacingHorizontalM}` },
  tabs: {
    flexShrink: 0,
    paddingInline: tokens.spacingHorizontalXS,
    paddingTop: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panel: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    outlineStyle: 'none',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

/**
 * `className` is for a page that holds the pane among other things (the web page): it replaces the pane's
 * full-viewport height with the room that page gives it.
 */
export function App({ host, downloadsBlocked = false, className }: { host: BulletinHost; downloadsBlocked?: boolean; className?: string }): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const data = usePaneData(host);
  if (data.status === 'loading') {
    return (
      <main>
        <Spinner className={styles.loading} label={strings.loading} />
      </main>
    );
  }
  if (data.status === 'failed') {
    return (
      <main className={styles.failed}>
        <Suspense fallback={<p role="alert">{strings.hostFailed(data.message)}</p>}>
          <LazyErrorBar message={strings.hostFailed(data.message)} />
        </Suspense>
      </main>
    );
  }
  return <Workspace host={host} sources={data.sources} initialSettings={data.settings} downloadsBlocked={downloadsBlocked} className={className} />;
}

interface WorkspaceProps {
  host: BulletinHost;
  sources: SourceInfo[];
  initialSettings: BulletinSettings;
  downloadsBlocked: boolean;
  className?: string;
}

function Workspace({ host, sources: initialSources, initialSettings, downloadsBlocked, className }: WorkspaceProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [section, setSection] = useState<Section>('ranking');
  const [sources, setSources] = useState(initialSources);
  const [settings, setSettings] = useState(initialSettings);
  const [revision, setRevision] = useState(0);
  const [actionError, setActionError] = useState<string | null>(null);
  const [replace, setReplace] = useState(false);
  const [blocker, setBlocker] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const saveError = useSettingsSaver(host, settings);
  const refreshAfterGenerate = useCallback(() => setRevision((r) => r + 1), []);
  const [generation, generate] = useGenerate(host, refreshAfterGenerate);
  const preview = usePreview(host, settings, revision, generation.status === 'running');
  useEffect(preloadViews, []);
  // The other tabs' panels are mounted once the first screen is up (the first preview shown), or when their tab is
  // chosen first: their code (forms, the ledger, the history) is not part of what the pane loads before it is usable
  // (bench paneLoad, budget 120 KB gz). Mounted, they stay mounted: a half-typed month survives a tab switch, and the
  // history section records a generated month (on by default) whether or not its tab was opened.
  const [mounted, setMounted] = useState<ReadonlySet<Section>>(() => new Set<Section>(['ranking']));
  const chooseSection = useCallback((value: Section) => {
    setSection(value);
    setMounted((m) => (m.has(value) ? m : new Set([...m, value])));
  }, []);
  const firstScreenUp = preview.result !== null;
  useEffect(() => {
    if (!firstScreenUp) return undefined;
    const timer = setTimeout(() => {
      setMounted(new Set(SECTIONS));
      preloadAfterRun();
    }, SECTIONS_AFTER_FIRST_SCREEN_MS);
    return () => clearTimeout(timer);
  }, [firstScreenUp]);

  const act = useCallback((action: Promise<void>): void => {
    action.then(
      () => setActionError(null),
      (error: unknown) => setActionError(errorMessage(error)),
    );
  }, []);

  // Sheets added, removed or renamed: the source list is re-read too (the preview decides for itself).
  const { notifyChange } = preview;
  const onWorkbookChange = useCallback(
    (change: WorkbookChange) => {
      if (change.kind === 'sheets') {
        host.listSources().then(setSources, (error: unknown) => setActionError(errorMessage(error)));
      }
      notifyChange(change);
    },
    [host, notifyChange],
  );
  const watchError = useWorkbookWatch(host, onWorkbookChange);

  // How a generate ended is announced, and the focus moves to it (the status line in the footer).
  const outcome = generateOutcome(strings, generation);
  useEffect(() => {
    if (outcome === null) return;
    setAnnouncement(outcome);
    statusRef.current?.focus();
    if (generation.status === 'blocked') setSection('ranking');
  }, [outcome, generation.status]);

  // Generate activates the new sheet, so "the active sheet" would name the bulletin itself next time (in the
  // refreshed preview and a second generate). The pane pins the source to the sheet the preview read instead;
  // the picker then shows it, and the saved settings keep it for the ribbon button.
  const replaceable = preview.result?.replaceable ?? null;
  const generateFromPreviewedSource = (): void => {
    if (blocker !== null) return;
    const read = preview.result?.sheet;
    const pinned = settings.sourceSheet === null && settings.sourceTable === null && read ? { ...settings, sourceSheet: read } : settings;
    if (pinned !== settings) setSettings(pinned);
    generate(pinned, { replaceSheet: replace ? replaceable : null });
    // A replacement is asked for each time, never carried over to the next run.
    setReplace(false);
  };
  const target = replace && replaceable !== null ? replaceable : (preview.result?.nextSheet ?? null);

  const problems = generation.status === 'blocked' ? generation.problems : (preview.result?.problems ?? []);
  const goToSheet = useCallback((name: string) => act(host.activateSheet(name)), [act, host]);
  const selectCell = useCallback((sheet: string, cell: string) => act(host.selectCell(sheet, cell)), [act, host]);
  const tabs = [
    { value: 'ranking', label: strings.tabRanking },
    { value: 'bulletin', label: strings.tabBulletin },
    { value: 'ledger', label: strings.tabLedger },
    // 历史 only where the host keeps a history (the Excel host, the memory host with withMemoryHistory).
    ...(keepsHistory(host) ? [{ value: 'history' as const, label: strings.tabHistory }] : []),
    { value: 'settings', label: strings.tabSettings },
  ] as const satisfies readonly { value: Section; label: string }[];
  const panel = (value: Section) => ({
    id: `wb-panel-${value}`,
    role: 'tabpanel',
    'aria-labelledby': `wb-tab-${value}`,
    hidden: section !== value,
    // The panel scrolls; a keyboard user must be able to reach and scroll it even where it holds no control.
    tabIndex: 0,
    className: styles.panel,
  });

  return (
    <div className={mergeClasses(styles.root, className)}>
      <header className={styles.header}>
        <Subtitle2 as="h1" className={styles.title}>
          {strings.appTitle}
        </Subtitle2>
        <SourcePicker sources={sources} settings={settings} previewHeader={preview.result ? preview.result.header : undefined} onChange={setSettings} />
        <ReadSummary
          result={preview.result}
          problems={preview.result?.problems ?? []}
          updating={preview.updating}
          changedSinceRead={preview.changedSinceRead}
          onRefresh={preview.refresh}
        />
      </header>
      <main className={styles.main} aria-busy={preview.updating}>
        {/* Message bars come with the after-run chunk: rare here, and below the header, so their arrival moves no control above. */}
        <Suspense fallback={null}>
          <div className={styles.alerts}>
            {saveError !== null && <LazyNotice intent="warning">{strings.saveFailed(saveError)}</LazyNotice>}
            {watchError !== null && <LazyNotice intent="warning">{strings.hostFailed(watchError)}</LazyNotice>}
            {actionError !== null && <LazyErrorBar message={strings.hostFailed(actionError)} />}
          </div>
        </Suspense>
        <SectionTabs className={styles.tabs} tabs={tabs} selected={section} onSelect={chooseSection} tabId={(v) => `wb-tab-${v}`} panelId={(v) => `wb-panel-${v}`} />
        {/* Every panel stays mounted (hidden when not chosen): a half-typed month or a made bulletin survives a tab switch. */}
        <div {...panel('ranking')}>
          <RankingTab
            bulletin={preview.result?.bulletin ?? null}
            problems={problems}
            updating={preview.updating}
            error={preview.error}
            onSelectCell={selectCell}
          />
        </div>
        <div {...panel('bulletin')}>
          {mounted.has('bulletin') && (
            <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
              <LazyBulletinSection
                host={host}
                settings={settings}
                downloadsBlocked={downloadsBlocked}
                onGoToSheet={goToSheet}
                onSelectCell={selectCell}
                onOutcome={setAnnouncement}
              />
            </Suspense>
          )}
        </div>
        <div {...panel('ledger')}>
          {mounted.has('ledger') && (
            <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
              <LazyLedgerSection host={host} settings={settings} onGoToSheet={goToSheet} onSelectCell={selectCell} />
            </Suspense>
          )}
        </div>
        {keepsHistory(host) && (
          <div {...panel('history')}>
            {mounted.has('history') && (
              <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
                <LazyHistorySection
                  host={host}
                  settings={settings}
                  revision={revision}
                  paused={generation.status === 'running'}
                  generatedSheet={generation.status === 'done' ? generation.sheetName : null}
                  onSelectCell={selectCell}
                />
              </Suspense>
            )}
          </div>
        )}
        <div {...panel('settings')}>
          {mounted.has('settings') && (
            <Suspense fallback={<Spinner size="small" label={strings.loading} />}>
              <LazySettingsForm settings={settings} onChange={setSettings} detectedPeriod={preview.result?.period ?? null} onBlockerChange={setBlocker} />
            </Suspense>
          )}
        </div>
        <div role="status" className={styles.visuallyHidden} data-testid="announcer">
          {announcement}
        </div>
      </main>
      <CommandBar
        ref={statusRef}
        state={generation}
        target={target}
        blocker={blocker}
        previewErrors={(preview.result?.problems ?? []).filter((p) => p.severity === 'error').length}
        onGenerate={generateFromPreviewedSource}
        onGoToSheet={goToSheet}
        replaceable={replaceable}
        replace={replace && replaceable !== null}
        onReplaceChange={setReplace}
      />
    </div>
  );
}
