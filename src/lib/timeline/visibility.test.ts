import { describe, expect, it } from 'vitest';
import { parseCalendarTime } from './dates';
import { cursorPeriod, indexEvents, statusAt, visibleEvents } from './visibility';
import { seedEvents } from './fixtures';

const day = (value: string) => ({ time: parseCalendarTime(value)!, withTime: value.includes('T') });
const ids = (events: { id: string }[]) => events.map((event) => event.id);

describe('visibleEvents', () => {
  it('shows nothing before the first event and everything started so far, in time order', () => {
    expect(visibleEvents(seedEvents, day('2022-01-01'))).toEqual([]);
    expect(ids(visibleEvents(seedEvents, day('2022-01-02')))).toEqual(['protests']);
    expect(ids(visibleEvents(seedEvents, day('2022-01-07')))).toEqual(['protests', 'internet']);
    expect(ids(visibleEvents(seedEvents, day('2022-01-10')))).toEqual(['protests', 'internet', 'arrests', 'mourning']);
  });

  it('counts an event at 09:00 as part of its day, but not of an earlier minute', () => {
    expect(ids(visibleEvents(seedEvents, day('2022-01-10')))).toContain('mourning');
    expect(ids(visibleEvents(seedEvents, day('2022-01-10T08:59')))).not.toContain('mourning');
    expect(ids(visibleEvents(seedEvents, day('2022-01-10T09:00')))).toContain('mourning');
  });

  it('keeps a span current through its last day, then dims it', () => {
    const internet = indexEvents(seedEvents).find((item) => item.event.id === 'internet')!;
    expect(statusAt(internet, cursorPeriod(day('2022-01-04')))).toBe('future');
    expect(statusAt(internet, cursorPeriod(day('2022-01-05')))).toBe('current');
    expect(statusAt(internet, cursorPeriod(day('2022-01-09')))).toBe('current');
    expect(statusAt(internet, cursorPeriod(day('2022-01-10')))).toBe('past');
  });

  it('skips events whose dates cannot be read rather than placing them anywhere', () => {
    const broken = { ...seedEvents[0], id: 'broken', start: 'last week', end: 'last week' };
    expect(ids(visibleEvents([...seedEvents, broken], day('2022-01-31')))).not.toContain('broken');
  });
});
