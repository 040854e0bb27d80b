import { describe, expect, it } from 'vitest';
import { formatCalendarTime } from './dates';
import { formatViewState, parseViewState } from './url';

describe('URL state', () => {
  it('reads a day, a minute and an event id', () => {
    const state = parseViewState('?t=2022-01-05&event=ev-0105-seized');
    expect(formatCalendarTime(state.cursor!.time)).toBe('2022-01-05');
    expect(state.cursor!.withTime).toBe(false);
    expect(state.eventId).toBe('ev-0105-seized');
    const minute = parseViewState('t=2022-01-10T09%3A30');
    expect(formatCalendarTime(minute.cursor!.time, true)).toBe('2022-01-10T09:30');
    expect(minute.cursor!.withTime).toBe(true);
  });

  it('drops malformed values and keeps the rest', () => {
    expect(parseViewState('?t=2022-02-30&event=ok-1')).toEqual({ eventId: 'ok-1' });
    expect(parseViewState('?t=yesterday&event=%3Cimg%20src%3Dx%3E')).toEqual({});
    expect(parseViewState(`?event=${'a'.repeat(500)}`)).toEqual({});
  });

  it('writes back what it reads, keeping unrelated parameters', () => {
    const state = parseViewState('?t=2022-01-10T09:30&event=a1');
    const query = formatViewState(state, '?autoplay=1&t=2000-01-01');
    const again = new URLSearchParams(query);
    expect(again.get('autoplay')).toBe('1');
    expect(again.get('t')).toBe('2022-01-10T09:30');
    expect(again.get('event')).toBe('a1');
    expect(formatViewState({}, '?event=a1&t=2022-01-02')).toBe('');
  });
});
