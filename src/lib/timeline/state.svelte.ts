/**
 * View state, one small reactive class per concern. Fields are private and change only through
 * methods, so every change goes through the same clamping and snapping rules.
 */
import { snapToDay, stepDays, type TimeAxis } from './scale';
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

  /** Pointer scrubbing lands on whole days. */
  scrubTo(time: Date): void {
    this.#cursor = { time: snapToDay(this.#axis, time), withTime: false };
  }

  step(days: number): void {
    this.#cursor = { time: stepDays(this.#axis, this.#cursor.time, days), withTime: false };
  }

  toStart(): void {
    this.#cursor = { time: this.#axis.first, withTime: false };
  }

  toEnd(): void {
    this.#cursor = { time: this.#axis.last, withTime: false };
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
