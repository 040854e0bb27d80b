/**
 * Several documents about the same week: the seed plus the test-fixture articles in
 * tests/fixtures/articles (written for these tests, overlapping with the seed on purpose).
 * The same fact told by several outlets must be one event listing every source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoparser } from '../server/pipeline-node';
import { placeContains } from './events';
import { buildTimeline } from './pipeline';
import type { Timeline, TimelineEvent } from './types';

const fixtures = 'tests/fixtures/articles';
const inputs = [
  { path: 'seeds/000_f9deb4eb91de4261.txt', text: readFileSync('seeds/000_f9deb4eb91de4261.txt', 'utf8') },
  ...readdirSync(fixtures).map((name) => ({ path: join(fixtures, name), text: readFileSync(join(fixtures, name), 'utf8') }))
];
let timeline: Timeline;
const docOf = (path: string) => timeline.documents.find((d) => d.path.endsWith(path))!.id;
const docsOf = (e: TimelineEvent) => new Set(e.sources.map((s) => s.documentId));
const placeOf = (e: TimelineEvent) => timeline.places.find((p) => p.id === e.placeIds[0])!;

beforeAll(() => {
  timeline = buildTimeline(inputs, loadGeoparser(), { today: '2026-11-25' });
});

describe('merging across documents', () => {
  it('reads every fixture with its own reference date (front matter, HTML metadata, dateline)', () => {
    const sources = Object.fromEntries(timeline.documents.map((d) => [d.path.split('/').pop(), [d.referenceDate, d.referenceDateSource]]));
    expect(sources).toMatchObject({
      '000_f9deb4eb91de4261.txt': ['2022-01-10', 'inferred'],
      'wire-2022-01-11.md': ['2022-01-11', 'front-matter'],
      'explainer-2022-01-12.html': ['2022-01-12', 'front-matter'],
      'brief-2022-01-10.txt': ['2022-01-10', 'dateline']
    });
    expect(timeline.problems).toEqual([]);
  });

  it('makes the arrests one event with every report, keeping each figure with its source', () => {
    const arrests = timeline.events.filter((e) => e.category === 'arrest');
    expect(arrests).toHaveLength(1);
    const [event] = arrests;
    expect(event.start).toBe('2022-01-10');
    expect(docsOf(event).size).toBe(4);
    const figures = (event.sources as Array<{ documentId: string; counts?: { arrested?: number } }>).map((s) => s.counts?.arrested);
    expect(new Set(figures)).toEqual(new Set([7939, 8000]));
    expect(event.counts?.arrested).toBe(7939);
  });

  it('joins the Internet returning to Almaty on 10 January from all four documents, and keeps the earlier blackout apart', () => {
    const restored = timeline.events.filter((e) => e.category === 'shutdown' && e.start === '2022-01-10');
    expect(restored).toHaveLength(1);
    expect(placeOf(restored[0]).name).toBe('Almaty');
    expect(docsOf(restored[0]).size).toBe(4);
    const blackout = timeline.events.find((e) => e.category === 'shutdown' && e.start === '2022-01-05' && e.end === '2022-01-09')!;
    expect(docsOf(blackout)).toEqual(new Set([docOf('000_f9deb4eb91de4261.txt'), docOf('wire-2022-01-11.md')]));
  });

  it('places the first protests at Zhanaozen once another report names the town inside "the west of the country"', () => {
    const first = timeline.events[0];
    expect(first).toMatchObject({ category: 'protest', start: '2022-01-02' });
    expect(placeOf(first).name).toBe('Zhanaozen');
    expect(docsOf(first).size).toBe(3);
    // The explainer's undated recap ("Protests that started over fuel prices in western Kazakhstan") joins it
    // instead of becoming an event on its publication date.
    expect(timeline.events.some((e) => e.category === 'protest' && e.start === '2022-01-12')).toBe(false);
  });

  it('keeps facts apart that only look alike: different days, different figures for different things', () => {
    const killed = timeline.events.filter((e) => e.category === 'casualties').map((e) => [e.start, e.counts?.killed ?? null]);
    expect(killed).toEqual(expect.arrayContaining([['2022-01-07', 164], ['2022-01-10', 16]]));
    const statements = timeline.events.filter((e) => e.category === 'statement' && /Tokayev/.test(e.title));
    expect(statements.map((e) => e.start).sort()).toEqual(['2022-01-07', '2022-01-10']);
  });

  it('ignores the dateline place and date of wire copy when placing and dating events', () => {
    // "ALMATY, Jan 11 (Test Wire) - Kazakh authorities said … 7,939 people": not in Almaty, not 11 arrests.
    const wire = docOf('wire-2022-01-11.md');
    const arrest = timeline.events.find((e) => e.category === 'arrest' && docsOf(e).has(wire))!;
    expect(placeOf(arrest).kind).toBe('country');
    expect(timeline.events.some((e) => Object.values(e.counts ?? {}).includes(11))).toBe(false);
  });
});

describe('placeContains', () => {
  it('puts Zhanaozen inside western Kazakhstan and Almaty outside it', () => {
    const region = timeline.places.find((p) => p.id === 'region:KZ:west');
    const zhanaozen = timeline.places.find((p) => p.name === 'Zhanaozen')!;
    const almaty = timeline.places.find((p) => p.name === 'Almaty')!;
    expect(region).toBeDefined();
    expect(placeContains(region!, zhanaozen)).toBe(true);
    expect(placeContains(region!, almaty)).toBe(false);
    const kz = timeline.places.find((p) => p.id === 'country:KZ')!;
    expect(placeContains(kz, almaty)).toBe(true);
  });
});
