/**
 * Which sheet or Excel table to read, and the header detected there, so the clerk sees what will be ranked. Score
 * tables come first; the bulletin's input sheets are listed apart and cannot be chosen (see sourceGroups.ts).
 */
import { Caption1, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { SourceInfo } from '../../core/hostContract';
import type { HeaderMatch } from '../../core/model';
import type { BulletinSettings } from '../../core/settings';
import { groupSources } from '../sourceGroups';
import { describeHeader } from '../strings';
import { useStrings } from '../StringsContext';

const useStyles = makeStyles({
  // Two lines reserved: the header line arrives with the first preview and must not push what is below it.
  header: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere', minHeight: '32px', margin: 0 },
  missing: { color: tokens.colorPaletteRedForeground1, minHeight: '32px', margin: 0 },
  // A native select is as wide as its longest option; in Field's grid that overflowed a 350 px pane by the width of
  // a long source name (seen in the web page's screenshots). It takes the field's width; long options wrap in the list.
  select: { minWidth: 0 },
});

const ACTIVE = '';

function sourceKey(source: SourceInfo): string {
  return `${source.kind}:${source.kind === 'table' ? source.name : source.sheet}`;
}

function selectedKey(settings: BulletinSettings): string {
  if (settings.sourceTable) return `table:${settings.sourceTable}`;
  if (settings.sourceSheet) return `sheet:${settings.sourceSheet}`;
  return ACTIVE;
}

export interface SourcePickerProps {
  sources: SourceInfo[];
  settings: BulletinSettings;
  /** The header the last preview actually read (for the active sheet this is the only way to know it). */
  previewHeader: HeaderMatch | null | undefined;
  onChange: (settings: BulletinSettings) => void;
}

export function SourcePicker({ sources, settings, previewHeader, onChange }: SourcePickerProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const key = selectedKey(settings);
  const chosen = sources.find((s) => sourceKey(s) === key);
  // A saved source that no longer exists (a renamed sheet) still shows, so the clerk sees why the preview fails.
  const orphan = key !== ACTIVE && !chosen;
  const header = previewHeader !== undefined ? previewHeader : (chosen?.header ?? null);
  // Before the first preview of the active sheet nothing is known yet: say nothing rather than "no header".
  const known = previewHeader !== undefined || chosen !== undefined;

  const groups = groupSources(sources);
  const option = (s: SourceInfo, disabled = false): JSX.Element => (
    <option key={sourceKey(s)} value={sourceKey(s)} disabled={disabled}>
      {s.kind === 'table' ? strings.tableOption(s.name, s.sheet) : strings.sheetOption(s.name)}
    </option>
  );

  const choose = (value: string): void => {
    const source = sources.find((s) => sourceKey(s) === value);
    if (!source) onChange({ ...settings, sourceSheet: null, sourceTable: null });
    else if (source.kind === 'table') onChange({ ...settings, sourceSheet: source.sheet, sourceTable: source.name });
    else onChange({ ...settings, sourceSheet: source.sheet, sourceTable: null });
  };

  return (
    <Field label={strings.sourceLabel}>
      <Select className={styles.select} value={key} onChange={(_, data) => choose(data.value)}>
        <option value={ACTIVE}>{strings.activeSheet}</option>
        {groups.score.length > 0 && <optgroup label={strings.sourcesScore}>{groups.score.map((s) => option(s))}</optgroup>}
        {groups.other.length > 0 && <optgroup label={strings.sourcesOther}>{groups.other.map((s) => option(s))}</optgroup>}
        {groups.inputs.length > 0 && <optgroup label={strings.sourcesInputs}>{groups.inputs.map((s) => option(s, true))}</optgroup>}
        {orphan && <option value={key}>{key.slice(key.indexOf(':') + 1)}</option>}
      </Select>
      {/* lang: the labels are the sheet's Chinese headers, in a Chinese face also when the pane is in English. */}
      <Caption1 as="p" className={!known || header ? styles.header : styles.missing} data-testid="detected-header" lang="zh-CN">
        {known ? (header ? describeHeader(strings, header) : strings.noHeader) : ''}
      </Caption1>
    </Field>
  );
}
