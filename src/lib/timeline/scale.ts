/**
 * The time axis: a d3 `scaleTime` from the events' extent, padded out to whole local days, onto
 * slider units, with d3-time days as ticks and steps.
 */
import { scaleTime, type ScaleTime } from 'd3-scale';
import { timeDay, timeHour, timeMonday, timeMonth } from 'd3-time';
import type { IndexedEvent } from './visibility';

/** Slider units: the range input goes from 0 to this; fine enough for minute positions over years. */
export const SLIDER_MAX = 100_000;

export interface TimeAxis {
  scale: ScaleTime<number, number>;
  /** First and last day the slider reaches (local midnights). */
  first: Date;
  last: Date;
  /** Every day from first to last. */
  days: Date[];
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
  return { scale, first, last, days: timeDay.range(first, timeDay.offset(last, 1)) };
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
}

/**
 * A tick for every day when there are few enough to draw; weeks, then months, for long crises.
 * `maxLabels` keeps the labels legible on a phone.
 */
export function axisTicks(axis: TimeAxis, maxLabels = 8): AxisTick[] {
  const interval = axis.days.length <= 120 ? timeDay : axis.days.length <= 900 ? timeMonday : timeMonth;
  const dates = interval === timeDay ? axis.days : interval.range(axis.first, timeDay.offset(axis.last, 1));
  const every = Math.max(1, Math.ceil(dates.length / maxLabels));
  return dates.map((date, index) => ({
    date,
    position: axis.scale(date) / SLIDER_MAX,
    labelled: index % every === 0
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

/**
 * Events starting in each day of the axis — or each hour when the axis is short enough that hours
 * are readable (a few days) and some event carries a time of day. Empty bins are left out.
 */
export function densityBins(axis: TimeAxis, indexed: readonly IndexedEvent[], hasTimes: boolean): DensityBin[] {
  const interval = hasTimes && axis.days.length <= 4 ? timeHour : timeDay;
  const counts = new Map<number, number>();
  for (const item of indexed) {
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
