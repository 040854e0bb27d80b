// The hour zoom of the time axis, on a Timeline JSON with clock times (tests/fixtures/timelines).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Timeline } from '$lib/extract/types';
import { formatCalendarTime, parseCalendarTime } from './dates';
import { fakeFrames, seedEvents } from './fixtures';
import { Playback } from './playback.svelte';
import {
  axisTicks,
  binsPerHour,
  createTimeAxis,
  densityBins,
  followWindow,
  lastHour,
  SLIDER_MAX,
  snapToHour,
  stepHours,
  zoomLevelCount,
  zoomWindow,
  zoomWindowAround
} from './scale';
import { TimeState, TimeZoom } from './state.svelte';
import { indexEvents } from './visibility';

const hourly = JSON.parse(readFileSync(new URL('../../../tests/fixtures/timelines/hourly-almaty.json', import.meta.url), 'utf8')) as Timeline;
const at = (value: string) => parseCalendarTime(value)!;
const hour = (date: Date) => formatCalendarTime(date, true);

const indexed = indexEvents(hourly.events);
const full = createTimeAxis(indexed);

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('zoom levels', () => {
  it('offers only windows shorter than the timeline', () => {
    // 4 to 7 January: 95 hours from the first midnight to 23:00 on the last day.
    expect(hour(full.first)).toBe('2022-01-04T00:00');
    expect(hour(lastHour(full))).toBe('2022-01-07T23:00');
    expect(zoomLevelCount(full)).toBe(4); // whole, 48 h, 24 h, 12 h (96 h would not zoom in)
    expect(zoomLevelCount(createTimeAxis(indexEvents(seedEvents)))).toBe(5);
    expect(zoomLevelCount(createTimeAxis(indexEvents([seedEvents[0]])))).toBeGreaterThanOrEqual(2);
  });

  it('fills the slider with a window of hours around the time shown', () => {
    const window = zoomWindowAround(full, at('2022-01-05T15:00'), 24);
    expect(window.unit).toBe('hour');
    expect([hour(window.first), hour(window.last)]).toEqual(['2022-01-05T03:00', '2022-01-06T03:00']);
    expect(window.scale(at('2022-01-05T15:00'))).toBe(SLIDER_MAX / 2);
    expect(window.days.map((day) => formatCalendarTime(day))).toEqual(['2022-01-05', '2022-01-06']);
  });

  it('keeps the window inside the timeline at both ends', () => {
    const early = zoomWindowAround(full, full.first, 48);
    expect([hour(early.first), hour(early.last)]).toEqual(['2022-01-04T00:00', '2022-01-06T00:00']);
    const late = zoomWindowAround(full, lastHour(full), 48);
    expect([hour(late.first), hour(late.last)]).toEqual(['2022-01-05T23:00', '2022-01-07T23:00']);
  });

  it('turns the page when the time leaves the window, and not before', () => {
    const window = zoomWindow(full, at('2022-01-05T00:00'), 12);
    expect(followWindow(full, window, at('2022-01-05T12:00'))).toBe(window);
    const next = followWindow(full, window, at('2022-01-05T13:00'));
    expect([hour(next.first), hour(next.last)]).toEqual(['2022-01-05T13:00', '2022-01-06T01:00']);
    const previous = followWindow(full, window, at('2022-01-04T21:30'));
    expect([hour(previous.first), hour(previous.last)]).toEqual(['2022-01-04T10:00', '2022-01-04T22:00']);
  });
});

describe('hour steps', () => {
  it('moves a whole hour, from the hour the time is in', () => {
    expect(hour(stepHours(full, at('2022-01-05T15:00'), 1))).toBe('2022-01-05T16:00');
    expect(hour(stepHours(full, at('2022-01-05T15:30'), 1))).toBe('2022-01-05T16:00');
    expect(hour(stepHours(full, at('2022-01-05T15:30'), -1))).toBe('2022-01-05T15:00');
    expect(hour(stepHours(full, at('2022-01-05T23:00'), 2))).toBe('2022-01-06T01:00');
    expect(hour(stepHours(full, at('2022-01-05T15:00'), 24))).toBe('2022-01-06T15:00');
  });

  it('stops at the first midnight and at the last hour of the last day', () => {
    expect(hour(stepHours(full, full.first, -1))).toBe('2022-01-04T00:00');
    expect(hour(stepHours(full, at('2022-01-07T22:00'), 5))).toBe('2022-01-07T23:00');
    expect(hour(snapToHour(full, at('2022-01-05T15:31')))).toBe('2022-01-05T16:00');
    expect(hour(snapToHour(full, at('2022-01-09T15:31')))).toBe('2022-01-07T23:00');
  });

  // The wall-clock hour of the place must survive the reader's zone, including half-hour offsets.
  for (const zone of ['America/Los_Angeles', 'Asia/Kolkata', 'Asia/Almaty']) {
    it(`steps and labels wall-clock hours for a reader in ${zone}`, () => {
      process.env.TZ = zone;
      const axis = createTimeAxis(indexEvents(hourly.events));
      expect(hour(stepHours(axis, at('2022-01-05T15:00'), 1))).toBe('2022-01-05T16:00');
      const window = zoomWindowAround(axis, at('2022-01-05T12:00'), 24);
      expect(hour(window.first)).toBe('2022-01-05T00:00');
      const labels = axisTicks(window).filter((tick) => tick.labelled).map((tick) => tick.label);
      expect(labels).toEqual(['5 Jan', '03:00', '06:00', '09:00', '12:00', '15:00', '18:00', '21:00', '6 Jan']);
    });
  }
});

describe('hour ticks and density', () => {
  const window = zoomWindow(full, at('2022-01-05T00:00'), 24);

  it('ticks every hour, labels aligned to the clock, the date at midnight', () => {
    const ticks = axisTicks(window, 8);
    expect(ticks).toHaveLength(25);
    expect(ticks[0].position).toBe(0);
    expect(ticks.at(-1)!.position).toBe(1);
    const labelled = ticks.filter((tick) => tick.labelled);
    expect(labelled.map((tick) => tick.label)).toEqual(['5 Jan', '03:00', '06:00', '09:00', '12:00', '15:00', '18:00', '21:00', '6 Jan']);
    // A narrower budget thins to wider steps, still on the clock; a wider one labels more hours.
    expect(axisTicks(window, 4).filter((tick) => tick.labelled).map((tick) => tick.label)).toEqual(['5 Jan', '06:00', '12:00', '18:00', '6 Jan']);
    // Four days: dates at midnight, noon between them.
    const fourDays = axisTicks(zoomWindow(createTimeAxis(indexEvents(seedEvents)), at('2022-01-04'), 96), 8);
    expect(fourDays).toHaveLength(97);
    expect(fourDays.filter((tick) => tick.labelled).map((tick) => tick.label)).toEqual(['4 Jan', '12:00', '5 Jan', '12:00', '6 Jan', '12:00', '7 Jan', '12:00', '8 Jan']);
    expect(axisTicks(window, 30).filter((tick) => tick.labelled)).toHaveLength(25);
  });

  it('counts events per hour within the window only', () => {
    const bins = densityBins(window, indexed, true);
    expect(bins.map((bin) => [hour(bin.start), bin.count])).toEqual([
      ['2022-01-05T01:00', 1],
      ['2022-01-05T15:00', 1],
      ['2022-01-05T17:00', 1],
      // The day-precision event starts at the window's last instant, midnight.
      ['2022-01-06T00:00', 1]
    ]);
    expect(bins[1].position).toBeCloseTo(15 / 24);
    expect(bins[1].width).toBeCloseTo(1 / 24);
  });

  it('keeps counting per day on a whole axis without times of day', () => {
    // (With times, a whole axis of four days or fewer is already counted per hour.)
    expect(binsPerHour(full, true)).toBe(true);
    expect(binsPerHour(full, false)).toBe(false);
    expect(binsPerHour(createTimeAxis(indexEvents(seedEvents)), true)).toBe(false);
    const bins = densityBins(full, indexed, false);
    expect(bins.map((bin) => [formatCalendarTime(bin.start), bin.count])).toEqual([
      ['2022-01-04', 1],
      ['2022-01-05', 3],
      ['2022-01-06', 1],
      ['2022-01-07', 1]
    ]);
  });
});

describe('TimeState and TimeZoom', () => {
  it('zooming in centres a window on the time and shows its hour; zooming out returns to days', () => {
    const time = new TimeState(full, { time: at('2022-01-05'), withTime: false });
    const zoom = new TimeZoom(full);
    expect([zoom.unit, zoom.canZoomOut, zoom.axis]).toEqual(['day', false, full]);
    zoom.zoomIn(time.cursor.time);
    time.toHour();
    expect(zoom.unit).toBe('hour');
    expect([hour(zoom.axis.first), hour(zoom.axis.last)]).toEqual(['2022-01-04T00:00', '2022-01-06T00:00']);
    expect(time.cursor).toEqual({ time: at('2022-01-05T00:00'), withTime: true });

    time.step(15, zoom.unit);
    expect(hour(time.cursor.time)).toBe('2022-01-05T15:00');
    time.step(12, zoom.unit);
    zoom.follow(time.cursor.time);
    // The next page would run past the last hour, so it ends there.
    expect([hour(zoom.axis.first), hour(zoom.axis.last)]).toEqual(['2022-01-05T23:00', '2022-01-07T23:00']);

    zoom.zoomIn(time.cursor.time, 99);
    expect(zoom.level).toBe(3);
    expect(zoom.canZoomIn).toBe(false);
    for (let i = 0; i < 3; i++) zoom.zoomOut(time.cursor.time);
    expect([zoom.unit, zoom.axis]).toEqual(['day', full]);
    // The hour shown is kept; a day step goes back to whole days.
    expect(time.cursor.withTime).toBe(true);
    time.step(1, zoom.unit);
    expect(time.cursor).toEqual({ time: at('2022-01-07'), withTime: false });
  });

  it('Home and End reach the first midnight and the last hour when zoomed in', () => {
    const time = new TimeState(full);
    time.toEnd('hour');
    expect(time.cursor).toEqual({ time: at('2022-01-07T23:00'), withTime: true });
    time.toStart('hour');
    expect(time.cursor).toEqual({ time: at('2022-01-04T00:00'), withTime: true });
    time.scrubTo(at('2022-01-05T14:40'), 'hour');
    expect(time.cursor).toEqual({ time: at('2022-01-05T15:00'), withTime: true });
  });
});

describe('playback through hours', () => {
  function setup(reducedMotion: boolean, start: string) {
    const clock = fakeFrames();
    const seen: Array<[string, boolean]> = [];
    let time = at(start);
    const playback = new Playback({
      axis: () => full,
      getTime: () => time,
      setTime: (next, withTime) => {
        time = next;
        seen.push([hour(next), withTime]);
      },
      unit: () => 'hour',
      reducedMotion: () => reducedMotion,
      msPerHour: 100,
      frames: clock.frames
    });
    return { clock, playback, seen, time: () => time };
  }

  it('glides an hour per msPerHour, with the time of day', () => {
    const { clock, playback, time, seen } = setup(false, '2022-01-05T15:00');
    playback.play();
    clock.run(16);
    clock.run(150);
    expect(+time() - +at('2022-01-05T15:00')).toBe(90 * 60_000);
    expect(seen.at(-1)![1]).toBe(true);
  });

  it('jumps whole hours when motion is reduced, and stops at the last hour', () => {
    const { clock, playback, seen } = setup(true, '2022-01-07T20:00');
    playback.play();
    for (let i = 0; i < 60 && clock.waiting; i++) clock.run(40);
    expect(seen).toEqual([
      ['2022-01-07T21:00', true],
      ['2022-01-07T22:00', true],
      ['2022-01-07T23:00', true]
    ]);
    expect(playback.playing).toBe(false);
    playback.play();
    expect(seen.at(-1)).toEqual(['2022-01-04T00:00', true]);
  });
});
