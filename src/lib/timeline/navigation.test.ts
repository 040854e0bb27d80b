import { describe, expect, it } from 'vitest';
import { parseCalendarTime } from './dates';
import { seedEvents } from './fixtures';
import { adjacentEvent } from './navigation';
import { cursorPeriod, indexEvents } from './visibility';

const indexed = indexEvents(seedEvents);
const on = (day: string) => cursorPeriod({ time: parseCalendarTime(day)!, withTime: false });

describe('stepping from event to event', () => {
  it('goes to the first event on or after the day shown when nothing is selected', () => {
    expect(adjacentEvent(indexed, { period: on('2022-01-03'), selectedId: null }, 1)?.event.id).toBe('internet');
    expect(adjacentEvent(indexed, { period: on('2022-01-05'), selectedId: null }, 1)?.event.id).toBe('internet');
  });

  it('goes back to the last event started by the end of the day shown', () => {
    expect(adjacentEvent(indexed, { period: on('2022-01-07'), selectedId: null }, -1)?.event.id).toBe('internet');
    expect(adjacentEvent(indexed, { period: on('2022-01-01'), selectedId: null }, -1)).toBeUndefined();
  });

  it('walks through events of the same day one by one from the selection, and stops at the ends', () => {
    // Two events on 10 January: the day-long arrests first, then the 09:00 day of mourning.
    const sameDay = on('2022-01-10');
    expect(adjacentEvent(indexed, { period: sameDay, selectedId: 'internet' }, 1)?.event.id).toBe('arrests');
    expect(adjacentEvent(indexed, { period: sameDay, selectedId: 'arrests' }, 1)?.event.id).toBe('mourning');
    expect(adjacentEvent(indexed, { period: sameDay, selectedId: 'mourning' }, 1)).toBeUndefined();
    expect(adjacentEvent(indexed, { period: sameDay, selectedId: 'protests' }, -1)).toBeUndefined();
  });
});
