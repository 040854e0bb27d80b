/**
 * Which events the reader sees at the current time, and how.
 *
 * The cursor is a calendar day (what the slider steps through) or, when a link carries "THH:MM",
 * a minute. An event is visible once it has started within or before the cursor's period; it is
 * "current" (emphasised) while its span overlaps that period, and "past" (dimmed) afterwards.
 */
import { timeDay, timeMinute } from 'd3-time';
import type { TimelineEvent } from '$lib/extract/types';
import { eventSpan } from './dates';

export interface TimeCursor {
  time: Date;
  /** True when the cursor is a minute (a link with "THH:MM"), false for a whole day. */
  withTime: boolean;
}

export type EventStatus = 'future' | 'current' | 'past';

/** The cursor's period as [start, end) instants. */
export function cursorPeriod(cursor: TimeCursor): { start: Date; end: Date } {
  if (cursor.withTime) {
    const start = timeMinute.floor(cursor.time);
    return { start, end: timeMinute.offset(start, 1) };
  }
  const start = timeDay.floor(cursor.time);
  return { start, end: timeDay.offset(start, 1) };
}

export interface IndexedEvent {
  event: TimelineEvent;
  startMs: number;
  /** Exclusive end of the span. */
  endMs: number;
}

/** Events with parseable times, in time order (start, then end, then id so ties are stable across runs). */
export function indexEvents(events: readonly TimelineEvent[]): IndexedEvent[] {
  const indexed: IndexedEvent[] = [];
  for (const event of events) {
    const span = eventSpan(event);
    if (span) indexed.push({ event, startMs: +span.start, endMs: +span.end });
  }
  return indexed.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
}

/** How many of the time-ordered events have started before `endMs` (binary search: the slider stays cheap at 100k events). */
export function countStartedBefore(indexed: readonly IndexedEvent[], endMs: number): number {
  let low = 0;
  let high = indexed.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (indexed[mid].startMs < endMs) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function statusAt(item: IndexedEvent, period: { start: Date; end: Date }): EventStatus {
  if (item.startMs >= +period.end) return 'future';
  return item.endMs > +period.start ? 'current' : 'past';
}

/** The events visible at the cursor (or at an instant, read as its day), in time order. */
export function visibleEvents(events: readonly TimelineEvent[], t: TimeCursor | Date): TimelineEvent[] {
  const cursor = t instanceof Date ? { time: t, withTime: false } : t;
  const indexed = indexEvents(events);
  return indexed.slice(0, countStartedBefore(indexed, +cursorPeriod(cursor).end)).map((item) => item.event);
}
