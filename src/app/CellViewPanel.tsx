/** A problem's cell among its neighbours, with Excel's row numbers and column letters, since there is no Excel to go to. */
import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { CellView } from '../file/cellView';
import { APP_STRINGS as S } from './appStrings';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  scroll: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  label: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px', maxWidth: '14em', overflow: 'hidden', textOverflow: 'ellipsis' },
  focus: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px', backgroundColor: tokens.colorPaletteRedBackground1 },
});

export function CellViewPanel({ view, onClose }: { view: CellView; onClose: () => void }): JSX.Element {
  const styles = useStyles();
  const panel = useRef<HTMLElement>(null);
  // The problem list may be far down the page: bring the view to where the clerk is looking.
  useEffect(() => panel.current?.scrollIntoView({ block: 'nearest' }), [view]);
  const title = S.viewTitle(view.sheet, view.cell);
  return (
    <section ref={panel} className={styles.panel} aria-label={title}>
      <div className={styles.head}>
        <Subtitle2 as="h2">{title}</Subtitle2>
        <Button size="small" onClick={onClose}>
          {S.viewClose}
        </Button>
      </div>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.label}`} />
              {view.columns.map((c) => (
                <th key={c} scope="col" className={`${styles.cell} ${styles.label}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.text.map((line, r) => (
              <tr key={view.rowNumbers[r]}>
                <th scope="row" className={`${styles.cell} ${styles.label}`}>
                  {view.rowNumbers[r]}
                </th>
                {line.map((text, c) => {
                  const focused = view.focus !== null && view.focus.row === r && view.focus.col === c;
                  return (
                    <td key={c} className={focused ? `${styles.cell} ${styles.focus}` : styles.cell} aria-current={focused ? 'true' : undefined} title={text}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
