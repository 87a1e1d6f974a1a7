/**
 * The month's story in the bulletin's words, for the template fields {流动红旗}, {末位提醒} and {名次变化}:
 * 「8月流动红旗窗口：交通运输厅、自然资源厅、省市场监管局。」 Each is empty when there is nothing to say.
 */
import type { MonthReport } from './monthReport';

export interface HistoryFields {
  流动红旗: string;
  末位提醒: string;
  名次变化: string;
}

export const HISTORY_FIELD_NAMES = ['流动红旗', '末位提醒', '名次变化'] as const;
export const EMPTY_HISTORY_FIELDS: HistoryFields = { 流动红旗: '', 末位提醒: '', 名次变化: '' };

export function redFlagSentence(r: MonthReport): string {
  const f = r.redFlags;
  if (f.windows.length === 0) return '';
  const tie = f.edgeTie ? `（第${f.edgeTie.rank}名有${f.edgeTie.windows.length}个窗口并列，均获流动红旗，共${f.windows.length}个）` : '';
  return `${r.period.month}月流动红旗窗口：${f.windows.join('、')}${tie}。`;
}

export function lastPlaceSentence(r: MonthReport): string {
  if (r.lastPlace.length === 0) return '';
  const parts = r.lastPlace.map((l) => {
    const action = l.level === 'report' ? '，按规定通报其所在部门' : l.level === 'notice' ? '，按规定在中心内部提醒' : '';
    return `${l.window}（${l.reasons.join('，')}${action}）`;
  });
  return `${r.period.month}月末位窗口：${parts.join('、')}。`;
}

export function rankChangeSentence(r: MonthReport): string {
  if (!r.previous) return '';
  const ups = r.windows.filter((w) => w.change.kind === 'up');
  const downs = r.windows.filter((w) => w.change.kind === 'down');
  const fresh = r.windows.filter((w) => w.change.kind === 'new');
  const most = (list: typeof ups) => {
    const by = Math.max(...list.map((w) => w.change.by));
    return { by, names: list.filter((w) => w.change.by === by).map((w) => w.window) };
  };
  const parts: string[] = [];
  if (ups.length > 0) {
    const u = most(ups);
    parts.push(`名次上升最多的是${u.names.join('、')}（上升${u.by}名）`);
  }
  if (downs.length > 0) {
    const d = most(downs);
    parts.push(`下降最多的是${d.names.join('、')}（下降${d.by}名）`);
  }
  if (parts.length === 0) parts.push('各窗口名次均与上月持平');
  const fresher = fresh.length > 0 ? `；新参评窗口：${fresh.map((w) => w.window).join('、')}` : '';
  return `与${r.previous.month}月相比，${parts.join('，')}${fresher}。`;
}

export function historyFields(r: MonthReport | null): HistoryFields {
  if (!r) return { ...EMPTY_HISTORY_FIELDS };
  return { 流动红旗: redFlagSentence(r), 末位提醒: lastPlaceSentence(r), 名次变化: rankChangeSentence(r) };
}
