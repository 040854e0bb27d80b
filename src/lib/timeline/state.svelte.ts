/**
 * View state, one small reactive class per concern. Fields are private and change only through
 * methods, so every change goes through the same clamping and snapping rules.
 */
import { timeHour } from 'd3-time';
import {
  followWindow,
  lastHour,
  snapToDay,
  snapToHour,
  stepDays,
  stepHours,
  zoomSpans,
  zoomWindowAround,
  type AxisUnit,
  type TimeAxis
} from './scale';
import { cursorPeriod, type TimeCursor } from './visibility';

export class TimeState {
  #cursor: TimeCursor = $state({ time: new Date(0), withTime: false });
  #axis: TimeAxis;

  constructor(axis: TimeAxis, initial?: TimeCursor) {
    this.#axis = axis;
    this.#cursor = initial ? this.#clamp(initial) : { time: axis.last, withTime: false };
  }

  get cursor(): TimeCursor {
    return this.#cursor;
  }

  get axis(): TimeAxis {
    return this.#axis;
  }

  /** [start, end) of the shown day (or minute). */
  get period(): { start: Date; end: Date } {
    return cursorPeriod(this.#cursor);
  }

  /** Free positioning (playback glides between days; links may name a minute). */
  set(cursor: TimeCursor): void {
    this.#cursor = this.#clamp(cursor);
  }

  /** Pointer scrubbing lands on whole days, or whole hours when zoomed in. */
  scrubTo(time: Date, unit: AxisUnit = 'day'): void {
    this.#cursor = unit === 'hour' ? { time: snapToHour(this.#axis, time), withTime: true } : { time: snapToDay(this.#axis, time), withTime: false };
  }

  /** Steps whole days, or whole hours when zoomed in. */
  step(count: number, unit: AxisUnit = 'day'): void {
    this.#cursor =
      unit === 'hour'
        ? { time: stepHours(this.#axis, this.#cursor.time, count), withTime: true }
        : { time: stepDays(this.#axis, this.#cursor.time, count), withTime: false };
  }

  toStart(unit: AxisUnit = 'day'): void {
    this.#cursor = { time: this.#axis.first, withTime: unit === 'hour' };
  }

  toEnd(unit: AxisUnit = 'day'): void {
    this.#cursor = unit === 'hour' ? { time: lastHour(this.#axis), withTime: true } : { time: this.#axis.last, withTime: false };
  }

  /** From a day to the hour it is in (zooming in to hours), so the slider and the URL say the hour. */
  toHour(): void {
    if (!this.#cursor.withTime) this.#cursor = { time: timeHour.floor(this.#cursor.time), withTime: true };
  }

  #clamp(cursor: TimeCursor): TimeCursor {
    const { first, last } = this.#axis;
    // The last day is reachable in full, so a minute on it is fine; past its end is not.
    const endOfLast = +last + 86_399_999;
    if (+cursor.time < +first) return { time: first, withTime: false };
    if (+cursor.time > endOfLast) return { time: last, withTime: false };
    return cursor;
  }
}

/**
 * Zoom of the time axis: level 0 is the whole timeline in days; each level in shows a shorter window
 * (zoomSpans) in hours. The window follows the time shown, a page at a time.
 */
export class TimeZoom {
  readonly #full: TimeAxis;
  #level = $state(0);
  #window: TimeAxis;
  readonly #spans: number[];
  readonly levels: number;

  constructor(full: TimeAxis) {
    this.#full = full;
    this.#window = $state.raw(full);
    this.#spans = zoomSpans(full);
    this.levels = 1 + this.#spans.length;
  }

  get level(): number {
    return this.#level;
  }

  /** The axis the slider shows: the whole timeline, or the zoomed window. */
  get axis(): TimeAxis {
    return this.#level === 0 ? this.#full : this.#window;
  }

  get unit(): AxisUnit {
    return this.#level === 0 ? 'day' : 'hour';
  }

  get canZoomIn(): boolean {
    return this.#level < this.levels - 1;
  }

  get canZoomOut(): boolean {
    return this.#level > 0;
  }

  /** One level in (or to `level`), with the window centred on `at` (the time shown). */
  zoomIn(at: Date, level = this.#level + 1): void {
    this.#setLevel(Math.min(level, this.levels - 1), at);
  }

  zoomOut(at: Date): void {
    this.#setLevel(this.#level - 1, at);
  }

  /** Keeps `time` on the slider (call whenever the time shown changes). */
  follow(time: Date): void {
    if (this.#level === 0) return;
    const next = followWindow(this.#full, this.#window, time);
    if (next !== this.#window) this.#window = next;
  }

  #setLevel(level: number, at: Date): void {
    this.#level = Math.max(0, level);
    if (this.#level > 0) this.#window = zoomWindowAround(this.#full, at, this.#spans[this.#level - 1]);
  }
}

export class SelectionState {
  #id: string | null = $state(null);

  constructor(initial: string | null = null) {
    this.#id = initial;
  }

  get id(): string | null {
    return this.#id;
  }

  select(id: string | null): void {
    this.#id = id;
  }

  clear(): void {
    this.#id = null;
  }
}
