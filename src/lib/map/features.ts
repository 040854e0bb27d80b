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
  /** Shown on hover. */
  title: string;
  /** Where the event happened (areas draw their fill once per place, from `areaFeatures`). */
  placeId: string;
  /** 1 for an event without counts, up to 2.2 for thousands of people: scales the point's radius. */
  size: number;
  category: string;
  color: string;
  /** The category's colour for the dark theme (≥ 3:1 against the dark map). */
  darkColor: string;
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
      title: event.title,
      placeId: place.id,
      size: sizeForCounts(event.counts),
      category: event.category,
      color: categoryStyle(event.category).color,
      darkColor: categoryStyle(event.category).darkColor,
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
  spreadSharedPoints(features);
  return { type: 'FeatureCollection', features };
}

/** People involved (arrested, killed, injured, troops…) → a radius factor on a square-root scale, capped. */
export function sizeForCounts(counts: Record<string, number | undefined> | undefined): number {
  let people = 0;
  for (const value of Object.values(counts ?? {})) if (typeof value === 'number' && Number.isFinite(value) && value > 0) people = Math.max(people, value);
  return people === 0 ? 1 : Math.round(Math.min(2.2, 1 + Math.sqrt(people) / 60) * 100) / 100;
}

/**
 * Events at the very same point would hide each other: spread them evenly on a small ring around it
 * (radius in degrees, about a marker's width at a country-wide view), earliest to the north.
 * Positions stay stable over time because every event at the point takes part, visible or not.
 */
export function spreadSharedPoints(features: EventFeature[], radiusDegrees = 0.35): void {
  const groups = new Map<string, EventFeature[]>();
  for (const feature of features) {
    if (feature.geometry.type !== 'Point') continue;
    const key = feature.geometry.coordinates.join(',');
    groups.set(key, [...(groups.get(key) ?? []), feature]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.forEach((feature, index) => {
      const [lon, lat] = feature.geometry.coordinates as Position;
      const angle = (2 * Math.PI * index) / group.length;
      // Longitude degrees shrink with latitude: widen them so the ring stays round on the map.
      const lonScale = 1 / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
      feature.geometry = {
        type: 'Point',
        coordinates: [round(lon + radiusDegrees * Math.sin(angle) * lonScale), round(lat + radiusDegrees * Math.cos(angle))]
      };
    });
  }
}

const round = (value: number) => Math.round(value * 1e5) / 1e5;

export interface AreaFeatureProperties {
  placeId: string;
  name: string;
  kind: string;
  /** Colour of the events' category, or of the most recent one when they differ (see `mixed`). */
  color: string;
  /** The category's colour for the dark theme (≥ 3:1 against the dark map). */
  darkColor: string;
  /** Events of several categories share this area: drawn in a neutral colour, as no one category owns it. */
  mixed: boolean;
  /** 'current' if any event there is running in the period, else 'past'; places with only future events are left out. */
  status: 'current' | 'past';
  /** An event there starts in the period shown: its edge is emphasised for that day. */
  fresh: boolean;
}
export interface AreaFeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; geometry: AreaGeometry; properties: AreaFeatureProperties }[];
}

/**
 * One translucent fill per area (region, country) with events so far. Drawing one fill per event
 * would stack: seven country-level events would turn the whole country into an opaque blob.
 * `visible` says which events count (category filters); `period` is the time shown.
 */
export function areaFeatures(
  timeline: Pick<Timeline, 'places'>,
  indexed: readonly IndexedEvent[],
  period: { start: Date; end: Date },
  visible: (eventId: string) => boolean = () => true
): AreaFeatureCollection {
  const byId = new Map(timeline.places.map((place) => [place.id, place]));
  const areas = new Map<string, { place: TimelinePlace; color: string; darkColor: string; mixed: boolean; current: boolean; fresh: boolean }>();
  for (const { event, startMs, endMs } of indexed) {
    if (startMs >= +period.end || !visible(event.id)) continue;
    const place = event.placeIds.map((id) => byId.get(id)).find((candidate) => candidate !== undefined);
    if (!place?.geometry) continue;
    const current = endMs > +period.start;
    const fresh = startMs >= +period.start;
    const area = areas.get(place.id);
    const { color, darkColor } = categoryStyle(event.category);
    if (!area) areas.set(place.id, { place, color, darkColor, mixed: false, current, fresh });
    else {
      areas.set(place.id, { place, color, darkColor, mixed: area.mixed || area.color !== color, current: area.current || current, fresh: area.fresh || fresh });
    }
  }
  return {
    type: 'FeatureCollection',
    features: [...areas.values()].map(({ place, color, darkColor, mixed, current, fresh }) => ({
      type: 'Feature',
      geometry: place.geometry!,
      properties: { placeId: place.id, name: place.name, kind: place.kind, color, darkColor, mixed, status: current ? 'current' : 'past', fresh }
    }))
  };
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
