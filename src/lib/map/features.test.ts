import { describe, expect, it } from 'vitest';
import type { TimelinePlace } from '$lib/extract/types';
import { seedEvents } from '$lib/timeline/fixtures';
import { indexEvents } from '$lib/timeline/visibility';
import { areaFeatures, eventFeatures, featureBounds, sizeForCounts } from './features';
import { parseCalendarTime } from '$lib/timeline/dates';
import { cursorPeriod } from '$lib/timeline/visibility';

// "in the west of the country" is an area; Almaty a point (coordinates from GeoNames).
const westernKazakhstan: TimelinePlace = {
  id: 'west', name: 'western Kazakhstan', kind: 'region', lat: 47, lon: 53.5, bbox: [46.5, 41, 61.5, 51.6],
  geometry: { type: 'Polygon', coordinates: [[[46.5, 48], [61.5, 51.6], [56, 41], [46.5, 48]]] }
};
const almaty: TimelinePlace = { id: 'almaty', name: 'Almaty', kind: 'city', lat: 43.25, lon: 76.92, bbox: [76.7, 43.1, 77.1, 43.4] };

describe('event features', () => {
  const events = [
    { ...seedEvents[2], placeIds: ['west'] },
    { ...seedEvents[1], placeIds: ['missing', 'almaty'] },
    { ...seedEvents[0], placeIds: [] }
  ];
  const collection = eventFeatures({ places: [westernKazakhstan, almaty] }, indexEvents(events));

  it('draws an area as its polygon and a town as a point, skipping events with no known place', () => {
    expect(collection.features.map((feature) => [feature.properties.eventId, feature.geometry.type])).toEqual([
      ['protests', 'Polygon'],
      ['internet', 'Point']
    ]);
    expect(collection.features[1].geometry.coordinates).toEqual([76.92, 43.25]);
  });

  it('carries the span so the map can dim past events', () => {
    const internet = collection.features[1].properties;
    expect(internet.end - internet.start).toBe(5 * 86_400_000);
  });

  it('frames both the polygon and the point', () => {
    expect(featureBounds(collection)).toEqual([46.5, 41, 76.92, 51.6]);
    expect(featureBounds({ type: 'FeatureCollection', features: [] })).toBeNull();
  });
});

describe('what stacks and what spreads', () => {
  const kazakhstan: TimelinePlace = {
    id: 'kz', name: 'Kazakhstan', kind: 'country', lat: 48, lon: 67, bbox: [46.5, 40.6, 87.3, 55.4],
    geometry: { type: 'Polygon', coordinates: [[[46.5, 40.6], [87.3, 40.6], [87.3, 55.4], [46.5, 55.4], [46.5, 40.6]]] }
  };
  const period = (day: string) => cursorPeriod({ time: parseCalendarTime(day)!, withTime: false });

  it('fills a country once however many events fall back to it', () => {
    // On 10 January the seed article has several events known only as "in Kazakhstan".
    const events = indexEvents(seedEvents.map((event) => ({ ...event, placeIds: ['kz'] })));
    const areas = areaFeatures({ places: [kazakhstan] }, events, period('2022-01-10'));
    expect(areas.features).toHaveLength(1);
    expect(areas.features[0].properties.status).toBe('current');
    // The fixture's events are all 'other'; a second category makes the area neutral.
    expect(areas.features[0].properties.mixed).toBe(false);
    const mixed = indexEvents([{ ...seedEvents[0], placeIds: ['kz'] }, { ...seedEvents[1], category: 'shutdown', placeIds: ['kz'] }]);
    expect(areaFeatures({ places: [kazakhstan] }, mixed, period('2022-01-10')).features[0].properties.mixed).toBe(true);
    expect(areaFeatures({ places: [kazakhstan] }, events, period('2022-01-01')).features).toHaveLength(0);
  });

  it('dims an area once its events are over, and leaves out filtered events', () => {
    const protests = indexEvents([{ ...seedEvents[2], placeIds: ['kz'] }]);
    expect(areaFeatures({ places: [kazakhstan] }, protests, period('2022-01-02')).features[0].properties.fresh).toBe(true);
    expect(areaFeatures({ places: [kazakhstan] }, protests, period('2022-01-04')).features[0].properties.fresh).toBe(false);
    expect(areaFeatures({ places: [kazakhstan] }, protests, period('2022-01-04')).features[0].properties.status).toBe('past');
    expect(areaFeatures({ places: [kazakhstan] }, protests, period('2022-01-04'), () => false).features).toHaveLength(0);
  });

  it('spreads events at the same town so none hides another', () => {
    const atAlmaty = indexEvents(seedEvents.map((event) => ({ ...event, placeIds: ['almaty'] })));
    const points = eventFeatures({ places: [almaty] }, atAlmaty).features.map((feature) => feature.geometry.coordinates.join());
    expect(new Set(points).size).toBe(seedEvents.length);
  });

  it('draws bigger points for more people', () => {
    expect(sizeForCounts(undefined)).toBe(1);
    expect(sizeForCounts({ killed: 16 })).toBeGreaterThan(1);
    expect(sizeForCounts({ arrested: 7939 })).toBeGreaterThan(sizeForCounts({ killed: 16 }));
    expect(sizeForCounts({ arrested: 1e9 })).toBe(2.2);
  });
});
