/**
 * Calendar dates without a time of day or a time zone. Bulletin weeks are calendar days; a JS Date would
 * shift them by the machine's zone, and Excel hands us serial numbers (Office.js) or UTC-midnight Dates (ExcelJS).
 */

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system, as a JS timestamp (1899-12-30 makes serial 60's phantom leap day line up). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function civilDate(year: number, month: number, day: number): CivilDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month of the Gregorian calendar (month 1–12). Arithmetic, not a Date: a year's ledger checks 36,000
 * dates, and a Date per check was a tenth of the tally's time.
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Days since 1970-01-01: one integer per date, so comparing and subtracting dates is integer arithmetic. */
export function dayNumber(d: CivilDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;
}

export function fromDayNumber(n: number): CivilDate {
  const t = new Date(n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(d) + days);
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** ExcelJS gives dates as JS Dates at UTC midnight of the shown day; a time part is dropped, not rounded into the next day. */
export function fromUtcDate(t: Date): CivilDate | null {
  if (Number.isNaN(t.getTime())) return null;
  return civilDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Excel serial day number (1900 system; serials before 61 are not plausible bulletin dates). */
export function fromExcelSerial(serial: number): CivilDate | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  return fromUtcDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY));
}

export function toExcelSerial(d: CivilDate): number {
  return (Date.UTC(d.year, d.month - 1, d.day) - EXCEL_EPOCH_MS) / MS_PER_DAY;
}

/** A JS Date at UTC midnight: what ExcelJS writes as that calendar day. */
export function toUtcDate(d: CivilDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** 2023-09-25, for messages and JSON. */
export function isoDate(d: CivilDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
