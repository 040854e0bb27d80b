/** An editor's corrections applied to the seed's timeline, and surviving a re-run of the pipeline. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoparser } from '../server/pipeline-node';
import { buildTimeline } from './pipeline';
import { applyReview, emptyReview, parseReview, ReviewError, withCorrection } from './review';
import type { Timeline } from './types';

const seedText = readFileSync('seeds/000_f9deb4eb91de4261.txt', 'utf8');
const run = (text = seedText) => buildTimeline([{ path: 'seeds/a.txt', text }], loadGeoparser(), { today: '2026-11-25' });
let timeline: Timeline;
beforeAll(() => {
  timeline = run();
});
const find = (t: Timeline, pattern: RegExp) => t.events.find((e) => pattern.test(e.title))!;

describe('applyReview', () => {
  it('changes title, category, time and place, and hides events, keeping them restorable', () => {
    const arrests = find(timeline, /7,939/);
    const putin = find(timeline, /Putin/);
    let review = withCorrection(emptyReview(), arrests, { title: 'Nearly 8,000 detained', start: '2022-01-09', end: '2022-01-10', place: { name: 'Almaty', lat: 43.25, lon: 76.92 } });
    review = withCorrection(review, putin, { hidden: true, note: 'not an event in Kazakhstan' });
    const reviewed = applyReview(timeline, review);
    const corrected = reviewed.events.find((e) => e.id === arrests.id)!;
    expect(corrected).toMatchObject({ title: 'Nearly 8,000 detained', start: '2022-01-09', end: '2022-01-10', counts: { arrested: 7939 } });
    expect(reviewed.places.find((p) => p.id === corrected.placeIds[0])).toMatchObject({ name: 'Almaty', lat: 43.25, lon: 76.92 });
    expect(reviewed.events.some((e) => e.id === putin.id)).toBe(false);
    expect(reviewed.hiddenEvents?.map((e) => e.id)).toEqual([putin.id]);
    // The pipeline's own output is untouched.
    expect(find(timeline, /7,939/).title).toBe(arrests.title);
  });

  it('lets the editor pick another place the text offered', () => {
    const internet = find(timeline, /Internet restored/);
    expect(internet.placeIds).toContain('country:KZ');
    const reviewed = applyReview(timeline, withCorrection(emptyReview(), internet, { placeId: 'country:KZ' }));
    expect(reviewed.events.find((e) => e.id === internet.id)!.placeIds[0]).toBe('country:KZ');
  });

  it('survives re-running the pipeline, and finds the event again by its sources when its id changed', () => {
    const seized = find(timeline, /seized or torched/);
    const review = withCorrection(emptyReview(), seized, { category: 'clash', title: 'Government buildings attacked' });
    const again = applyReview(run(), review);
    expect(find(again, /Government buildings attacked/)).toMatchObject({ id: seized.id, category: 'clash' });
    // An edit elsewhere in the article changes the event's id; the correction still applies.
    // An edit in another paragraph changes the document's id and the event's offsets.
    const edited = run(seedText.replace('He said that Kazakhstan will provide evidence', 'He said that Kazakhstan would soon provide evidence'));
    const moved = edited.events.find((e) => e.quote === seized.quote)!;
    expect(moved.sources[0].documentId).not.toBe(seized.sources[0].documentId);
    expect(moved.sources[0].start).not.toBe(seized.sources[0].start);
    expect(applyReview(edited, review).events.find((e) => e.quote === seized.quote)).toMatchObject({ title: 'Government buildings attacked', category: 'clash' });
  });

  it('reports corrections whose event is gone instead of dropping them silently', () => {
    const review = parseReview(JSON.stringify({ version: 1, corrections: { 'ev-gone': { title: 'x' } } }));
    expect(applyReview(timeline, review).orphanCorrections).toEqual(['ev-gone']);
  });
});

describe('parseReview', () => {
  it('explains what is wrong with a malformed file', () => {
    expect(() => parseReview('{"version":1,"corrections":')).toThrow(/not valid JSON/);
    expect(() => parseReview('[]')).toThrow(/JSON object/);
    expect(() => parseReview('{"version":2,"corrections":{}}')).toThrow(/version must be 1/);
    expect(() => parseReview('{"version":1,"corrections":{"ev-1":{"start":"2022-02-30x"}}}')).toThrow(/ev-1: "start"/);
    expect(() => parseReview('{"version":1,"corrections":{"ev-1":{"category":"riot"}}}')).toThrow(ReviewError);
    expect(() => parseReview('{"version":1,"corrections":{"ev-1":{"place":{"name":"X","lat":95,"lon":0}}}}')).toThrow(/lat/);
  });
});
