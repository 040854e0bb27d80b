/**
 * The rules are meant to be general: two fixture articles about other crises
 * (tests/fixtures/other-crises) go through the same pipeline as the Kazakhstan seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoparser } from '../server/pipeline-node';
import { buildTimeline } from './pipeline';
import type { Timeline, TimelineEvent } from './types';

const dir = 'tests/fixtures/other-crises';
let timeline: Timeline;
const placeOf = (e: TimelineEvent) => timeline.places.find((p) => p.id === e.placeIds[0])!;

beforeAll(() => {
  const inputs = readdirSync(dir).map((name) => ({ path: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
  timeline = buildTimeline(inputs, loadGeoparser(), { today: '2026-11-25' });
});

describe('the Turkey–Syria earthquake (wire copy with a dateline, no front matter)', () => {
  it('takes the reference date from the dateline', () => {
    expect(timeline.documents.find((d) => d.path.includes('quake'))).toMatchObject({ referenceDate: '2023-02-06', referenceDateSource: 'dateline' });
  });

  it('counts the dead, not the magnitude, and places them in each country', () => {
    const deaths = timeline.events.filter((e) => e.category === 'casualties' && e.start.startsWith('2023-02-06'));
    const byCountry = Object.fromEntries(deaths.map((e) => [placeOf(e).country, e.counts?.killed]));
    expect(byCountry).toMatchObject({ TR: 2300, SY: 810 });
    expect(timeline.events.some((e) => Object.values(e.counts ?? {}).some((n) => !Number.isInteger(n)))).toBe(false);
  });

  it('does not carry a time of day ("at 04:17") into the sentences after it', () => {
    const mourning = timeline.events.find((e) => e.category === 'declaration' && e.start.startsWith('2023'))!;
    expect(mourning).toMatchObject({ start: '2023-02-06', timePrecision: 'day' });
    expect(mourning.title).toMatch(/^Seven days of national mourning declared/);
  });
});

describe('Sri Lanka, July 2022 (front matter, weekdays, a month)', () => {
  it('dates "On Saturday" before a Wednesday article, and "began in March" as a month', () => {
    const stormed = timeline.events.find((e) => /overran/.test(e.quote))!;
    expect(stormed).toMatchObject({ category: 'arson-seizure', start: '2022-07-09' });
    const began = timeline.events.find((e) => e.category === 'protest' && e.timePrecision === 'month')!;
    expect(began).toMatchObject({ start: '2022-03-01', end: '2022-03-31' });
  });

  it('keeps the dateline out of titles and counts', () => {
    for (const e of timeline.events) expect(e.title).not.toMatch(/^(COLOMBO|ISTANBUL)|Test Wire|July 13 \(/);
    const injured = timeline.events.find((e) => e.counts?.injured)!;
    expect(injured.counts).toEqual({ injured: 84 });
  });
});

describe('Sudan, April 2023 (fighting in a capital)', () => {
  const sudan = () => timeline.events.filter((e) => e.start.startsWith('2023-04'));

  it('reads air strikes as attacks, not as labour strikes', () => {
    const strikes = sudan().find((e) => /strikes on RSF bases/.test(e.quote))!;
    expect(strikes.category).toBe('clash');
    expect(sudan().some((e) => e.category === 'protest')).toBe(false);
  });

  it('places "across the city" at the city named before, and "across the capital" at the capital', () => {
    const gunfire = sudan().find((e) => /gunfire were heard across the city/.test(e.quote))!;
    expect(placeOf(gunfire).name).toBe('Khartoum');
    const troops = timeline.events.find((e) => /deployed across the capital/.test(e.quote))!;
    expect(placeOf(troops)).toMatchObject({ name: 'Colombo', country: 'LK' });
  });

  it('counts soldiers who were detained as people detained, and written-out numbers', () => {
    const detained = sudan().find((e) => /27 Egyptian soldiers/.test(e.quote))!;
    expect(detained.counts).toEqual({ arrested: 27 });
    const staff = sudan().find((e) => /three of its employees/.test(e.quote))!;
    expect(staff.counts?.killed).toBe(3);
    expect(staff.title).toBe('Three of its employees killed');
  });
});

describe('Iran, September 2022 (a dateline without a year)', () => {
  const iran = () => timeline.events.filter((e) => timeline.documents.find((d) => d.path.includes('iran'))!.id === e.sources[0].documentId);

  it('counts the whole, not the part named after "including"', () => {
    const deaths = iran().find((e) => e.category === 'casualties')!;
    expect(deaths.counts).toEqual({ killed: 17 });
    expect(deaths.title).toBe('17 people killed');
  });

  it('finds the speaker of "President X, speaking at …, said", and a death mentioned in a statement is not a casualty report', () => {
    const statement = iran().find((e) => /investigated/.test(e.quote))!;
    expect(statement.category).toBe('statement');
    expect(statement.title).toMatch(/^Raisi says the death would be investigated/);
  });

  it('reads "set fire to" as arson and "mobile internet was disrupted" as a shutdown', () => {
    expect(iran().find((e) => /police station/.test(e.quote))!.category).toBe('arson-seizure');
    expect(iran().find((e) => /internet was disrupted/.test(e.quote))!.category).toBe('shutdown');
  });
});
