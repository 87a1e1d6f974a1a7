/**
 * Exact decimal scores. Every figure is held as an integer number of 1/10^MAX_DECIMALS points (a "unit"), so
 * 100 − 0.3 + 0.1 and 100 − 0.2 are both 998000 units and tie, as a clerk expects. Doubles hold integers exactly
 * up to 2^53, far beyond any score, so plain number arithmetic on units is exact.
 */

/** Scores are kept to four decimal places; halls use one or two. */
export const MAX_DECIMALS = 4;
export const UNITS_PER_POINT = 10 ** MAX_DECIMALS;

/** A figure read from a cell: its value in units and how many decimal places it was written with. */
export interface ParsedDecimal {
  units: number;
  decimals: number;
  /** True when the value had more decimal places than MAX_DECIMALS and was rounded half-up. */
  rounded: boolean;
}

const POW10 = [1, 10, 100, 1000, 10000];

/** Decimal places a whole number of units needs: 135000 units (13.5) needs 1. */
export function decimalsOfUnits(units: number): number {
  let d = MAX_DECIMALS;
  let u = Math.abs(units);
  while (d > 0 && u % 10 === 0) {
    u /= 10;
    d--;
  }
  return d;
}

/**
 * A cell's number as units. Typed decimals (13.5, 0.3) are the doubles nearest a short decimal and take the fast
 * path; a formula's cached result such as 99.80000000000001 is read as Excel shows it, to 15 significant digits.
 */
export function decimalFromNumber(value: number): ParsedDecimal | null {
  if (!Number.isFinite(value)) return null;
  const units = Math.round(value * UNITS_PER_POINT);
  if (units / UNITS_PER_POINT === value && Number.isSafeInteger(units)) {
    return { units, decimals: Number.isInteger(value) ? 0 : decimalsOfUnits(units), rounded: false };
  }
  return decimalFromText(value.toPrecision(15));
}

/** Plain decimal text after folding: optional sign, digits, optional point and fraction; or an exponent form. */
const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/iu;

/**
 * Decimal text as units, exactly (no binary float on the way). Accepts what folding a cell's text leaves:
 * "98.5", "-2", ".5", "1e2". Half-up rounding beyond MAX_DECIMALS is reported through `rounded`.
 */
export function decimalFromText(text: string): ParsedDecimal | null {
  const m = DECIMAL_TEXT.exec(text);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) return null;
  let digits = m[2] + (m[3] ?? '');
  let pointAt = m[2].length + (m[4] === undefined ? 0 : Number(m[4]));
  // Only the significant digits decide the magnitude; settling far-out exponents here keeps the padding below
  // small, so text such as "1e999999999" costs nothing instead of building a gigabyte of zeros.
  const lead = digits.search(/[1-9]/u);
  if (lead < 0) return { units: 0, decimals: 0, rounded: false };
  digits = digits.slice(lead);
  pointAt -= lead;
  if (pointAt > 16) return null; // 10^16 points and more: past exact units
  if (pointAt < -MAX_DECIMALS) return { units: 0, decimals: 0, rounded: true }; // below half a unit
  // digits[0..pointAt) is the integer part; pad on either side so the point falls inside.
  if (pointAt < 0) {
    digits = '0'.repeat(-pointAt) + digits;
    pointAt = 0;
  }
  if (pointAt > digits.length) digits += '0'.repeat(pointAt - digits.length);
  const intPart = digits.slice(0, pointAt) || '0';
  let frac = digits.slice(pointAt).replace(/0+$/u, '');
  const decimals = Math.min(frac.length, MAX_DECIMALS);
  let rounded = false;
  let roundUp = 0;
  if (frac.length > MAX_DECIMALS) {
    rounded = true;
    roundUp = frac.charCodeAt(MAX_DECIMALS) >= 0x35 /* '5' */ ? 1 : 0;
    frac = frac.slice(0, MAX_DECIMALS);
  }
  const magnitude = Number(intPart) * UNITS_PER_POINT + Number(frac.padEnd(MAX_DECIMALS, '0')) + roundUp;
  if (!Number.isSafeInteger(magnitude)) return null;
  const units = m[1] === '-' ? -magnitude : magnitude;
  return { units: units === 0 ? 0 : units, decimals: rounded ? decimalsOfUnits(units) : decimals, rounded };
}

/** Units → the plain number they stand for (113.5), for JSON and for cells. Exact: one correctly rounded division. */
export function unitsToNumber(units: number, scale: number = UNITS_PER_POINT): number {
  const n = units / scale;
  return n === 0 ? 0 : n;
}

/** Units → text with no trailing zeros or dot, as the bulletin prints figures: 118, 113.5, -2, 0.25. */
export function formatDecimal(units: number, scale: number = UNITS_PER_POINT): string {
  if (units === 0) return '0';
  const places = Math.round(Math.log10(scale));
  const sign = units < 0 ? '-' : '';
  const digits = String(Math.abs(units)).padStart(places + 1, '0');
  const intPart = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places).replace(/0+$/u, '');
  return frac ? `${sign}${intPart}.${frac}` : `${sign}${intPart}`;
}

/** The smallest power of ten that holds every figure of the given decimal places exactly. */
export function scaleFor(decimals: number): number {
  return POW10[Math.min(Math.max(decimals, 0), MAX_DECIMALS)];
}
