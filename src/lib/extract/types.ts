/**
 * Public data shapes of crisis-timeline (Timeline JSON, schemaVersion 1; see docs/interfaces.md §2)
 * and the intermediate shapes the pipeline stages hand to each other.
 * Pure types: imported by the pipeline, the CLI, the page and the worker alike.
 */

export type TimePrecision = 'hour' | 'day' | 'week' | 'month' | 'year';
export type PlaceKind =
  | 'city'
  | 'admin1'
  | 'country'
  | 'region'
  | 'continent'
  | 'water'
  | 'landmark'
  | 'other';
export type ReferenceDateSource = 'front-matter' | 'dateline' | 'inferred' | 'option';

export type EventCategory =
  | 'protest'
  | 'clash'
  | 'arson-seizure'
  | 'arrest'
  | 'casualties'
  | 'shutdown'
  | 'deployment'
  | 'statement'
  | 'declaration'
  | 'other';

/** GeoJSON geometry for areas (vague regions, admin-1 units, countries). Coordinates are [lng, lat]. */
export type AreaGeometry =
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

export interface TimelineDocument {
  id: string;
  path: string;
  title: string;
  published: string | null;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource | null;
  url?: string;
  source?: string;
  language?: string;
}

export interface TimelinePlace {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
  country?: string;
  geonameId?: number;
  geometry?: AreaGeometry;
  /** How sure the resolver is, 0..1. */
  confidence?: number;
  /** IANA time zone of a populated place, when known ("Asia/Almaty"). */
  timeZone?: string;
}

export interface EventSource {
  documentId: string;
  /** Offsets of the quote in the document body (UTF-16, end exclusive). */
  start: number;
  end: number;
}

export type EventCounts = Partial<
  Record<'arrested' | 'killed' | 'injured' | 'troops' | 'equipment' | 'detained', number>
>;

export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  category: EventCategory;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", local time of the place. */
  start: string;
  /** For clock times: the UTC offset of that local time ("+06:00"), from the text or the place's time zone. */
  utcOffset?: string;
  /** Inclusive, same form as start. */
  end: string;
  timePrecision: TimePrecision;
  /** First id = where it happened. */
  placeIds: string[];
  quote: string;
  sources: EventSource[];
  counts?: EventCounts;
  confidence: number;
}

export interface TimelineProblem {
  documentId: string;
  message: string;
}

export interface Timeline {
  schemaVersion: 1;
  documents: TimelineDocument[];
  places: TimelinePlace[];
  events: TimelineEvent[];
  problems: TimelineProblem[];
}

/** TIMEX3 as printed by `crisis-timeline timex`. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export interface Timex {
  start: number;
  end: number;
  type: TimexType;
  /** Normalised TIMEX3 value: 2022-01-10, 2022-W01, 2022-01, P5D, PRESENT_REF, XXXX-01-02, 2022-01-05T23:00 … */
  value: string;
  /** Optional richer data for the pipeline (not part of the CLI contract). */
  precision?: TimePrecision;
  /** For durations attached to a known end or start ("a 5-day break" ending Monday): the interval, inclusive days. */
  interval?: { start: string; end: string };
  /** For clock times with a zone written in the text ("GMT", "MSK"). */
  utcOffset?: string;
}

/** Toponym as printed by `crisis-timeline geoparse`. */
export interface Toponym {
  start: number;
  end: number;
  surface: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  country?: string;
  geonameId?: number;
}
