/**
 * The time axis: a d3 `scaleTime` from the events' extent, padded out to whole local days, onto
 * slider units, with d3-time days as ticks and steps. Zoomed in, the slider shows a window of a few
 * days in hours instead (`zoomWindow`): hour ticks, hour steps, events per hour.
 */
import { scaleTime, type ScaleTime } from 'd3-scale';
import { timeDay, timeHour, timeMonday, timeMonth } from 'd3-time';
import { formatClockTime, formatShortDate } from './dates';
import type { IndexedEvent } from './visibility';

/** Slider units: the range input goes from 0 to this; fine enough for minute positions over years. */
export const SLIDER_MAX = 100_000;

/** What the slider steps through: whole days (the whole timeline) or hours (zoomed in). */
export type AxisUnit = 'day' | 'hour';

export interface TimeAxis {
  scale: ScaleTime<number, number>;
  /** First and last instant the slider reaches (local midnights, or whole hours when zoomed in). */
  first: Date;
  last: Date;
  /** Every day from first to last (the days a zoomed window touches). */
  days: Date[];
  unit: AxisUnit;
}

/**
 * Domain from the first event's day to the last day any event is still running (its inclusive end).
 * With no events, or all on one day, the axis still spans at least one day so the slider can move.
 */
export function createTimeAxis(indexed: readonly IndexedEvent[], fallback: Date = new Date(2000, 0, 1)): TimeAxis {
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (const item of indexed) {
    minMs = Math.min(minMs, item.startMs);
    // endMs is exclusive: the last instant that belongs to the event is endMs - 1.
    maxMs = Math.max(maxMs, item.endMs - 1, item.startMs);
  }
  const first = timeDay.floor(Number.isFinite(minMs) ? new Date(minMs) : fallback);
  let last = timeDay.floor(Number.isFinite(maxMs) ? new Date(maxMs) : fallback);
  if (+last <= +first) last = timeDay.offset(first, 1);
  const scale = scaleTime().domain([first, last]).range([0, SLIDER_MAX]);
  return { scale, first, last, days: timeDay.range(first, timeDay.offset(last, 1)), unit: 'day' };
}

/** Zoom levels below the whole timeline, as window lengths in hours: a few days fill the slider. */
export const ZOOM_SPANS_HOURS = [96, 48, 24, 12] as const;

/** The window lengths (hours) this timeline can zoom to: those shorter than the whole of it, widest first. */
export function zoomSpans(full: TimeAxis): number[] {
  const fullHours = (+lastHour(full) - +full.first) / 3_600_000;
  return ZOOM_SPANS_HOURS.filter((hours) => hours < fullHours);
}

/** Levels available: 0 (the whole axis, in days) plus one per zoom span. */
export function zoomLevelCount(full: TimeAxis): number {
  return 1 + zoomSpans(full).length;
}

/** The last hour the cursor can reach: 23:00 on the axis's last day (the last day is reachable in full). */
export function lastHour(full: TimeAxis): Date {
  return timeHour.offset(full.last, 23);
}

function clampTime(time: Date, first: Date, last: Date): Date {
  return +time < +first ? first : +time > +last ? last : time;
}

/**
 * The zoomed slider: `spanHours` hours starting at the whole hour at or before `start`, shifted to stay
 * inside the timeline. (Hours are counted with d3's local timeHour, so the window is a wall-clock span.)
 */
export function zoomWindow(full: TimeAxis, start: Date, spanHours: number): TimeAxis {
  const end = lastHour(full);
  let first = clampTime(timeHour.floor(start), full.first, end);
  let last = timeHour.offset(first, spanHours);
  if (+last > +end) {
    last = end;
    first = clampTime(timeHour.offset(end, -spanHours), full.first, end);
  }
  const scale = scaleTime().domain([first, last]).range([0, SLIDER_MAX]);
  return { scale, first, last, days: timeDay.range(timeDay.floor(first), timeDay.offset(timeDay.floor(last), 1)), unit: 'hour' };
}

/** A window of `spanHours` with `time` in its middle. */
export function zoomWindowAround(full: TimeAxis, time: Date, spanHours: number): TimeAxis {
  return zoomWindow(full, timeHour.offset(timeHour.floor(time), -Math.floor(spanHours / 2)), spanHours);
}

/**
 * The window after the cursor moved to `time`: unchanged while `time` is inside it; otherwise it
 * turns the page, so that `time` is at the near edge (playback and stepping run on into the next page).
 */
export function followWindow(full: TimeAxis, window: TimeAxis, time: Date): TimeAxis {
  if (window.unit !== 'hour' || (+time >= +window.first && +time <= +window.last)) return window;
  const spanHours = Math.round((+window.last - +window.first) / 3_600_000);
  if (+time > +window.last) return zoomWindow(full, time, spanHours);
  return zoomWindow(full, timeHour.offset(timeHour.ceil(time), -spanHours), spanHours);
}

/** Clamp to the timeline and snap to a whole hour (what scrubbing a zoomed slider lands on). */
export function snapToHour(full: TimeAxis, time: Date): Date {
  return clampTime(timeHour.round(time), full.first, lastHour(full));
}

/** Move by whole hours from `time` (from the hour it is in, or the next one going back), staying on the timeline. */
export function stepHours(full: TimeAxis, time: Date, hours: number): Date {
  const from = hours < 0 ? timeHour.ceil(time) : timeHour.floor(time);
  return clampTime(timeHour.offset(from, hours), full.first, lastHour(full));
}

/** Clamp to the axis and snap to a whole day (what keyboard and pointer scrubbing land on). */
export function snapToDay(axis: TimeAxis, time: Date): Date {
  const day = timeDay.round(time);
  if (+day < +axis.first) return axis.first;
  if (+day > +axis.last) return axis.last;
  return day;
}

/** Move by whole days from the day containing `time`, staying on the axis. */
export function stepDays(axis: TimeAxis, time: Date, days: number): Date {
  return snapToDay(axis, timeDay.offset(timeDay.floor(time), days));
}

export interface AxisTick {
  date: Date;
  /** 0..1 along the slider. */
  position: number;
  /** Ticks that also carry a label (thinned so labels never crowd). */
  labelled: boolean;
  /** "5 Jan", or on an hour axis "15:00" (midnights keep the date, so the day is never lost). */
  label: string;
}

/** Label every 1, 2, 3, 6, 12 or 24 hours: the smallest that keeps to `maxLabels`. */
const HOUR_LABEL_STEPS = [1, 2, 3, 6, 12, 24] as const;

function hourTicks(axis: TimeAxis, maxLabels: number): AxisTick[] {
  const hours = timeHour.range(axis.first, timeHour.offset(axis.last, 1));
  // hours / step labels, plus one when the window also ends on a labelled hour.
  const every = HOUR_LABEL_STEPS.find((step) => Math.floor((hours.length - 1) / step) <= maxLabels) ?? 24;
  return hours.map((date) => ({
    date,
    position: axis.scale(date) / SLIDER_MAX,
    // Aligned to the clock (00:00, 06:00, 12:00 …), not to wherever the window starts.
    labelled: date.getHours() % every === 0,
    label: date.getHours() === 0 ? formatShortDate(date) : formatClockTime(date)
  }));
}

/**
 * A tick for every day when there are few enough to draw; weeks, then months, for long crises.
 * `maxLabels` keeps the labels legible on a phone.
 */
export function axisTicks(axis: TimeAxis, maxLabels = 8): AxisTick[] {
  if (axis.unit === 'hour') return hourTicks(axis, maxLabels);
  const interval = axis.days.length <= 120 ? timeDay : axis.days.length <= 900 ? timeMonday : timeMonth;
  const dates = interval === timeDay ? axis.days : interval.range(axis.first, timeDay.offset(axis.last, 1));
  const every = Math.max(1, Math.ceil(dates.length / maxLabels));
  return dates.map((date, index) => ({
    date,
    position: axis.scale(date) / SLIDER_MAX,
    labelled: index % every === 0,
    label: formatShortDate(date)
  }));
}

export interface DensityBin {
  /** Start of the bin (a local day or hour). */
  start: Date;
  /** Left edge and width along the slider, 0..1. */
  position: number;
  width: number;
  count: number;
}

/** Whether the density strip counts per hour: always on a zoomed axis, and on a short one with times of day. */
export function binsPerHour(axis: TimeAxis, hasTimes: boolean): boolean {
  return axis.unit === 'hour' || (hasTimes && axis.days.length <= 4);
}

/**
 * Events starting in each day of the axis — or each hour when zoomed in, or when the axis is short
 * enough that hours are readable (a few days) and some event carries a time of day. Only events
 * starting on the axis count; empty bins are left out.
 */
export function densityBins(axis: TimeAxis, indexed: readonly IndexedEvent[], hasTimes: boolean): DensityBin[] {
  const interval = binsPerHour(axis, hasTimes) ? timeHour : timeDay;
  const counts = new Map<number, number>();
  // A zoomed window reaches to the end of its last hour; the whole axis to the end of its last day.
  const fromMs = +axis.first;
  const toMs = +interval.offset(interval.floor(axis.last), 1);
  for (const item of indexed) {
    if (item.startMs < fromMs || item.startMs >= toMs) continue;
    const start = +interval.floor(new Date(item.startMs));
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  // A bin is drawn centred on its slider position: the day itself is a point of the axis.
  const span = +axis.last - +axis.first;
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([start, count]) => {
      const binStart = new Date(start);
      return {
        start: binStart,
        position: axis.scale(binStart) / SLIDER_MAX,
        width: (+interval.offset(binStart, 1) - start) / span,
        count
      };
    });
}
