import { describe, expect, it } from 'vitest';
import type { TimelinePlace } from '$lib/extract/types';
import { seedEvents } from '$lib/timeline/fixtures';
import { indexEvents } from '$lib/timeline/visibility';
import { eventFeatures, featureBounds } from './features';

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
