/**
 * The pane's command area, pinned to the bottom of the pane at a fixed height: 生成排名 is always at the same place,
 * whatever appears after a run. Above the button, one status line says what the click will do (「将写入新工作表
 * 「8月考核结果」」), why it cannot (an invalid field), how far a run is, or how it ended, with the jump to the new
 * sheet; the option to replace an earlier ranking appears beside the button, never where it was. The status line
 * takes the focus when a run ends, so a keyboard or screen-reader user lands on the outcome.
 */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Suspense, forwardRef } from 'react';
import type { GenerateState } from '../hooks/useGenerate';
import { LazyCheckbox, LazyProgressBar } from '../lazyViews';
import type { PaneStrings } from '../strings';
import { useStrings } from '../StringsContext';

/** How a finished generate ended, in words (for the status line and the live region); null while none has ended. */
export function generateOutcome(strings: PaneStrings, state: GenerateState): string | null {
  switch (state.status) {
    case 'done':
      return strings.generated(state.sheetName);
    case 'blocked':
      return strings.generateBlocked(state.problems.filter((p) => p.severity === 'error').length);
    case 'failed':
      return strings.hostFailed(state.message);
    default:
      return null;
  }
}

const useStyles = makeStyles({
  root: {
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // The bar's height is reserved when idle, so starting a run moves nothing.
  progress: { height: '4px' },
  // Two lines reserved, clipped beyond: the button below never moves.
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    height: '40px',
    overflow: 'hidden',
    outlineStyle: 'none',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusMedium },
  },
  statusText: { margin: 0, flexGrow: 1, minWidth: 0, display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  error: { color: tokens.colorPaletteRedForeground1 },
  success: { color: tokens.colorPaletteGreenForeground1 },
  // A fixed height, the button at its top: the option that appears beside it (two lines at 350 px) moves nothing.
  actions: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, height: '52px', overflow: 'hidden' },
  button: { flexShrink: 0 },
  replace: { minWidth: 0 },
});

export interface CommandBarProps {
  state: GenerateState;
  /** The sheet a click will write (or replace); null before a preview has said which period it is. */
  target: string | null;
  /** Why generating must wait (an invalid setting), or null. */
  blocker: string | null;
  /** Errors the preview found: a click would only end in 「未生成」, so the status line says so first. */
  previewErrors: number;
  onGenerate: () => void;
  onGoToSheet: (sheetName: string) => void;
  replaceable: string | null;
  replace: boolean;
  onReplaceChange: (replace: boolean) => void;
}

export const CommandBar = forwardRef<HTMLDivElement, CommandBarProps>(function CommandBar(
  { state, target, blocker, previewErrors, onGenerate, onGoToSheet, replaceable, replace, onReplaceChange },
  statusRef,
) {
  const strings = useStrings();
  const styles = useStyles();
  const running = state.status === 'running';
  const percent = running && state.total > 0 ? Math.round((100 * state.done) / state.total) : null;

  const outcome = generateOutcome(strings, state);
  let status: string;
  let tone: 'error' | 'success' | null = null;
  if (running) status = percent !== null ? strings.progressStage(state.stage, percent) : strings.generating;
  else if (blocker !== null) [status, tone] = [strings.cannotGenerate(blocker), 'error'];
  else if (outcome !== null) [status, tone] = [outcome, state.status === 'done' ? 'success' : 'error'];
  else if (previewErrors > 0) [status, tone] = [strings.fixErrorsFirst(previewErrors), 'error'];
  else status = target === null ? '' : replace ? strings.willReplace(target) : strings.willWrite(target);

  return (
    <footer className={styles.root} aria-label={strings.outcomeTitle}>
      <div className={styles.progress}>
        {/* Indeterminate until the host reports a total (a small sheet may finish before it does). */}
        {/* Loaded after the first screen (lazyViews.ts); its 4 px are reserved, so it arrives without moving anything. */}
        {running && (
          <Suspense fallback={null}>
            <LazyProgressBar value={percent !== null ? state.done / state.total : undefined} aria-label={strings.generating} thickness="medium" />
          </Suspense>
        )}
      </div>
      <div ref={statusRef} tabIndex={-1} className={styles.status} data-testid="generate-status">
        <Caption1 as="p" className={mergeClasses(styles.statusText, tone === 'error' && styles.error, tone === 'success' && styles.success)} title={status}>
          {status}
        </Caption1>
        {state.status === 'done' && blocker === null && (
          <Button size="small" onClick={() => onGoToSheet(state.sheetName)}>
            {strings.goToSheet}
          </Button>
        )}
      </div>
      <div className={styles.actions}>
        <Button className={styles.button} appearance="primary" disabled={running || blocker !== null} aria-busy={running} onClick={onGenerate}>
          {running ? strings.generating : strings.generate}
        </Button>
        {replaceable !== null && (
          <Suspense fallback={null}>
            <LazyCheckbox
              className={styles.replace}
              checked={replace}
              disabled={running}
              label={strings.replaceShort(replaceable)}
              title={strings.replaceSheet(replaceable)}
              onChange={(_, d) => onReplaceChange(d.checked === true)}
            />
          </Suspense>
        )}
      </div>
    </footer>
  );
});
