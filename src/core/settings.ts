/** What a clerk chooses once and the workbook remembers: the ribbon button generates with these, no pane needed. */
import type { Period, RankStyle, TieDisplay } from './model';

export interface BulletinSettings {
  hallName: string;
  /** Null: take it from the source sheet's title (「2023年8月…」), else the previous month. */
  period: Period | null;
  defaultBase: number;
  rankStyle: RankStyle;
  tieDisplay: TieDisplay;
  /** Source worksheet; null means the active sheet. */
  sourceSheet: string | null;
  /** An Excel table (ListObject) to read instead of a whole sheet. */
  sourceTable: string | null;
  /**
   * 生成排名 adds a 较上月 column (each window's rank change against 「考核历史」, docs/history.md). Off: the
   * published attachment has none.
   */
  changeColumn: boolean;
}

export const DEFAULT_SETTINGS: BulletinSettings = {
  hallName: '省政务服务大厅',
  period: null,
  defaultBase: 100,
  rankStyle: 'competition',
  tieDisplay: 'blank',
  sourceSheet: null,
  sourceTable: null,
  changeColumn: false,
};
