import { afterEach, describe, expect, it } from 'vitest';
import { eventSpan, formatCalendarTime, formatEventDate, formatLongDate, parseCalendarTime } from './dates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar dates', () => {
  // Kazakhstan's own zones, plus readers far west and east: the day must never move.
  for (const zone of ['America/Los_Angeles', 'UTC', 'Asia/Almaty', 'Pacific/Kiritimati']) {
    it(`keeps 2 January 2022 as the 2nd for a reader in ${zone}`, () => {
      process.env.TZ = zone;
      const date = parseCalendarTime('2022-01-02')!;
      expect(formatLongDate(date)).toBe('2 January 2022');
      expect(formatCalendarTime(date)).toBe('2022-01-02');
      expect(formatCalendarTime(parseCalendarTime('2022-01-05T23:30')!, true)).toBe('2022-01-05T23:30');
    });
  }

  it('rejects impossible or malformed dates instead of rolling them over', () => {
    for (const bad of ['2022-02-30', '2022-13-01', '2022-1-5', '05/01/2022', '2022-01-05T24:00', '2022-01-05 10:00', '']) {
      expect(parseCalendarTime(bad), bad).toBeNull();
    }
    expect(parseCalendarTime('2024-02-29')).not.toBeNull();
  });

  it('widens an inclusive end to the end of its day, or of its hour', () => {
    const fiveDayBreak = eventSpan({ start: '2022-01-05', end: '2022-01-09' })!;
    expect(formatCalendarTime(fiveDayBreak.end)).toBe('2022-01-10');
    const speech = eventSpan({ start: '2022-01-10T09:00', end: '2022-01-10T09:00' })!;
    expect(formatCalendarTime(speech.end, true)).toBe('2022-01-10T10:00');
  });

  it('writes spans the way a reader says them', () => {
    expect(formatEventDate({ start: '2022-01-05', end: '2022-01-09' })).toBe('5–9 January 2022');
    expect(formatEventDate({ start: '2021-12-30', end: '2022-01-02' })).toBe('30 December 2021 – 2 January 2022');
    expect(formatEventDate({ start: '2022-01-10', end: '2022-01-10' })).toBe('10 January 2022');
    expect(formatEventDate({ start: '2022-01-10T09:00', end: '2022-01-10T09:00' })).toBe('10 January 2022, 09:00');
  });
});

describe('clock times', () => {
  it('says the hour as local time, with the weekday from the local date', async () => {
    const { formatShownTime, formatWeekday } = await import('./dates');
    const date = parseCalendarTime('2022-01-05T15:00')!;
    expect(`${formatWeekday(date)} ${formatShownTime(date, true)}`).toBe('Wednesday 5 January 2022, 15:00 local time');
    expect(formatShownTime(parseCalendarTime('2022-01-02')!, false)).toBe('2 January 2022');
  });

  it('shows a valid UTC offset beside a clock time, and leaves out a bad one', async () => {
    const { eventDateTimeAttribute, formatEventWhen, formatUtcOffset } = await import('./dates');
    const seized = { start: '2022-01-05T15:00', end: '2022-01-05T15:00', utcOffset: '+06:00' };
    expect(formatEventWhen(seized)).toBe('5 January 2022, 15:00 local time (UTC+06:00)');
    expect(eventDateTimeAttribute(seized)).toBe('2022-01-05T15:00+06:00');
    expect(formatEventWhen({ ...seized, utcOffset: undefined })).toBe('5 January 2022, 15:00 local time');
    expect(formatEventWhen({ ...seized, utcOffset: '+6' })).toBe('5 January 2022, 15:00 local time');
    expect(formatEventWhen({ start: '2022-01-05', end: '2022-01-05', utcOffset: '+06:00' })).toBe('5 January 2022');
    expect(['-03:30', '+0545', 'Z', '+15:00', '+06:10'].map(formatUtcOffset)).toEqual(['UTC-03:30', 'UTC+05:45', 'UTC+00:00', null, null]);
  });
});
