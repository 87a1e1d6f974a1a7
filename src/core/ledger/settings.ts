/**
 * The hall-wide settings of the tally, kept on 「考核细则」 beside the rule items as label / value pairs:
 * 基础分值, 加分上限, 最高分, 最低分 and 一票否决处理. Each is found by its label anywhere on the sheet, its value in the
 * cell just right of it (a blank value keeps the default), so a hall may lay its rules sheet out as it likes.
 */
import { cellAddress } from '../address';
import type { CellValue, SheetGrid } from '../cell';
import { formatDecimal, UNITS_PER_POINT } from '../decimal';
import { at, problem, type Problem } from '../problems';
import { normalizeLabel } from '../bulletin/labels';
import { isBlank, shownValue } from '../bulletin/cellRead';
import { readUnits } from './points';

/** What a veto (一票否决) does to the month's ranking. */
export type VetoMode = 'mark' | 'last' | 'exclude';

export const VETO_WORDS: Record<VetoMode, string> = { mark: '仅标注', last: '排在最后', exclude: '不参加排名' };

export interface LedgerSettings {
  /** Units (1/10^4 point). */
  base: number;
  bonusCap: number | null;
  maxScore: number | null;
  minScore: number | null;
  veto: VetoMode;
}

export const DEFAULT_LEDGER_SETTINGS: LedgerSettings = { base: 100 * UNITS_PER_POINT, bonusCap: null, maxScore: null, minScore: null, veto: 'mark' };

type SettingKey = 'base' | 'bonusCap' | 'maxScore' | 'minScore' | 'veto';

export const SETTING_LABELS: Record<SettingKey, { label: string; aliases: string[]; note: string }> = {
  base: { label: '基础分值', aliases: ['基础分', '基本分'], note: '每个窗口的起始分，默认100' },
  bonusCap: { label: '加分上限', aliases: ['加分最多', '附加分上限', '最多加分'], note: '各类加分合计最多计多少分；空白为不限' },
  maxScore: { label: '最高分', aliases: ['最高得分', '实得分值上限'], note: '实得分值最高多少分；空白为不限' },
  minScore: { label: '最低分', aliases: ['最低得分', '实得分值下限'], note: '实得分值最低多少分（如0）；空白为不限' },
  veto: { label: '一票否决处理', aliases: ['一票否决的处理', '否决处理', '一票否决方式'], note: '仅标注、排在最后 或 不参加排名；默认仅标注' },
};

/** Where each setting was found, for messages and for the template. */
export interface SettingsRead {
  settings: LedgerSettings;
  cells: Partial<Record<SettingKey, string>>;
  problems: Problem[];
}

function labelKey(v: CellValue): SettingKey | null {
  if (typeof v !== 'string') return null;
  const n = normalizeLabel(v).replace(/[:：]$/u, '');
  for (const key of Object.keys(SETTING_LABELS) as SettingKey[]) {
    const s = SETTING_LABELS[key];
    if ([s.label, ...s.aliases].some((a) => normalizeLabel(a) === n)) return key;
  }
  return null;
}

export function readLedgerSettings(grid: SheetGrid): SettingsRead {
  const settings: LedgerSettings = { ...DEFAULT_LEDGER_SETTINGS };
  const cells: SettingsRead['cells'] = {};
  const problems: Problem[] = [];
  const err = (address: string, message: string) => problems.push(problem('INPUT', 'error', `${at(grid.name, address)} ${message}`, grid.name, [address]));
  grid.values.forEach((row, i) => {
    row.forEach((v, j) => {
      const key = labelKey(v);
      if (key === null || cells[key] !== undefined) return;
      const valueAt = j + 1;
      const address = cellAddress(grid.originRow + i, grid.originCol + valueAt);
      cells[key] = address;
      const value = row[valueAt] ?? null;
      if (isBlank(value)) return;
      if (key === 'veto') {
        const word = normalizeLabel(shownValue(value));
        const mode = (Object.keys(VETO_WORDS) as VetoMode[]).find((m) => normalizeLabel(VETO_WORDS[m]) === word);
        if (mode) settings.veto = mode;
        else err(address, `的一票否决处理“${shownValue(value)}”无法识别，应为 仅标注、排在最后 或 不参加排名。`);
        return;
      }
      const r = readUnits(value);
      if (!r.ok) err(address, `的${SETTING_LABELS[key].label}“${shownValue(value)}”${r.reason}。`);
      else if (r.units !== null && r.units < 0 && key !== 'minScore') err(address, `的${SETTING_LABELS[key].label}不能是负数。`);
      else if (r.units !== null) settings[key] = r.units;
    });
  });
  const show = (u: number) => formatDecimal(u);
  if (settings.maxScore !== null && settings.maxScore < settings.base) {
    err(cells.maxScore as string, `的最高分 ${show(settings.maxScore)} 低于基础分值 ${show(settings.base)}。`);
  }
  if (settings.minScore !== null && settings.minScore > settings.base) {
    err(cells.minScore as string, `的最低分 ${show(settings.minScore)} 高于基础分值 ${show(settings.base)}。`);
  }
  return { settings, cells, problems };
}
