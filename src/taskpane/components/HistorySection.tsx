/**
 * 考核历史 in the pane: this month's 流动红旗 and last-place flags, each window's rank change against the month
 * before (↑3 green, ↓2 red, 持平, 新进驻), whether generating will record the month (a saved switch, on by
 * default), and buttons that write the year's and the quarter's roll-up with charts. Shown only by hosts that
 * keep a history.
 */
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Input,
  Label,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { formatDecimal } from '../../core/decimal';
import type { BulletinHost, KeepsHistory } from '../../core/hostContract';
import { periodKey } from '../../core/history/model';
import type { BulletinSettings } from '../../core/settings';
import { useHistory } from '../hooks/useHistory';
import { languageTag } from '../strings';
import { useStrings } from '../StringsContext';
import { historyStrings, RECORDED_WORDS } from './historyStrings';
import { PREVIEW_ROW_LIMIT } from './RankingPreview';
import { ProblemList } from './ProblemList';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  up: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  down: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  rank: { width: '3.5em', textAlign: 'center' },
  score: { width: '5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  change: { width: '5em', textAlign: 'center' },
  flagRow: { backgroundColor: tokens.colorPaletteRedBackground1 },
  flagMark: { color: tokens.colorPaletteRedForeground1, marginInlineStart: tokens.spacingHorizontalXS },
  count: { width: '5em' },
});

export interface HistorySectionProps {
  host: BulletinHost & KeepsHistory;
  settings: BulletinSettings;
  revision: number;
  paused: boolean;
  /** The sheet the last generate wrote: recording follows it. */
  generatedSheet: string | null;
  /** A history problem's cell (「考核历史」!B12, a near-duplicate name) selected in the workbook. */
  onSelectCell: (sheet: string, cell: string) => void;
}

export function HistorySection({ host, settings, revision, paused, generatedSheet, onSelectCell }: HistorySectionProps): JSX.Element {
  const lang = languageTag(useStrings());
  const t = historyStrings(lang);
  const styles = useStyles();
  const countId = useId();
  const [state, actions] = useHistory(host, settings, revision, paused, generatedSheet);
  const { preview, settings: history } = state;
  const month = preview?.month ?? null;
  const key = month ? periodKey(month.period) : '';
  const quarter = month ? Math.ceil(month.period.month / 3) : 0;
  return (
    <section className={styles.section} aria-labelledby="wb-history" lang={lang}>
      <Subtitle2 as="h2" id="wb-history">
        {t.title}
      </Subtitle2>
      {history && (
        <div className={styles.row}>
          <Switch
            checked={history.recordOnGenerate}
            label={t.record}
            onChange={(_, d) => actions.setHistorySettings({ ...history, recordOnGenerate: d.checked })}
          />
          <Label htmlFor={countId}>{t.redFlagCount}</Label>
          <Input
            id={countId}
            className={styles.count}
            type="number"
            min={0}
            value={String(history.redFlagCount)}
            onChange={(_, d) => {
              const n = Number(d.value);
              if (Number.isInteger(n) && n >= 0 && n <= 1000) actions.setHistorySettings({ ...history, redFlagCount: n });
            }}
          />
        </div>
      )}
      {state.error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      )}
      {state.updating && (
        <Body1 className={styles.muted} role="status">
          {t.updating}
        </Body1>
      )}
      {preview && preview.problems.length > 0 && (
        // The history's own problems: hand-edited ranks, unreadable rows, names that look like one renamed window.
        <ProblemList problems={preview.problems} onSelectCell={onSelectCell} />
      )}
      {preview && month && (
        <>
          <Caption1 className={styles.muted}>{t.recording(preview.recording, key)}</Caption1>
          <Body1>
            <strong>{t.redFlags}：</strong>
            {preview.fields.流动红旗 || t.none}
          </Body1>
          <div>
            <Body1 as="p">
              <strong>{t.lastPlace}：</strong>
              {month.lastPlace.length === 0 && t.none}
            </Body1>
            {month.lastPlace.map((l) => (
              <div key={l.window} className={styles.row}>
                <Body1>{l.window}</Body1>
                <Caption1>{l.reasons.join('，')}</Caption1>
                {l.level && (
                  <Badge appearance="tint" color={l.level === 'report' ? 'danger' : 'warning'}>
                    {l.level === 'report' ? t.report : t.notice}
                  </Badge>
                )}
              </div>
            ))}
          </div>
          {month.previous === null && <Caption1 className={styles.muted}>{t.noHistory}</Caption1>}
          <Table size="extra-small" aria-labelledby="wb-history">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.rank}>名次</TableHeaderCell>
                <TableHeaderCell>部门窗口</TableHeaderCell>
                <TableHeaderCell className={styles.score}>实得分值</TableHeaderCell>
                <TableHeaderCell className={styles.change}>{t.colChange}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {month.windows.slice(0, PREVIEW_ROW_LIMIT).map((w) => (
                <TableRow key={w.window} className={month.redFlags.windows.includes(w.window) ? styles.flagRow : undefined}>
                  <TableCell className={styles.rank}>{w.rank}</TableCell>
                  <TableCell>
                    {w.window}
                    {/* A mark, not a badge: a badge wrapped under the name at the pane's width and doubled the row. */}
                    {month.redFlags.windows.includes(w.window) && (
                      <span className={styles.flagMark} aria-label={t.redFlags} title={t.redFlags}>
                        ⚑
                      </span>
                    )}
                  </TableCell>
                  <TableCell className={styles.score}>{formatDecimal(w.score)}</TableCell>
                  <TableCell className={mergeClasses(styles.change, w.change.kind === 'up' && styles.up, w.change.kind === 'down' && styles.down)}>
                    {w.change.label}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className={styles.row}>
            <Button onClick={() => actions.writeRollup(month.period.year)}>{t.rollupYear(month.period.year)}</Button>
            <Button onClick={() => actions.writeRollup(month.period.year, quarter)}>{t.rollupQuarter(month.period.year, quarter)}</Button>
          </div>
        </>
      )}
      {state.lastRecord && <Caption1 role="status">{t.recorded(RECORDED_WORDS[lang][state.lastRecord.recorded], state.lastRecord.month ?? '')}</Caption1>}
      {state.lastRollup?.ok && state.lastRollup.sheetName && <Caption1 role="status">{t.rollupDone(state.lastRollup.sheetName)}</Caption1>}
    </section>
  );
}
