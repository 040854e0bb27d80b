// Events as the seed article reports them (January 2022 unrest in Kazakhstan), for the view's unit tests.
import type { TimelineEvent } from '$lib/extract/types';
import type { FrameScheduler } from './playback.svelte';

function event(id: string, start: string, end: string, title: string): TimelineEvent {
  return { id, title, summary: '', category: 'other', start, end, timePrecision: start.includes('T') ? 'hour' : 'day', placeIds: [], quote: title, sources: [], confidence: 1 };
}

export const seedEvents: TimelineEvent[] = [
  event('arrests', '2022-01-10', '2022-01-10', 'security forces had arrested a total of 7,939 people as of January 10'),
  event('internet', '2022-01-05', '2022-01-09', 'the Internet returned to Almaty ... following a 5-day break'),
  event('protests', '2022-01-02', '2022-01-02', 'demonstrations against the hike in fuel prices in the west of the country on January 2'),
  event('mourning', '2022-01-10T09:00', '2022-01-10T09:00', 'Monday, which was declared a day of mourning')
];

/** Frames advanced by hand: `run(ms)` fires the pending callback at now + ms. */
export function fakeFrames() {
  let pending: ((now: number) => void) | null = null;
  let now = 0;
  const frames: FrameScheduler = {
    request: (callback) => ((pending = callback), 1),
    cancel: () => (pending = null)
  };
  return {
    frames,
    run(ms: number) {
      now += ms;
      const callback = pending;
      pending = null;
      callback?.(now);
    },
    get waiting() {
      return pending !== null;
    }
  };
}
