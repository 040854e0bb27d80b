/**
 * Play/Pause over the time axis, driven by requestAnimationFrame.
 *
 * With motion allowed, time glides (the slider thumb and the map's fades follow every frame). When the
 * reader prefers reduced motion, time jumps a whole day at a time at the same pace, with nothing in
 * between, so nothing slides across the screen.
 */
import { timeDay } from 'd3-time';
import { stepDays, type TimeAxis } from './scale';

export interface FrameScheduler {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

export interface PlaybackOptions {
  axis: () => TimeAxis;
  getTime: () => Date;
  /** Receives every new time; `withTime` is always false (playback moves through days). */
  setTime: (time: Date) => void;
  reducedMotion?: () => boolean;
  /** Wall-clock milliseconds per timeline day at normal speed. */
  msPerDay?: number;
  /** Speed multiplier, read every frame so a change applies at once (2 = twice as fast). */
  speed?: () => number;
  /** Injected in tests; requestAnimationFrame in the browser. */
  frames?: FrameScheduler;
}

const DAY_MS = 86_400_000;

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
    this.#options = { reducedMotion: () => false, msPerDay: 1200, speed: () => 1, frames: browserFrames, ...options };
  }

  get playing(): boolean {
    return this.#playing;
  }

  play(): void {
    if (this.#playing) return;
    const { axis, getTime, setTime } = this.#options;
    // At the end there is nothing left to play: start over, as a video player does.
    if (+timeDay.floor(getTime()) >= +axis().last) setTime(axis().first);
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
    const msPerDay = this.#options.msPerDay / Math.max(0.05, speed());
    const elapsed = this.#lastFrame === null ? 0 : Math.max(0, now - this.#lastFrame);
    this.#lastFrame = now;
    const last = axis().last;
    let next: Date;
    if (reducedMotion()) {
      this.#heldMs += elapsed;
      if (this.#heldMs < msPerDay) return this.#schedule();
      this.#heldMs -= msPerDay;
      next = stepDays(axis(), getTime(), 1);
    } else {
      next = new Date(+getTime() + (elapsed * DAY_MS) / msPerDay);
    }
    if (+next >= +last) {
      setTime(last);
      this.pause();
      return;
    }
    setTime(next);
    this.#schedule();
  }
}
