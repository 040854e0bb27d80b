/**
 * Clock times keep the place's UTC offset: in January 2022 Kazakhstan had two time zones
 * (Aktau UTC+5, Almaty UTC+6), and a zone written in the text wins. Calendar days stay local.
 */
import { describe, expect, it } from 'vitest';
import { loadGeoparser } from '../server/pipeline-node';
import { buildTimeline } from './pipeline';

const text = `---
published: 2022-01-06
---
Protesters set fire to the mayor's office in Almaty at about 15:00 local time on Wednesday.

In Aktau, police detained dozens of demonstrators at 23:00 on Wednesday.

Russian paratroopers landed at 02:30 GMT on Thursday.

Officials said calm returned to the city later on Thursday.
`;

describe('clock times and time zones', () => {
  const timeline = buildTimeline([{ path: 'clock.md', text }], loadGeoparser(), { today: '2026-11-25' });
  const find = (words: string) => timeline.events.find((e) => e.quote.includes(words))!;

  it('keeps local wall-clock times with the offset of the place they happened in', () => {
    expect(find('mayor')).toMatchObject({ category: 'arson-seizure', start: '2022-01-05T15:00', timePrecision: 'hour', utcOffset: '+06:00' });
    expect(find('Aktau')).toMatchObject({ start: '2022-01-05T23:00', utcOffset: '+05:00' });
  });

  it('uses a zone written in the text over the place', () => {
    expect(find('paratroopers')).toMatchObject({ start: '2022-01-06T02:30', utcOffset: '+00:00' });
  });

  it('gives the places their IANA time zone', () => {
    expect(timeline.places.find((p) => p.name === 'Almaty')?.timeZone).toBe('Asia/Almaty');
  });
});
