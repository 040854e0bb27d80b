/**
 * Play/Pause over the time axis, driven by requestAnimationFrame.
 *
 * With motion allowed, time glides (the slider thumb and the map's fades follow every frame). When the
 * reader prefers reduced motion, time jumps a whole day at a time at the same pace, with nothing in
 * between, so nothing slides across the screen. Zoomed in to hours, it runs through hours the same way
 * (gliding, or an hour at a time), and the times it sets carry the time of day.
 */
import { timeDay } from 'd3-time';
import { lastHour, stepDays, stepHours, type AxisUnit, type TimeAxis } from './scale';

export interface FrameScheduler {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

export interface PlaybackOptions {
  /** The whole timeline's axis (not a zoomed window: playback runs on to the end). */
  axis: () => TimeAxis;
  getTime: () => Date;
  /** Receives every new time; `withTime` is true when playing through hours. */
  setTime: (time: Date, withTime: boolean) => void;
  reducedMotion?: () => boolean;
  /** Days or hours (zoomed in), read every frame so zooming while playing applies at once. */
  unit?: () => AxisUnit;
  /** Wall-clock milliseconds per timeline day at normal speed. */
  msPerDay?: number;
  /** Wall-clock milliseconds per timeline hour at normal speed, when zoomed in. */
  msPerHour?: number;
  /** Speed multiplier, read every frame so a change applies at once (2 = twice as fast). */
  speed?: () => number;
  /** Injected in tests; requestAnimationFrame in the browser. */
  frames?: FrameScheduler;
}

const UNIT_MS: Record<AxisUnit, number> = { day: 86_400_000, hour: 3_600_000 };

const browserFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle)
};

export class Playback {
  #playing = $state(false);
  #handle: number | null = null;
  #lastFrame: number | null = null;
  #heldMs = 0;
  readonly #options: Required<Omit<PlaybackOptions, 'frames'>> & { frames: FrameScheduler };

  constructor(options: PlaybackOptions) {
    this.#options = { reducedMotion: () => false, unit: () => 'day', msPerDay: 1200, msPerHour: 300, speed: () => 1, frames: browserFrames, ...options };
  }

  get playing(): boolean {
    return this.#playing;
  }

  play(): void {
    if (this.#playing) return;
    const { axis, getTime, setTime, unit } = this.#options;
    // At the end there is nothing left to play: start over, as a video player does.
    const hourly = unit() === 'hour';
    const atEnd = hourly ? +getTime() >= +lastHour(axis()) : +timeDay.floor(getTime()) >= +axis().last;
    if (atEnd) setTime(axis().first, hourly);
    this.#playing = true;
    this.#lastFrame = null;
    this.#heldMs = 0;
    this.#schedule();
  }

  pause(): void {
    this.#playing = false;
    if (this.#handle !== null) this.#options.frames.cancel(this.#handle);
    this.#handle = null;
  }

  toggle(): void {
    if (this.#playing) this.pause();
    else this.play();
  }

  #schedule(): void {
    this.#handle = this.#options.frames.request((now) => this.#frame(now));
  }

  #frame(now: number): void {
    this.#handle = null;
    if (!this.#playing) return;
    const { axis, getTime, setTime, reducedMotion, speed } = this.#options;
    const unit = this.#options.unit();
    const hourly = unit === 'hour';
    const msPerUnit = (hourly ? this.#options.msPerHour : this.#options.msPerDay) / Math.max(0.05, speed());
    const elapsed = this.#lastFrame === null ? 0 : Math.max(0, now - this.#lastFrame);
    this.#lastFrame = now;
    const last = hourly ? lastHour(axis()) : axis().last;
    let next: Date;
    if (reducedMotion()) {
      this.#heldMs += elapsed;
      if (this.#heldMs < msPerUnit) return this.#schedule();
      this.#heldMs -= msPerUnit;
      next = hourly ? stepHours(axis(), getTime(), 1) : stepDays(axis(), getTime(), 1);
    } else {
      next = new Date(+getTime() + (elapsed * UNIT_MS[unit]) / msPerUnit);
    }
    if (+next >= +last) {
      setTime(last, hourly);
      this.pause();
      return;
    }
    setTime(next, hourly);
    this.#schedule();
  }
}
