import { describe, expect, it } from 'vitest';
import type { TimelineEvent, TimelinePlace } from '$lib/extract/types';
import { highlightTerms, placePrecisionText, quoteSegments } from './describe';

// A sentence of the seed article and the reasons the pipeline gave for it.
const quote =
  'Kazakhstan presented the violence in Almaty as an attack by “terrorist groups”, which began with demonstrations against the hike in fuel prices in the west of the country on January 2.';
const protests = {
  id: 'p', title: 'Protests in western Kazakhstan', summary: '', category: 'protest', start: '2022-01-02', end: '2022-01-02',
  timePrecision: 'day', placeIds: ['west'], quote, sources: [], confidence: 0.85,
  reasons: ['date from "January 2"', 'place named after "in": the west of the country', 'cue "demonstrations" → protest']
} as TimelineEvent;
const west: TimelinePlace = { id: 'west', name: 'western Kazakhstan', kind: 'region', lat: 47, lon: 53, bbox: [46, 41, 61, 51] };

describe('quote highlighting', () => {
  it('marks the date and place words the pipeline read, and keeps every character', () => {
    const segments = quoteSegments(quote, highlightTerms(protests, west));
    expect(segments.map((segment) => segment.text).join('')).toBe(quote);
    expect(segments.filter((segment) => segment.mark).map((segment) => [segment.mark, segment.text])).toEqual([
      ['place', 'the west of the country'],
      ['date', 'January 2']
    ]);
  });

  it('falls back to the place name and the written date when there are no reasons', () => {
    const plain = { ...protests, reasons: undefined, quote: 'On 2 January crowds gathered in Western Kazakhstan.' } as TimelineEvent;
    const marked = quoteSegments(plain.quote, highlightTerms(plain, west)).filter((segment) => segment.mark);
    expect(marked.map((segment) => segment.text)).toEqual(['2 January', 'Western Kazakhstan']);
  });

  it('treats markup in the article as text', () => {
    const segments = quoteSegments('<img src=x onerror=alert(1)> in Almaty', [{ text: 'Almaty', kind: 'place' }]);
    expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)> in ' });
  });
});

describe('place precision', () => {
  it('says how vague a place is', () => {
    expect(placePrecisionText(west)).toBe('area: western Kazakhstan, approximate');
    expect(placePrecisionText({ ...west, name: 'Kazakhstan', kind: 'country' })).toMatch(/^whole country: Kazakhstan/);
    expect(placePrecisionText({ ...west, name: 'Almaty', kind: 'city' })).toBe('point: Almaty');
  });
});
