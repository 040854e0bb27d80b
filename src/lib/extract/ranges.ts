/**
 * TIMEX3 values → the inclusive calendar range an event covers, with its precision.
 * "2022-W01" is Monday 3 to Sunday 9 January 2022 (ISO weeks); "2022-01" is the whole month.
 * Values the timeline cannot place (durations, sets, XXXX-… with no year, PRESENT_REF) give null.
 */
import { daysInMonth, formatDays, formatYmd, mondayOfIsoWeek } from './calendar';
import type { TimePrecision } from './types';

export interface DateRange {
  start: string;
  end: string;
  precision: TimePrecision;
}


export function rangeOfTimexValue(value: string): DateRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (m) {
    const stamp = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
    return { start: stamp, end: stamp, precision: 'hour' };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(T(MO|AF|EV|NI|DT))?$/.exec(value);
  if (m) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return { start: day, end: day, precision: 'day' };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    return { start: formatDays(monday), end: formatDays(monday + 6), precision: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return { start: formatYmd(y, mo, 1), end: formatYmd(y, mo, daysInMonth(y, mo)), precision: 'month' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  return null;
}

const PRECISION_RANK: Record<TimePrecision, number> = { hour: 0, day: 1, week: 2, month: 3, year: 4 };

/** Lower is finer: hour < day < week < month < year. */
export function precisionRank(precision: TimePrecision): number {
  return PRECISION_RANK[precision];
}

/** Whether two ranges share at least one calendar day. */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.start.slice(0, 10) <= b.end.slice(0, 10) && b.start.slice(0, 10) <= a.end.slice(0, 10);
}
