/**
 * 台账: the month's tally from the ledger sheets. A month picker (the last month with ledger lines at first), the
 * month's totals as a preview, 写入 for the score sheet and the detail sheet, then 生成排名 on the new score sheet.
 * Shown only when the host has the capability (TalliesLedger).
 */
import { Body1, Button, Caption1, Field, Select, Spinner, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { BulletinHost, TalliesLedger, TallyPreview } from '../../core/hostContract';
import type { Period } from '../../core/model';
import type { BulletinSettings } from '../../core/settings';
import { useGenerate } from '../hooks/useGenerate';
import { hasTally, useTally } from '../hooks/useTally';
import { useStrings } from '../StringsContext';
import { ledgerStrings, type LedgerStrings } from './ledgerStrings';
import { ErrorBar, SheetCreated } from './Outcome';
import { SectionProblems } from './SectionProblems';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
  table: { borderCollapse: 'collapse', width: '100%', maxWidth: '40rem', fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: 'right' },
  name: { textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  head: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold },
  remark: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export interface LedgerSectionProps {
  host: BulletinHost;
  settings: BulletinSettings;
  onGoToSheet: (sheetName: string) => void;
  onSelectCell: (sheet: string, cell: string) => void;
}

export function LedgerSection(props: LedgerSectionProps): JSX.Element | null {
  return hasTally(props.host) ? <Ledger {...props} host={props.host} /> : null;
}

const key = (p: Period) => `${p.year}-${p.month}`;

function Ledger({ host, settings, onGoToSheet, onSelectCell }: LedgerSectionProps & { host: BulletinHost & TalliesLedger }): JSX.Element {
  const s = ledgerStrings(useStrings());
  const styles = useStyles();
  const { state, chooseMonth, write } = useTally(host, settings);
  const [ranking, rank] = useGenerate(host, () => undefined);
  const preview = 'preview' in state ? state.preview : null;
  const problems = preview?.problems ?? [];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const month = preview?.month ?? ('month' in state ? state.month : null);
  const months = preview?.months ?? [];
  const writing = state.status === 'writing';

  return (
    <section className={styles.root} aria-labelledby="wb-ledger">
      <Subtitle2 as="h2" id="wb-ledger">
        {s.title}
      </Subtitle2>
      <Body1 as="p" className={styles.hint}>
        {s.hint}
      </Body1>
      {months.length > 0 && (
        <Field label={s.month}>
          <Select
            value={month ? key(month) : ''}
            disabled={state.status === 'loading' || writing}
            onChange={(_, data) => {
              const chosen = months.find((m) => key(m) === data.value);
              if (chosen) chooseMonth(chosen);
            }}
          >
            {[...months].reverse().map((m) => (
              <option key={key(m)} value={key(m)}>
                {s.monthLabel(m)}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {state.status === 'loading' && <Spinner size="tiny" label={s.loading} />}
      {state.status === 'failed' && <ErrorBar message={s.failed(state.message)} />}
      {preview && preview.rows.length > 0 && <Totals preview={preview} strings={s} />}
      {preview && preview.rows.length === 0 && errors === 0 && <Body1 className={styles.hint}>{s.noLines}</Body1>}
      {preview && errors > 0 && <ErrorBar message={s.blocked(errors)} />}
      {preview && preview.rows.length > 0 && errors === 0 && state.status !== 'written' && (
        <Button appearance="primary" disabled={writing} aria-busy={writing} onClick={write} icon={writing ? <Spinner size="tiny" /> : undefined}>
          {writing ? s.writing : s.write}
        </Button>
      )}
      {state.status === 'written' && state.result.scoreSheet && state.result.detailSheet && (
        <>
          <SheetCreated message={s.written(state.result.scoreSheet, state.result.detailSheet)} sheetName={state.result.scoreSheet} onGoToSheet={onGoToSheet} />
          {/* Not primary: the footer's 生成排名 is the pane's one primary action; this one names the sheet it ranks. */}
          <Button
            disabled={ranking.status === 'running'}
            onClick={() => rank({ ...settings, sourceSheet: state.result.scoreSheet, sourceTable: null, period: state.preview.month })}
          >
            {ranking.status === 'running' ? s.ranking : s.rank(state.result.scoreSheet)}
          </Button>
          {ranking.status === 'done' && <SheetCreated message={s.ranked(ranking.sheetName)} sheetName={ranking.sheetName} onGoToSheet={onGoToSheet} />}
          {ranking.status === 'failed' && <ErrorBar message={s.failed(ranking.message)} />}
          {ranking.status === 'blocked' && <ErrorBar message={s.failed(ranking.problems.map((p) => p.message).join(' '))} />}
        </>
      )}
      <SectionProblems id="wb-ledger-problems" problems={problems} title={s.problems} onSelectCell={onSelectCell} />
    </section>
  );
}

function Totals({ preview, strings: s }: { preview: TallyPreview; strings: LedgerStrings }): JSX.Element {
  const styles = useStyles();
  const [rank, name, deducted, bonus, score] = s.columns;
  return (
    <>
      <Caption1>{s.counted(preview.counted, preview.notCounted)}</Caption1>
      <table className={styles.table} aria-label={s.title}>
        <thead>
          <tr>
            {[rank, name, deducted, bonus, score].map((h, i) => (
              <th key={h} scope="col" className={mergeClasses(styles.cell, i === 1 && styles.name, styles.head)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r, i) => (
            <tr key={r.window}>
              <td className={styles.cell}>{r.rank !== null && (i === 0 || preview.rows[i - 1].rank !== r.rank) ? r.rank : ''}</td>
              <th scope="row" className={mergeClasses(styles.cell, styles.name)}>
                {r.window}
                {r.remark && <Caption1 className={styles.remark}>{r.remark}</Caption1>}
              </th>
              <td className={styles.cell}>{r.deduction === 0 ? 0 : -r.deduction}</td>
              <td className={styles.cell}>{r.bonus}</td>
              <td className={styles.cell}>{r.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
