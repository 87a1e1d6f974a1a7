/**
 * Points as the rules and the ledger write them, in the engine's exact units (1/10^4 point): a signed figure per
 * occurrence (−2, +0.5, 5), or a discretionary range (−3~−5: "酌情扣3至5分"), whose ends must share a sign.
 */
import type { CellValue } from '../cell';
import { readFigure } from '../figures';
import { formatDecimal } from '../decimal';
import { toHalfWidth } from '../text';

export type RulePoints = { kind: 'fixed'; units: number } | { kind: 'range'; min: number; max: number };

export type PointsRead = { ok: true; points: RulePoints } | { ok: false; reason: string };

/** One signed figure, or the reason it is not one. Empty → null. */
export function readUnits(value: CellValue): { ok: true; units: number | null } | { ok: false; reason: string } {
  const f = readFigure(value);
  if (f.kind === 'empty') return { ok: true, units: null };
  if (f.kind === 'invalid') return { ok: false, reason: f.why === 'error' ? '是错误值' : '不是数字' };
  if (f.value.rounded) return { ok: false, reason: '小数位数太多（最多4位）' };
  return { ok: true, units: f.value.units };
}

const RANGE_SEPARATOR = /[~～〜至到]/u;

/** 「−2」, 「+0.5」, 「5」, 「−3~−5」, 「-3～-5」, 「1至3」. */
export function readRulePoints(value: CellValue): PointsRead {
  if (typeof value === 'string' && RANGE_SEPARATOR.test(toHalfWidth(value))) {
    const parts = toHalfWidth(value).split(RANGE_SEPARATOR);
    if (parts.length !== 2) return { ok: false, reason: '不是分值或分值范围（范围应写成 −3~−5）' };
    const a = readUnits(parts[0]);
    const b = readUnits(parts[1]);
    if (!a.ok || !b.ok || a.units === null || b.units === null) return { ok: false, reason: '不是分值或分值范围（范围应写成 −3~−5）' };
    if (Math.sign(a.units) !== Math.sign(b.units) || a.units === 0) {
      return { ok: false, reason: '的两端应同为减分（−3~−5）或同为加分（1~3）' };
    }
    return { ok: true, points: { kind: 'range', min: Math.min(a.units, b.units), max: Math.max(a.units, b.units) } };
  }
  const r = readUnits(value);
  if (!r.ok) return { ok: false, reason: r.reason };
  if (r.units === null) return { ok: false, reason: '为空' };
  if (r.units === 0) return { ok: false, reason: '为0（减分写负数如 −2，加分写正数如 0.5）' };
  return { ok: true, points: { kind: 'fixed', units: r.units } };
}

/** −1 for a deduction item, +1 for a bonus item. */
export function pointsSign(p: RulePoints): 1 | -1 {
  return (p.kind === 'fixed' ? p.units : p.min) < 0 ? -1 : 1;
}

/** As the rules sheet would say it: −2, +0.5, −3~−5. */
export function pointsText(p: RulePoints): string {
  const one = (u: number) => (u > 0 ? `+${formatDecimal(u)}` : formatDecimal(u));
  if (p.kind === 'fixed') return one(p.units);
  // A deduction range reads from the smaller deduction: −3~−5.
  return p.max < 0 ? `${one(p.max)}~${one(p.min)}` : `${one(p.min)}~${one(p.max)}`;
}
