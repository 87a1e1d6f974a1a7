/**
 * What was read, in one line under the source: windows, period (and where it came from), errors and warnings —
 * note lines are not counted. While a re-read is pending the line says so, and when the source changed but is too
 * large to re-read on each edit it says 「读取后已修改」; the refresh button is always there.
 */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PreviewResult } from '../../core/hostContract';
import type { Problem } from '../../core/problems';
import { useStrings } from '../StringsContext';

const useStyles = makeStyles({
  // One line's height reserved from the start: the line fills in with the first preview and moves nothing.
  root: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, minHeight: '36px' },
  facts: { color: tokens.colorNeutralForeground2, margin: 0, flexGrow: 1, minWidth: 0 },
  errors: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  // A fact never breaks inside itself (「错误 1 / 个」): the line wraps between facts.
  fact: { whiteSpace: 'nowrap' },
  // A plain tag (not Fluent's Badge, kept out of the first download), in the theme's warning colours.
  changed: {
    flexShrink: 0,
    whiteSpace: 'nowrap',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
  refresh: { marginInlineStart: 'auto', minWidth: 'auto', flexShrink: 0, whiteSpace: 'nowrap' },
});

export interface ReadSummaryProps {
  result: PreviewResult | null;
  problems: readonly Problem[];
  updating: boolean;
  changedSinceRead: boolean;
  onRefresh: () => void;
}

export function ReadSummary({ result, problems, updating, changedSinceRead, onRefresh }: ReadSummaryProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const counted = problems.filter((p) => !p.note);
  const errors = counted.filter((p) => p.severity === 'error').length;
  const warnings = counted.length - errors;
  const facts: string[] = [];
  if (result?.windows !== undefined) facts.push(strings.windowsRead(result.windows));
  if (result?.period && result.periodFrom) facts.push(strings.periodRead(result.period, result.periodFrom));
  return (
    <div className={styles.root} data-testid="read-summary" aria-busy={updating}>
      <Caption1 as="p" className={styles.facts}>
        {updating
          ? strings.previewUpdating
          : facts.map((fact, i) => (
              <span key={i}>
                {i > 0 && ' · '}
                <span className={styles.fact}>{fact}</span>
              </span>
            ))}
        {!updating && result !== null && (
          <>
            {facts.length > 0 && ' · '}
            <span className={mergeClasses(styles.fact, errors > 0 && styles.errors)}>{strings.errorCount(errors)}</span>
            {' · '}
            <span className={styles.fact}>{strings.warningCount(warnings)}</span>
          </>
        )}
      </Caption1>
      {changedSinceRead && !updating && (
        <Caption1 className={styles.changed} data-testid="changed-since-read">
          {strings.changedSinceRead}
        </Caption1>
      )}
      <Button className={styles.refresh} size="small" appearance={changedSinceRead ? 'primary' : 'subtle'} onClick={onRefresh}>
        {strings.refreshPreview}
      </Button>
    </div>
  );
}
