import { describe, expect, it } from 'vitest';
import { formatCalendarTime } from './dates';
import { seedEvents } from './fixtures';
import { axisTicks, createTimeAxis, densityBins, SLIDER_MAX, snapToDay, stepDays } from './scale';
import { indexEvents } from './visibility';

const iso = (date: Date) => formatCalendarTime(date);

describe('time axis', () => {
  const axis = createTimeAxis(indexEvents(seedEvents));

  it('runs from the first event day to the last day anything is happening', () => {
    expect(iso(axis.first)).toBe('2022-01-02');
    expect(iso(axis.last)).toBe('2022-01-10');
    expect(axis.days.map(iso)).toHaveLength(9);
    expect(axis.scale(axis.first)).toBe(0);
    expect(axis.scale(axis.last)).toBe(SLIDER_MAX);
  });

  it('reaches the end of a span that outlasts every start', () => {
    const longShutdown = [{ ...seedEvents[1], end: '2022-01-21' }];
    expect(iso(createTimeAxis(indexEvents(longShutdown)).last)).toBe('2022-01-21');
  });

  it('steps whole days and stops at the ends', () => {
    expect(iso(stepDays(axis, axis.first, 1))).toBe('2022-01-03');
    expect(iso(stepDays(axis, axis.first, -1))).toBe('2022-01-02');
    expect(iso(stepDays(axis, axis.last, 7))).toBe('2022-01-10');
    // Halfway through the 5th, a pointer lands on the nearer day.
    expect(iso(snapToDay(axis, new Date(2022, 0, 5, 13)))).toBe('2022-01-06');
  });

  it('draws a tick per day and thins the labels', () => {
    const ticks = axisTicks(axis, 4);
    expect(ticks).toHaveLength(9);
    expect(ticks.filter((tick) => tick.labelled).length).toBeLessThanOrEqual(5);
    expect(ticks[0].position).toBe(0);
    expect(ticks.at(-1)!.position).toBe(1);
  });

  it('still spans a day when every event is on the same day', () => {
    const single = createTimeAxis(indexEvents([seedEvents[0]]));
    expect(+single.last - +single.first).toBeGreaterThan(0);
  });
});

describe('density strip', () => {
  it('counts events per day over a long axis', () => {
    const indexed = indexEvents(seedEvents);
    const bins = densityBins(createTimeAxis(indexed), indexed, true);
    expect(bins.map((bin) => [iso(bin.start), bin.count])).toEqual([
      ['2022-01-02', 1],
      ['2022-01-05', 1],
      ['2022-01-10', 2]
    ]);
    expect(bins[0].position).toBe(0);
    expect(bins[2].position).toBe(1);
  });

  it('counts per hour when a short axis has times of day', () => {
    const sameDay = indexEvents([seedEvents[3], { ...seedEvents[3], id: 'later', start: '2022-01-10T14:30', end: '2022-01-10T14:30' }]);
    const bins = densityBins(createTimeAxis(sameDay), sameDay, true);
    expect(bins.map((bin) => formatCalendarTime(bin.start, true))).toEqual(['2022-01-10T09:00', '2022-01-10T14:00']);
    expect(bins[0].width).toBeCloseTo(1 / 24);
  });
});
