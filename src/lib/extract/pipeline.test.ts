/**
 * The seed article end to end (real geography from generated/geo): what a journalist must see
 * on the map. Each assertion is one of the facts the foundation issue lists.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoparser } from '../server/pipeline-node';
import { buildTimeline } from './pipeline';
import type { Timeline, TimelineEvent } from './types';

const seedPath = 'seeds/000_f9deb4eb91de4261.txt';
const seedText = readFileSync(seedPath, 'utf8');
let timeline: Timeline;

const placeOf = (e: TimelineEvent) => timeline.places.find((p) => p.id === e.placeIds[0])!;
const quoted = (e: TimelineEvent, words: string) => e.quote.includes(words);

beforeAll(() => {
  timeline = buildTimeline([{ path: seedPath, text: seedText }], loadGeoparser(), { today: '2026-11-25' });
});

describe('the seed article', () => {
  it('infers the reference date 2022-01-10 from "Monday" and "January 10", since the year is written nowhere', () => {
    expect(timeline.documents[0]).toMatchObject({ referenceDate: '2022-01-10', referenceDateSource: 'inferred', published: null });
  });

  it('starts with the fuel-price protests on 2 January in western Kazakhstan, drawn as an area', () => {
    const first = timeline.events[0];
    expect(first).toMatchObject({ category: 'protest', start: '2022-01-02', end: '2022-01-02', timePrecision: 'day' });
    const place = placeOf(first);
    expect(place).toMatchObject({ id: 'region:KZ:west', kind: 'region', country: 'KZ' });
    expect(place.geometry?.type).toMatch(/Polygon/);
    // West of the country, not a point at its centre: the area lies west of 65°E.
    expect(place.bbox[2]).toBeLessThan(66);
    expect(quoted(first, 'in the west of the country on January 2')).toBe(true);
  });

  it('has the seizures and arson of government buildings in the week before 10 January', () => {
    const seized = timeline.events.find((e) => e.category === 'arson-seizure')!;
    expect(seized).toMatchObject({ start: '2022-01-03', end: '2022-01-09', timePrecision: 'week' });
    expect(seized.quote).toMatch(/seized or torched in several major cities/);
  });

  it('has the Internet returning to Almaty on Monday 10 January after a 5-day break', () => {
    const back = timeline.events.find((e) => e.category === 'shutdown' && e.start === '2022-01-10')!;
    expect(back.title).toMatch(/Internet restored in Almaty/);
    expect(placeOf(back)).toMatchObject({ name: 'Almaty', kind: 'city', country: 'KZ' });
    expect(placeOf(back).lat).toBeCloseTo(43.25, 1);
    const blackout = timeline.events.find((e) => e.category === 'shutdown' && e.start !== e.end)!;
    expect(blackout).toMatchObject({ start: '2022-01-05', end: '2022-01-09' });
  });

  it('counts the 7,939 arrests once, with both sentences as sources', () => {
    const arrests = timeline.events.filter((e) => e.counts?.arrested === 7939);
    expect(arrests).toHaveLength(1);
    expect(arrests[0]).toMatchObject({ category: 'arrest', start: '2022-01-10' });
    expect(arrests[0].sources).toHaveLength(2);
    for (const s of arrests[0].sources) expect(seedText.slice(s.start, s.end)).toContain('7,939 people');
  });

  it("has Tokayev's coup-attempt speech to the CSTO meeting and Putin's condemnation of terrorism on 10 January", () => {
    const tokayev = timeline.events.find((e) => e.category === 'statement' && /Tokayev/.test(e.title))!;
    expect(tokayev.start).toBe('2022-01-10');
    expect(tokayev.quote).toMatch(/coup attempt/);
    expect(tokayev.quote).toMatch(/Collective Security Treaty Organization/);
    const putin = timeline.events.find((e) => e.category === 'statement' && /Putin/.test(e.title))!;
    expect(putin.start).toBe('2022-01-10');
    expect(putin.title).toMatch(/terrorism/);
    // Russian demonym and "led by Russia" do not put the event in Russia.
    expect(placeOf(putin).country).toBe('KZ');
  });

  it('invents no place from "Central", the CSTO or "Leave a Replay", and dates nothing outside 2–10 January 2022', () => {
    const names = timeline.places.map((p) => p.name.toLowerCase());
    for (const bad of ['central', 'collective', 'security', 'treaty', 'organization', 'leave', 'replay']) {
      expect(names.some((n) => n.split(/\s+/).includes(bad)), bad).toBe(false);
    }
    for (const e of timeline.events) {
      expect(e.start >= '2022-01-02' && e.end <= '2022-01-10', `${e.title} ${e.start}…${e.end}`).toBe(true);
    }
  });

  it('gives every event a quote that is the exact text at its source offsets', () => {
    for (const e of timeline.events) {
      for (const s of e.sources) expect(e.quote).toContain(seedText.slice(s.start, s.end));
    }
  });
});

describe('several documents and bad input', () => {
  it('lists a broken document in problems and still builds the others; ids do not depend on order', () => {
    const good = { path: seedPath, text: seedText };
    const broken = { path: 'seeds/broken.md', text: '---\ntitle: never closed\nProtests in Almaty on Monday.' };
    const binary = { path: 'seeds/image.txt', text: 'PK\u0003\u0004\u0000\u0000' };
    const a = buildTimeline([broken, good, binary], loadGeoparser(), { today: '2026-11-25' });
    expect(a.documents).toHaveLength(1);
    expect(a.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/broken\.md: front matter .* never closed/),
      expect.stringMatching(/image\.txt: binary data/)
    ]);
    expect(a.events.map((e) => e.id)).toEqual(timeline.events.map((e) => e.id));
    const b = buildTimeline([binary, good, broken], loadGeoparser(), { today: '2026-11-25' });
    expect(b).toEqual(a);
  });

  it('uses the front-matter date over inference, and --reference-date over both', () => {
    const text = `---\ntitle: Copy\npublished: 2022-01-11\n---\n${seedText}`;
    const fm = buildTimeline([{ path: 'a.md', text }], loadGeoparser(), { today: '2026-11-25' });
    expect(fm.documents[0]).toMatchObject({ referenceDate: '2022-01-11', referenceDateSource: 'front-matter' });
    const opt = buildTimeline([{ path: 'a.md', text }], loadGeoparser(), { today: '2026-11-25', referenceDate: '2022-01-12' });
    expect(opt.documents[0]).toMatchObject({ referenceDate: '2022-01-12', referenceDateSource: 'option' });
  });
});

describe('event ids', () => {
  it('are unique, even for two facts in one sentence', () => {
    const ids = timeline.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
