/**
 * The ranking as it will be published: rank / window / score. Tied windows show their rank as the bulletin does
 * (blank after the first row when ties are blank) and are banded together, with "并列第7名" for screen readers.
 * Consecutive tie groups (10, 14, 17 in the reference month) alternate between two shades, so where one group
 * ends and the next begins stays visible. The title above the table is the one that will be published, so the
 * clerk sees the period and hall name the bulletin will carry.
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
import { memo } from 'react';
import type { BulletinTable } from '../../core/model';
import { useStrings } from '../StringsContext';

export const PREVIEW_ROW_LIMIT = 200;

const useStyles = makeStyles({
  rank: { width: '3.5em', textAlign: 'center' },
  score: { width: '5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  tie: { backgroundColor: tokens.colorNeutralBackground3 },
  tieAlternate: { backgroundColor: tokens.colorBrandBackground2 },
  title: { margin: `0 0 ${tokens.spacingVerticalXS}`, color: tokens.colorNeutralForeground2 },
  tieFollower: { color: tokens.colorNeutralForeground3 },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface RankingPreviewProps {
  bulletin: BulletinTable;
}

function RankingPreviewTable({ bulletin }: RankingPreviewProps): JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const rows = bulletin.rows.slice(0, PREVIEW_ROW_LIMIT);
  // Which tie group each row is in (counting groups only), for the alternating shades.
  let groups = 0;
  const groupOf = rows.map((row) => (row.tieSize > 1 && row.firstOfTie ? ++groups : groups));
  return (
    <div>
      <Caption1 as="p" id="wb-preview-title" className={styles.title} lang="zh-CN">
        {bulletin.title}
      </Caption1>
      <Table size="extra-small" aria-labelledby="wb-preview-title">
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
              <TableRow
                key={i}
                className={tied ? (groupOf[i] % 2 === 1 ? styles.tie : styles.tieAlternate) : undefined}
                data-tie={tied ? String(row.rank) : undefined}
              >
                <TableCell
                  className={mergeClasses(styles.rank, !row.firstOfTie && styles.tieFollower)}
                  aria-label={tied ? strings.tieWith(String(row.rank)) : undefined}
                >
                  {row.rankLabel}
                </TableCell>
                <TableCell lang="zh-CN">{row.window}</TableCell>
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

/**
 * Re-rendered only for a new bulletin: the pane re-renders at every progress step of a generate, and 200 rows of
 * Fluent table cells each time would take the thread for tens of ms on a slow machine.
 */
export const RankingPreview = memo(RankingPreviewTable);
