/**
 * Every problem the engine found, errors first. A problem about a cell is a button: pressing it selects that
 * cell in Excel (Enter or Space from the keyboard), so the clerk fixes 「考核」!D9 without hunting for it.
 */
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { sheetCellRef } from '../../core/address';
import type { Problem } from '../../core/problems';
import { useStrings } from '../StringsContext';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  badge: { flexShrink: 0, marginTop: '2px' },
  // Looks like a link: a clerk must see that the message takes them to the cell.
  message: {
    flexGrow: 1,
    textAlign: 'start',
    justifyContent: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    height: 'auto',
    minWidth: 0,
    paddingLeft: 0,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
  },
  text: { flexGrow: 1, margin: 0, paddingTop: '1px' },
  extraCells: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface ProblemListProps {
  problems: Problem[];
  onSelectCell: (sheet: string, cell: string) => void;
  /** Note lines: plain muted text, no badge, no link (information, not something to fix). */
  quiet?: boolean;
}

export function ProblemList({ problems, onSelectCell, quiet = false }: ProblemListProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const ordered = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <ul className={styles.list}>
      {ordered.map((p, i) => {
        const sheet = p.sheet;
        const cells = sheet !== undefined ? (p.cells ?? []) : [];
        if (quiet) {
          return (
            <li key={i} className={styles.item} data-code={p.code} data-note="true">
              <p className={styles.text} lang="zh-CN">
                {p.message}
              </p>
            </li>
          );
        }
        return (
          // The engine's messages are Chinese whatever the pane's language; lang picks a Chinese font for them.
          <li key={i} className={styles.item} data-code={p.code} data-severity={p.severity}>
            <Badge
              className={styles.badge}
              appearance="tint"
              color={p.severity === 'error' ? 'danger' : 'warning'}
              aria-label={p.severity === 'error' ? strings.errorLabel : strings.warningLabel}
            >
              {p.severity === 'error' ? strings.errorLabel : strings.warningLabel}
            </Badge>
            {sheet !== undefined && cells.length > 0 ? (
              <div className={styles.text}>
                <Button
                  appearance="transparent"
                  size="small"
                  className={styles.message}
                  title={strings.selectCell(sheetCellRef(sheet, cells[0]))}
                  onClick={() => onSelectCell(sheet, cells[0])}
                  lang="zh-CN"
                >
                  {p.message}
                </Button>
                {cells.length > 1 && (
                  <span className={styles.extraCells}>
                    {cells.slice(1).map((cell) => (
                      // Named in full: a bare 「B9」 tells a screen-reader user neither the sheet nor what the button does.
                      <Button
                        key={cell}
                        appearance="subtle"
                        size="small"
                        onClick={() => onSelectCell(sheet, cell)}
                        aria-label={strings.selectCell(sheetCellRef(sheet, cell))}
                        title={strings.selectCell(sheetCellRef(sheet, cell))}
                      >
                        {cell}
                      </Button>
                    ))}
                  </span>
                )}
              </div>
            ) : (
              <p className={styles.text} lang="zh-CN">
                {p.message}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
