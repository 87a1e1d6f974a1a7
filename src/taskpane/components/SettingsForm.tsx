/**
 * Hall name, period, default base score, rank style and tie display. Numbers are kept as typed until they are
 * valid, so a half-typed year never reaches the workbook's saved settings; while a field is invalid the form tells
 * the pane why (onBlockerChange), and the pane does not generate with the last valid value behind the clerk's back.
 * Unticking 「考核期间从表格标题识别」 starts from the period the preview found, not from the clock.
 */
import { Checkbox, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Period, RankStyle, TieDisplay } from '../../core/model';
import type { BulletinSettings } from '../../core/settings';
import { useStrings } from '../StringsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS, padding: 0 },
  period: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  number: { width: '7em' },
});

/** The month before `now`: the period a monthly assessment is normally published for. */
export function previousMonth(now: Date): Period {
  const month = now.getMonth(); // 0-based, so this is already last month's 1-based number (0 → December of last year)
  return month === 0 ? { year: now.getFullYear() - 1, month: 12 } : { year: now.getFullYear(), month };
}

function parseWhole(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

function parseScore(text: string): number | null {
  if (!/^\d+(\.\d+)?$/.test(text.trim())) return null;
  const n = Number(text);
  return n > 0 && n <= 10000 ? n : null;
}

export interface SettingsFormProps {
  settings: BulletinSettings;
  onChange: (settings: BulletinSettings) => void;
  /** The period the last preview ranked for (from the title, or the clock's last month), null before one. */
  detectedPeriod: Period | null;
  /** Why generating must wait (the first invalid field), or null when every field is valid. */
  onBlockerChange: (reason: string | null) => void;
}

export function SettingsForm({ settings, onChange, detectedPeriod, onBlockerChange }: SettingsFormProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [hall, setHall] = useState(settings.hallName);
  const [year, setYear] = useState(settings.period ? String(settings.period.year) : '');
  const [month, setMonth] = useState(settings.period ? String(settings.period.month) : '');
  const [base, setBase] = useState(String(settings.defaultBase));

  const yearValue = parseWhole(year, 2000, 2100);
  const monthValue = parseWhole(month, 1, 12);
  const baseValue = parseScore(base);
  const manualPeriod = settings.period !== null;
  const yearError = manualPeriod && yearValue === null ? strings.yearInvalid : null;
  const monthError = manualPeriod && monthValue === null ? strings.monthInvalid : null;
  const baseError = baseValue === null ? strings.baseInvalid : null;
  const hallError = hall.trim() === '' ? strings.hallRequired : null;
  const blocker = yearError ?? monthError ?? baseError ?? hallError;
  useEffect(() => onBlockerChange(blocker), [blocker, onBlockerChange]);

  const setPeriodAuto = (auto: boolean): void => {
    if (auto) {
      onChange({ ...settings, period: null });
      return;
    }
    // The period the clerk has been looking at stays: the one the preview found, else what was typed before.
    const typed = yearValue !== null && monthValue !== null ? { year: yearValue, month: monthValue } : null;
    const period = detectedPeriod ?? typed ?? previousMonth(new Date());
    setYear(String(period.year));
    setMonth(String(period.month));
    onChange({ ...settings, period });
  };

  const editYear = (text: string): void => {
    setYear(text);
    const y = parseWhole(text, 2000, 2100);
    if (y !== null && settings.period) onChange({ ...settings, period: { ...settings.period, year: y } });
  };

  const editMonth = (text: string): void => {
    setMonth(text);
    const m = parseWhole(text, 1, 12);
    if (m !== null && settings.period) onChange({ ...settings, period: { ...settings.period, month: m } });
  };

  const editHall = (text: string): void => {
    setHall(text);
    if (text.trim() !== '') onChange({ ...settings, hallName: text.trim() });
  };

  const editBase = (text: string): void => {
    setBase(text);
    const b = parseScore(text);
    if (b !== null) onChange({ ...settings, defaultBase: b });
  };

  return (
    <fieldset className={styles.root}>
      <legend className={styles.legend}>{strings.settingsTitle}</legend>
      <Field
        label={strings.hallName}
        validationState={hallError ? 'error' : 'none'}
        validationMessage={hallError ?? undefined}
      >
        <Input value={hall} lang="zh-CN" onChange={(_, d) => editHall(d.value)} />
      </Field>
      <Checkbox checked={settings.period === null} label={strings.periodAuto} onChange={(_, d) => setPeriodAuto(d.checked === true)} />
      {settings.period !== null && (
        <div className={styles.period}>
          <Field label={strings.periodYear} validationState={yearError ? 'error' : 'none'} validationMessage={yearError ?? undefined}>
            <Input className={styles.number} type="number" inputMode="numeric" value={year} onChange={(_, d) => editYear(d.value)} />
          </Field>
          <Field label={strings.periodMonth} validationState={monthError ? 'error' : 'none'} validationMessage={monthError ?? undefined}>
            <Input className={styles.number} type="number" inputMode="numeric" min={1} max={12} value={month} onChange={(_, d) => editMonth(d.value)} />
          </Field>
        </div>
      )}
      <Field label={strings.baseScore} validationState={baseError ? 'error' : 'none'} validationMessage={baseError ?? undefined}>
        <Input className={styles.number} type="number" inputMode="decimal" value={base} onChange={(_, d) => editBase(d.value)} />
      </Field>
      <Field label={strings.rankStyle}>
        <RadioGroup value={settings.rankStyle} onChange={(_, d) => onChange({ ...settings, rankStyle: d.value as RankStyle })}>
          <Radio value="competition" label={strings.rankCompetition} />
          <Radio value="dense" label={strings.rankDense} />
        </RadioGroup>
      </Field>
      <Field label={strings.tieDisplay}>
        <RadioGroup value={settings.tieDisplay} onChange={(_, d) => onChange({ ...settings, tieDisplay: d.value as TieDisplay })}>
          <Radio value="blank" label={strings.tieBlank} />
          <Radio value="repeat" label={strings.tieRepeat} />
        </RadioGroup>
      </Field>
      <Checkbox checked={settings.changeColumn} label={strings.changeColumn} onChange={(_, d) => onChange({ ...settings, changeColumn: d.checked === true })} />
    </fieldset>
  );
}
