/** Analysts' data in and out: ACLED-style CSV and GeoJSON imports, exports, and lossless round trips. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoparser } from '../server/pipeline-node';
import { parseCsv } from './csv';
import { toCSV, toGeoJSON } from './formats';
import { acledCategory, importFile, parseImportDate } from './imports';
import { buildTimeline } from './pipeline';
import type { Timeline } from './types';

const acledPath = 'tests/fixtures/data/acled-style-sample.csv';
const acled = readFileSync(acledPath, 'utf8');
const seed = { path: 'seeds/000_f9deb4eb91de4261.txt', text: readFileSync('seeds/000_f9deb4eb91de4261.txt', 'utf8') };
let extracted: Timeline;

beforeAll(() => {
  extracted = buildTimeline([seed], loadGeoparser(), { today: '2026-11-25' });
});

describe('ACLED-style CSV', () => {
  it('imports each row with its category, date precision, point, fatalities and notes; a bad row is reported and skipped', () => {
    const { drafts, problems } = importFile(acledPath, acled, { countryCode: (name) => (name === 'Kazakhstan' ? 'KZ' : undefined) });
    expect(problems).toEqual(['line 5: no valid date (event_date: "not a date")']);
    expect(drafts.map((d) => [d.id, d.category, d.range.start, d.range.end, d.range.precision])).toEqual([
      ['acled-KAZFIX1', 'protest', '2022-01-02', '2022-01-02', 'day'],
      ['acled-KAZFIX2', 'clash', '2022-01-05', '2022-01-05', 'day'],
      // time_precision 2: somewhere in that week
      ['acled-KAZFIX3', 'casualties', '2022-01-03', '2022-01-09', 'week']
    ]);
    expect(drafts[2].counts).toEqual({ killed: 12 });
    expect(drafts[0].places[0]).toMatchObject({ name: 'Zhanaozen', kind: 'city', country: 'KZ', lat: 43.3412, lon: 52.8619 });
    // The source offsets cite the row in the file, like a sentence in an article.
    const source = drafts[0].sources[0];
    expect(acled.slice(source.start, source.end)).toMatch(/^KAZFIX1,02 January 2022/);
  });

  it('merges a dataset row with the same fact found in an article', () => {
    const timeline = buildTimeline([seed, { path: acledPath, text: acled }], loadGeoparser(), { today: '2026-11-25' });
    const protests = timeline.events.filter((e) => e.category === 'protest' && e.start === '2022-01-02');
    expect(protests).toHaveLength(1);
    expect(new Set(protests[0].sources.map((s) => s.documentId)).size).toBe(2);
    expect(timeline.problems).toHaveLength(1);
    expect(timeline.events.length).toBe(extracted.events.length + 2);
  });

  it('maps the ACLED codebook onto our categories', () => {
    expect(acledCategory('Strategic developments', 'Arrests', 0)).toBe('arrest');
    expect(acledCategory('Strategic developments', 'Looting/property destruction', 0)).toBe('arson-seizure');
    expect(acledCategory('Battles', 'Armed clash', 3)).toBe('casualties');
    expect(acledCategory('Riots', 'Mob violence', 0)).toBe('clash');
  });

  it('reads the date forms analysts export, and rejects impossible ones', () => {
    expect(parseImportDate('10 January 2022')).toBe('2022-01-10');
    expect(parseImportDate('10-Jan-2022')).toBe('2022-01-10');
    expect(parseImportDate('2022-01-10T23:00')).toBe('2022-01-10T23:00');
    expect(parseImportDate('30 February 2022')).toBeNull();
    expect(parseImportDate('2022-13-01')).toBeNull();
  });

  it('says where an unclosed quote is instead of swallowing the file', () => {
    expect(() => parseCsv('a,b\n"open,2\n3,4\n')).toThrow(/never closed/);
    const timeline = buildTimeline([seed, { path: 'broken.csv', text: 'event_date,latitude\n"2022-01-02,43\n' }], loadGeoparser(), { today: '2026-11-25' });
    expect(timeline.problems[0].message).toMatch(/broken\.csv: .*never closed/);
    expect(timeline.events.length).toBe(extracted.events.length);
  });
});

describe('round trips', () => {
  const shared = (t: Timeline) =>
    t.events.map((e) => {
      const place = t.places.find((p) => p.id === e.placeIds[0])!;
      return {
        id: e.id,
        title: e.title,
        category: e.category,
        start: e.start,
        end: e.end,
        timePrecision: e.timePrecision,
        counts: e.counts ?? {},
        quote: e.quote,
        place: { name: place.name, kind: place.kind, lat: place.lat, lon: place.lon, country: place.country }
      };
    });

  it('GeoJSON export → import keeps every shared field, areas included', () => {
    const geojson = JSON.stringify(toGeoJSON(extracted));
    const back = buildTimeline([{ path: 'export.geojson', text: geojson }], loadGeoparser(), { today: '2026-11-25' });
    expect(back.problems).toEqual([]);
    expect(shared(back)).toEqual(shared(extracted));
    const area = back.places.find((p) => p.id === 'region:KZ:west')!;
    expect(area.geometry).toEqual(extracted.places.find((p) => p.id === 'region:KZ:west')!.geometry);
    expect(back.events.map((e) => e.sources)).toEqual(extracted.events.map((e) => e.sources.map(({ documentId, start, end }) => ({ documentId, start, end }))));
  });

  it('CSV export → import keeps ids, dates, categories, titles, place ids and points, counts and quotes', () => {
    const csv = toCSV(extracted);
    const back = buildTimeline([{ path: 'export.csv', text: csv }], loadGeoparser(), { today: '2026-11-25' });
    expect(back.problems).toEqual([]);
    expect(shared(back)).toEqual(shared(extracted));
    expect(back.events.map((e) => e.placeIds[0])).toEqual(extracted.events.map((e) => e.placeIds[0]));
  });
});
