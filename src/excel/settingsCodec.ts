/**
 * BulletinSettings as stored in the workbook: JSON with a version, checked field by field on the way in.
 * Whatever a workbook holds — hand-edited, from an older version, truncated — reading it never throws: a bad
 * field falls back to its default and says so.
 */
import { DEFAULT_SETTINGS, type BulletinSettings } from '../core/settings';
import type { Period } from '../core/model';

export const SETTINGS_VERSION = 1;

export interface DecodedSettings {
  settings: BulletinSettings;
  /** Chinese sentences, one per field that was replaced by its default (empty when all was well or nothing stored). */
  warnings: string[];
}

const FIELD_LABELS: Record<keyof BulletinSettings, string> = {
  hallName: '大厅名称',
  period: '考核期间',
  defaultBase: '基础分值',
  rankStyle: '排名方式',
  tieDisplay: '并列显示',
  sourceSheet: '数据工作表',
  sourceTable: '数据表格',
  changeColumn: '考核结果表加“较上月”列',
};

/** Excel's own limit for a sheet name; a table name is limited to 255. */
const MAX_SHEET_NAME = 31;
const MAX_TABLE_NAME = 255;
const MAX_HALL_NAME = 100;

function isPeriod(v: unknown): v is Period {
  if (!v || typeof v !== 'object') return false;
  const p = v as Period;
  return Number.isInteger(p.year) && p.year >= 1900 && p.year <= 9999 && Number.isInteger(p.month) && p.month >= 1 && p.month <= 12;
}

function optionalName(v: unknown, max: number): v is string | null {
  return v === null || (typeof v === 'string' && v.trim().length > 0 && v.length <= max);
}

const CHECKS: { [K in keyof BulletinSettings]: (v: unknown) => boolean } = {
  hallName: (v) => typeof v === 'string' && v.trim().length > 0 && v.length <= MAX_HALL_NAME,
  period: (v) => v === null || isPeriod(v),
  defaultBase: (v) => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 100000,
  rankStyle: (v) => v === 'competition' || v === 'dense',
  tieDisplay: (v) => v === 'blank' || v === 'repeat',
  sourceSheet: (v) => optionalName(v, MAX_SHEET_NAME),
  sourceTable: (v) => optionalName(v, MAX_TABLE_NAME),
  changeColumn: (v) => typeof v === 'boolean',
};

function describeDefault(key: keyof BulletinSettings): string {
  const d = DEFAULT_SETTINGS[key];
  if (d === null) return '（未设置）';
  return typeof d === 'object' ? JSON.stringify(d) : String(d);
}

/** Checks every field of an object claiming to be settings; unknown fields are ignored. */
export function checkSettings(raw: unknown): DecodedSettings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: { ...DEFAULT_SETTINGS }, warnings: ['工作簿中保存的设置格式不正确，已改用默认设置。'] };
  }
  const input = raw as Record<string, unknown>;
  const settings: BulletinSettings = { ...DEFAULT_SETTINGS };
  const warnings: string[] = [];
  for (const key of Object.keys(CHECKS) as (keyof BulletinSettings)[]) {
    if (!(key in input)) continue; // a field added in a later version: the default, silently
    const value = input[key];
    if (CHECKS[key](value)) {
      (settings as unknown as Record<string, unknown>)[key] = key === 'hallName' ? (value as string).trim() : value;
    } else {
      warnings.push(`保存的设置中“${FIELD_LABELS[key]}”无效（${JSON.stringify(value) ?? String(value)}），已改用默认值${describeDefault(key)}。`);
    }
  }
  return { settings, warnings };
}

/** Stored text → settings. Null or empty (never saved) is the defaults without a warning. */
export function decodeSettings(stored: unknown): DecodedSettings {
  if (stored === null || stored === undefined || stored === '') return { settings: { ...DEFAULT_SETTINGS }, warnings: [] };
  let parsed: unknown = stored;
  if (typeof stored === 'string') {
    try {
      parsed = JSON.parse(stored);
    } catch {
      return { settings: { ...DEFAULT_SETTINGS }, warnings: ['工作簿中保存的设置已损坏，无法读取，已改用默认设置。'] };
    }
  }
  const envelope = parsed as { version?: unknown; settings?: unknown } | null;
  if (!envelope || typeof envelope !== 'object' || !('settings' in envelope)) return checkSettings(null);
  if (typeof envelope.version === 'number' && envelope.version > SETTINGS_VERSION) {
    const decoded = checkSettings(envelope.settings);
    decoded.warnings.unshift('工作簿中的设置由更新版本的加载项保存，已尽量读取。');
    return decoded;
  }
  return checkSettings(envelope.settings);
}

/** Settings → stored text. Refuses (throws) settings that would not read back, so a bad save cannot happen silently. */
export function encodeSettings(settings: BulletinSettings): string {
  const bad = (Object.keys(CHECKS) as (keyof BulletinSettings)[]).filter((key) => !CHECKS[key](settings[key]));
  if (bad.length > 0) {
    const fields = bad.map((key) => `“${FIELD_LABELS[key]}”（${JSON.stringify(settings[key]) ?? String(settings[key])}）`).join('、');
    throw new Error(`设置未保存：${fields}无效。`);
  }
  return JSON.stringify({ version: SETTINGS_VERSION, settings });
}
