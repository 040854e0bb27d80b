/**
 * Calendar arithmetic on local calendar days (proleptic Gregorian), with plain integers.
 * Never goes through `Date`: a UTC round trip can shift a local day, and the pipeline must not
 * depend on the host time zone. Day numbers are days since 1970-01-01 (days-from-civil, H. Hinnant).
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Days since 1970-01-01 for a proleptic Gregorian date. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
export function civilFromDays(z: number): Ymd {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** True for a real calendar day ("February 30" is not one; nothing is rolled over). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A day that exists in some year (29 February included), for year-less mentions. */
export function isValidMonthDay(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 ? 29 : MONTH_DAYS[m - 1]);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function formatYmd(y: number, m: number, d: number): string {
  return `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function formatDays(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return formatYmd(y, m, d);
}

/** Parses "YYYY-MM-DD" (optionally followed by "T…"); null when not a real day. */
export function parseIsoDate(iso: string): Ymd | null {
  if (iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!isValidDate(y, m, d)) return null;
  return { y, m, d };
}

export function isoToDays(iso: string): number {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`not an ISO date: ${iso}`);
  return daysFromCivil(p.y, p.m, p.d);
}

/** ISO date n days later (n may be negative). */
export function addDays(iso: string, n: number): string {
  return formatDays(isoToDays(iso) + n);
}

/** Calendar months later; the day is clamped to the month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, n: number): string {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`not an ISO date: ${iso}`);
  const total = p.y * 12 + (p.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return formatYmd(y, m, Math.min(p.d, daysInMonth(y, m)));
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function weekdayOfDays(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(iso: string): number {
  return weekdayOfDays(isoToDays(iso));
}

/** ISO 8601 week of a day: { year, week }, e.g. 2022-01-10 → 2022-W02. */
export function isoWeekOfDays(days: number): { year: number; week: number } {
  const wd = weekdayOfDays(days);
  const thursday = days + 4 - wd;
  const { y } = civilFromDays(thursday);
  const week = Math.floor((thursday - daysFromCivil(y, 1, 1)) / 7) + 1;
  return { year: y, week };
}

/** "2022-W02" for 2022-01-10. */
export function isoWeekString(iso: string): string {
  const { year, week } = isoWeekOfDays(isoToDays(iso));
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Day number of the Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  return jan4 - (weekdayOfDays(jan4) - 1) + (week - 1) * 7;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return isoToDays(b) - isoToDays(a);
}
