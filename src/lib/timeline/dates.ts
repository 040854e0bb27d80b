/**
 * Calendar dates of the timeline.
 *
 * Event times are wall-clock times of the place ("2022-01-05" in Almaty is 5 January there). Going
 * through UTC (`new Date("2022-01-05")`) would show 4 January to every reader west of Greenwich, so
 * strings are parsed into *local* Date objects field by field and formatted back the same way: the
 * calendar day survives whatever time zone the reader's browser is in.
 */
import { timeDay, timeHour } from 'd3-time';
import type { TimelineEvent } from '$lib/extract/types';

const TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'
] as const;

/** Parses "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" as local wall-clock time; null for anything else (including 2022-02-30). */
export function parseCalendarTime(value: string): Date | null {
  const match = TIME_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hour = 0, minute = 0] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const date = new Date(year, month - 1, day, hour, minute);
  // The Date constructor rolls 30 February over to March: reject instead of guessing.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  // Years 0..99 are mapped to 1900..1999 by the constructor; four digits were given, so keep them.
  date.setFullYear(year);
  return date;
}

/** Whether a time string carries a time of day ("THH:MM"). */
export function hasTimeOfDay(value: string): boolean {
  return value.includes('T');
}

const pad = (n: number) => String(n).padStart(2, '0');

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** "Wednesday", from the local fields (no Intl: the same text in every browser). */
export function formatWeekday(date: Date): string {
  return WEEKDAYS[date.getDay()];
}

/** "15:00" */
export function formatClockTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** What the slider says: "2 January 2022", or with a time of day "5 January 2022, 15:00 local time". */
export function formatShownTime(date: Date, withTime: boolean): string {
  return withTime ? `${formatLongDateTime(date)} local time` : formatLongDate(date);
}

const UTC_OFFSET_PATTERN = /^([+-])(\d{2}):?(\d{2})$/;

/**
 * "+06:00" → "UTC+06:00" ("Z" is UTC+00:00); null for anything that is not an offset a clock can
 * have (beyond ±14:00, or minutes other than 00/30/45), so a bad value is left out rather than shown.
 */
export function formatUtcOffset(offset: string | undefined): string | null {
  if (!offset) return null;
  if (offset === 'Z') return 'UTC+00:00';
  const match = UTC_OFFSET_PATTERN.exec(offset);
  if (!match) return null;
  const [, sign, hours, minutes] = match;
  if (Number(hours) > 14 || !['00', '30', '45'].includes(minutes)) return null;
  return `UTC${sign}${hours}:${minutes}`;
}

/** "2022-01-05" (or "2022-01-05T14:30" with `withTime`), read from local fields. */
export function formatCalendarTime(date: Date, withTime = false): string {
  const day = `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return withTime ? `${day}T${pad(date.getHours())}:${pad(date.getMinutes())}` : day;
}

/** "2 January 2022" */
export function formatLongDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}

/** "2 Jan" — for the list and the axis, where the year is shown elsewhere. */
export function formatShortDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()].slice(0, 3)}`;
}

/** "2 January 2022, 14:30" */
export function formatLongDateTime(date: Date): string {
  return `${formatLongDate(date)}, ${formatClockTime(date)}`;
}

/** An event's span as instants: [start, end) with the inclusive end widened to the end of its hour or day. */
export interface EventSpan {
  start: Date;
  /** Exclusive. */
  end: Date;
}

export function eventSpan(event: Pick<TimelineEvent, 'start' | 'end'>): EventSpan | null {
  const start = parseCalendarTime(event.start);
  if (!start) return null;
  const endValue = event.end || event.start;
  const endParsed = parseCalendarTime(endValue) ?? start;
  const end = hasTimeOfDay(endValue) ? timeHour.offset(timeHour.floor(endParsed), 1) : timeDay.offset(timeDay.floor(endParsed), 1);
  return { start, end: end > start ? end : timeDay.offset(timeDay.floor(start), 1) };
}

/** How an event's date reads in the details: "5 January 2022", "5–9 January 2022", "10 January 2022, 09:00". */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end'>): string {
  const start = parseCalendarTime(event.start);
  if (!start) return event.start;
  const startText = hasTimeOfDay(event.start) ? formatLongDateTime(start) : formatLongDate(start);
  const end = event.end && event.end !== event.start ? parseCalendarTime(event.end) : null;
  if (!end) return startText;
  if (!hasTimeOfDay(event.start) && !hasTimeOfDay(event.end)) {
    if (start.getFullYear() === end.getFullYear() && start.getMonth() === end.getMonth()) {
      return `${start.getDate()}–${formatLongDate(end)}`;
    }
    if (start.getFullYear() === end.getFullYear()) {
      return `${start.getDate()} ${MONTHS[start.getMonth()]} – ${formatLongDate(end)}`;
    }
    return `${startText} – ${formatLongDate(end)}`;
  }
  return `${startText} – ${hasTimeOfDay(event.end) ? formatLongDateTime(end) : formatLongDate(end)}`;
}

/**
 * How the details say an event's date: "5 January 2022", or for clock times
 * "5 January 2022, 15:00 local time (UTC+06:00)" — the offset only when the event carries a valid one.
 */
export function formatEventWhen(event: Pick<TimelineEvent, 'start' | 'end' | 'utcOffset'>): string {
  const date = formatEventDate(event);
  if (!hasTimeOfDay(event.start) || !parseCalendarTime(event.start)) return date;
  const offset = formatUtcOffset(event.utcOffset);
  return `${date} local time${offset ? ` (${offset})` : ''}`;
}

/** The `datetime` of a <time>: with the offset when known, a global instant ("2022-01-05T15:00+06:00"). */
export function eventDateTimeAttribute(event: Pick<TimelineEvent, 'start' | 'utcOffset'>): string {
  const offset = formatUtcOffset(event.utcOffset);
  return hasTimeOfDay(event.start) && offset && parseCalendarTime(event.start) ? `${event.start}${offset.slice(3)}` : event.start;
}
