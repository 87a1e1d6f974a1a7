/**
 * The ranking as it will be published: rank / window / score. Tied windows show their rank as the bulletin does
 * (blank after the first row when ties are blank) and are banded together, with "并列第7名" for screen readers.
 * Large sheets show only the first rows: the full table goes to the workbook.
 */
import {
  Caption1,
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
import type { BulletinTable } from '../../core/model';
import { useStrings } from '../StringsContext';

export const PREVIEW_ROW_LIMIT = 200;

const useStyles = makeStyles({
  rank: { width: '3.5em', textAlign: 'center' },
  score: { width: '5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  tie: { backgroundColor: tokens.colorNeutralBackground3 },
  tieFollower: { color: tokens.colorNeutralForeground3 },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface RankingPreviewProps {
  bulletin: BulletinTable;
}

export function RankingPreview({ bulletin }: RankingPreviewProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const rows = bulletin.rows.slice(0, PREVIEW_ROW_LIMIT);
  return (
    <div>
      <Table size="extra-small" aria-label={bulletin.title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.rank}>{strings.colRank}</TableHeaderCell>
            <TableHeaderCell>{strings.colWindow}</TableHeaderCell>
            <TableHeaderCell className={styles.score}>{strings.colScore}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, i) => {
            const tied = row.tieSize > 1;
            return (
              <TableRow key={i} className={tied ? styles.tie : undefined} data-tie={tied ? String(row.rank) : undefined}>
                <TableCell
                  className={mergeClasses(styles.rank, !row.firstOfTie && styles.tieFollower)}
                  aria-label={tied ? strings.tieWith(String(row.rank)) : undefined}
                >
                  {row.rankLabel}
                </TableCell>
                <TableCell>{row.window}</TableCell>
                <TableCell className={styles.score}>{row.text.score}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {bulletin.rows.length > rows.length && (
        <Caption1 as="p" className={styles.note}>
          {strings.previewMore(rows.length, bulletin.rows.length)}
        </Caption1>
      )}
    </div>
  );
}
