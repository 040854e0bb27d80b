import { describe, expect, it } from 'vitest';
import { formatCalendarTime } from './dates';
import { fakeFrames, seedEvents } from './fixtures';
import { Playback } from './playback.svelte';
import { createTimeAxis } from './scale';
import { indexEvents } from './visibility';


function setup(reducedMotion: boolean, speed = 1) {
  const axis = createTimeAxis(indexEvents(seedEvents));
  const clock = fakeFrames();
  const seen: Date[] = [];
  let time = axis.first;
  const playback = new Playback({
    axis: () => axis,
    getTime: () => time,
    setTime: (next) => {
      time = next;
      seen.push(next);
    },
    reducedMotion: () => reducedMotion,
    msPerDay: 1000,
    speed: () => speed,
    frames: clock.frames
  });
  return { axis, clock, playback, seen, time: () => time };
}

describe('Playback', () => {
  it('glides through time frame by frame and stops on the last day', () => {
    const { clock, playback, time, axis } = setup(false);
    playback.play();
    clock.run(16); // first frame only takes the timestamp
    clock.run(500);
    expect(+time() - +axis.first).toBe(12 * 3_600_000); // half a day for half a second
    for (let i = 0; i < 40 && clock.waiting; i++) clock.run(250);
    expect(formatCalendarTime(time())).toBe('2022-01-10');
    expect(playback.playing).toBe(false);
  });

  it('jumps whole days without in-between positions when motion is reduced', () => {
    const { clock, playback, seen } = setup(true);
    playback.play();
    for (let i = 0; i < 130; i++) clock.run(16);
    expect(seen.map((date) => formatCalendarTime(date, true))).toEqual(['2022-01-03T00:00', '2022-01-04T00:00']);
  });

  it('covers four times as much time per second at 4x', () => {
    const { clock, playback, time, axis } = setup(false, 4);
    playback.play();
    clock.run(16);
    clock.run(500);
    expect(+time() - +axis.first).toBe(2 * 86_400_000);
  });

  it('pauses, and starts over when played at the end', () => {
    const { clock, playback, time, axis } = setup(false);
    playback.play();
    clock.run(16);
    playback.toggle();
    expect(playback.playing).toBe(false);
    expect(clock.waiting).toBe(false);
    for (let i = 0; i < 3; i++) playback.toggle(), clock.run(16), clock.run(5000);
    expect(+time()).toBe(+axis.last);
    playback.play();
    expect(+time()).toBe(+axis.first);
  });
});
