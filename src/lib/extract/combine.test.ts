import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGeoparser } from '../server/pipeline-node';
import { combineTimelines } from './combine';
import { buildTimeline } from './pipeline';

const build = (path: string) => buildTimeline([{ path, text: readFileSync(path, 'utf8') }], loadGeoparser(), { today: '2026-11-25' });

describe('combineTimelines', () => {
  it('adds a pasted article to the published timeline without duplicating documents, places or events', () => {
    const seed = build('seeds/000_f9deb4eb91de4261.txt');
    const quake = build('tests/fixtures/other-crises/quake-2023-02-06.txt');
    const both = combineTimelines(seed, quake);
    expect(both.documents).toHaveLength(2);
    expect(both.events).toHaveLength(seed.events.length + quake.events.length);
    expect(both.events.map((e) => e.start)).toEqual([...both.events.map((e) => e.start)].sort());
    expect(combineTimelines(both, quake)).toEqual(both);
    const ids = new Set(both.places.map((p) => p.id));
    for (const e of both.events) for (const id of e.placeIds) expect(ids.has(id)).toBe(true);
  });
});
