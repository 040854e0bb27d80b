/**
 * Timeline JSON → GeoJSON the map draws. Pure functions (no maplibre-gl) so they are unit-tested
 * without a browser. One feature per event, at the place where it happened (its first place id):
 * a polygon when that place is an area with a geometry, a point otherwise.
 */
import type { AreaGeometry, Timeline, TimelinePlace } from '$lib/extract/types';
import { categoryStyle } from '$lib/timeline/categories';
import type { IndexedEvent } from '$lib/timeline/visibility';

export interface EventFeatureProperties {
  eventId: string;
  category: string;
  color: string;
  /** Kind of the place: whole countries are drawn fainter than regions, since many events fall back to them. */
  kind: string;
  /** Span in epoch milliseconds, [start, end): compared with the map's global state on the GPU side. */
  start: number;
  end: number;
}

type Position = [number, number];
export interface EventFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: Position } | AreaGeometry;
  properties: EventFeatureProperties;
}
export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

export type Bounds = [number, number, number, number];

function validCoordinate(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

export function placeOfEvent(timeline: Pick<Timeline, 'places'>, placeIds: readonly string[]): TimelinePlace | undefined {
  const byId = new Map(timeline.places.map((place) => [place.id, place]));
  for (const id of placeIds) {
    const place = byId.get(id);
    if (place) return place;
  }
  return undefined;
}

/** Features in time order, so later events draw on top of earlier ones at the same place. */
export function eventFeatures(timeline: Pick<Timeline, 'places'>, indexed: readonly IndexedEvent[]): EventFeatureCollection {
  const byId = new Map(timeline.places.map((place) => [place.id, place]));
  const features: EventFeature[] = [];
  for (const { event, startMs, endMs } of indexed) {
    const place = event.placeIds.map((id) => byId.get(id)).find((candidate) => candidate !== undefined);
    if (!place) continue;
    const properties: EventFeatureProperties = {
      eventId: event.id,
      category: event.category,
      color: categoryStyle(event.category).color,
      kind: place.kind,
      start: startMs,
      end: endMs
    };
    if (place.geometry && (place.geometry.type === 'Polygon' || place.geometry.type === 'MultiPolygon')) {
      features.push({ type: 'Feature', geometry: place.geometry, properties });
    } else if (validCoordinate(place.lon, place.lat)) {
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [place.lon, place.lat] }, properties });
    }
  }
  return { type: 'FeatureCollection', features };
}

function extendWithPositions(bounds: Bounds, coordinates: unknown): void {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
    const [lon, lat] = coordinates as number[];
    if (!validCoordinate(lon, lat)) return;
    bounds[0] = Math.min(bounds[0], lon);
    bounds[1] = Math.min(bounds[1], lat);
    bounds[2] = Math.max(bounds[2], lon);
    bounds[3] = Math.max(bounds[3], lat);
  } else if (Array.isArray(coordinates)) {
    for (const inner of coordinates) extendWithPositions(bounds, inner);
  }
}

/** [west, south, east, north] around every feature, or null when there is nothing to show. */
export function featureBounds(collection: EventFeatureCollection): Bounds | null {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of collection.features) extendWithPositions(bounds, feature.geometry.coordinates);
  return Number.isFinite(bounds[0]) ? bounds : null;
}
