/**
 * Percentages as Excel's ROUND(x, 2) shows them, from raw counts in exact integer arithmetic: 1004 of 1663
 * → "60.37%". Binary floats get the halfway cases wrong (107/4000 = 2.675% would print 2.67%).
 */

/** part/whole as a percentage with `places` decimals, rounded half up (away from zero; counts are ≥ 0). */
export function percentHalfUp(part: number, whole: number, places = 2): string {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || part < 0 || whole <= 0) {
    throw new RangeError(`percentHalfUp needs whole counts, part ≥ 0 and whole > 0: ${part}/${whole}`);
  }
  const scale = 10n ** BigInt(places);
  // hundredths of a percent = round(part * 100 * scale / whole), half up: floor((2·n + d) / 2d).
  const n = BigInt(part) * 100n * scale;
  const d = BigInt(whole);
  const scaled = (2n * n + d) / (2n * d);
  const units = scaled / scale;
  if (places === 0) return `${units}%`;
  const fraction = (scaled % scale).toString().padStart(places, '0');
  return `${units}.${fraction}%`;
}
