/**
 * An editor's corrections, kept in a file beside the seeds (seeds/review.json) and applied after
 * every pipeline run, so a fix made once survives re-running the extraction.
 *
 * Corrections are keyed by event id. Ids are derived from content, so they are stable while the
 * text is; when a document changes and an id with it, the correction is found again through the
 * sources it recorded (document id and offset of the quote).
 */
import { stableHash } from './hash';
import type { EventCategory, Timeline, TimelineEvent, TimelinePlace, TimePrecision } from './types';

export interface EventCorrection {
  /** Hide the event from the timeline (it stays in `hiddenEvents` so it can be restored). */
  hidden?: boolean;
  title?: string;
  category?: EventCategory;
  start?: string;
  end?: string;
  timePrecision?: TimePrecision;
  /** Another place of the timeline, e.g. an alternative the geoparser offered. */
  placeId?: string;
  /** Or a place set by hand. */
  place?: { name: string; lat: number; lon: number };
  /** Sources of the event when it was corrected ("documentId:start"), to find it again if its id changes. */
  sources?: string[];
  note?: string;
}

export interface ReviewFile {
  version: 1;
  corrections: Record<string, EventCorrection>;
}

export class ReviewError extends Error {}

/** The quoted words of an event, hashed: "quote:<hash>". */
export function quoteKey(event: Pick<TimelineEvent, 'quote'>): string {
  return `quote:${stableHash(event.quote.replace(/\s+/g, ' ').trim())}`;
}

/** The key of a source for finding a corrected event again: "documentId:start". */
export function eventSourceKey(source: { documentId: string; start: number }): string {
  return `${source.documentId}:${source.start}`;
}

const CATEGORIES = new Set(['protest', 'clash', 'arson-seizure', 'arrest', 'casualties', 'shutdown', 'deployment', 'statement', 'declaration', 'other']);
const PRECISIONS = new Set(['hour', 'day', 'week', 'month', 'year']);
const TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

export function emptyReview(): ReviewFile {
  return { version: 1, corrections: {} };
}

/** Parses and checks a review file; every problem is reported with the event it concerns. */
export function parseReview(text: string): ReviewFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ReviewError(`review file is not valid JSON (${(error as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ReviewError('review file must be a JSON object');
  const { version, corrections } = data as { version?: unknown; corrections?: unknown };
  if (version !== 1) throw new ReviewError(`review file version must be 1, not ${JSON.stringify(version)}`);
  if (!corrections || typeof corrections !== 'object' || Array.isArray(corrections)) throw new ReviewError('"corrections" must be an object keyed by event id');
  for (const [id, correction] of Object.entries(corrections as Record<string, unknown>)) {
    const problem = checkCorrection(correction);
    if (problem) throw new ReviewError(`correction for ${id}: ${problem}`);
  }
  return data as ReviewFile;
}

export function checkCorrection(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'must be an object';
  const c = value as Record<string, unknown>;
  if (c.hidden !== undefined && typeof c.hidden !== 'boolean') return '"hidden" must be true or false';
  for (const key of ['title', 'placeId', 'note'] as const) {
    if (c[key] !== undefined && (typeof c[key] !== 'string' || !(c[key] as string).trim())) return `"${key}" must be a non-empty string`;
  }
  if (c.category !== undefined && !CATEGORIES.has(c.category as string)) return `unknown category ${JSON.stringify(c.category)}`;
  if (c.timePrecision !== undefined && !PRECISIONS.has(c.timePrecision as string)) return `unknown timePrecision ${JSON.stringify(c.timePrecision)}`;
  for (const key of ['start', 'end'] as const) {
    if (c[key] !== undefined && (typeof c[key] !== 'string' || !TIME.test(c[key] as string))) return `"${key}" must be YYYY-MM-DD or YYYY-MM-DDTHH:MM`;
  }
  if (typeof c.start === 'string' && typeof c.end === 'string' && c.end < c.start) return '"end" is before "start"';
  if (c.place !== undefined) {
    const p = c.place as Record<string, unknown>;
    if (!p || typeof p.name !== 'string' || !p.name.trim()) return '"place.name" must be a non-empty string';
    if (typeof p.lat !== 'number' || Math.abs(p.lat) > 90 || typeof p.lon !== 'number' || Math.abs(p.lon) > 180) return '"place" needs lat in [-90, 90] and lon in [-180, 180]';
  }
  if (c.sources !== undefined && (!Array.isArray(c.sources) || c.sources.some((s) => typeof s !== 'string'))) return '"sources" must be a list of strings';
  return null;
}

export interface ReviewedTimeline extends Timeline {
  /** Events an editor hid, with their corrections, so they can be restored. */
  hiddenEvents?: TimelineEvent[];
  /** Corrections whose event is no longer produced by the pipeline (kept in the file, reported here). */
  orphanCorrections?: string[];
}

/** Applies corrections to a timeline; the input is not changed. */
export function applyReview(timeline: Timeline, review: ReviewFile): ReviewedTimeline {
  const places = new Map(timeline.places.map((p) => [p.id, p]));
  // First by id; then, for corrections whose id is gone, the event whose sources agree best with the
  // ones recorded (one sentence can hold two facts, so a single shared source is not enough).
  const match = new Map<string, string>(); // event id → correction id
  const used = new Set<string>();
  for (const event of timeline.events) {
    if (review.corrections[event.id]) {
      match.set(event.id, event.id);
      used.add(event.id);
    }
  }
  for (const [id, correction] of Object.entries(review.corrections)) {
    if (used.has(id) || !correction.sources?.length) continue;
    const recorded = new Set(correction.sources);
    let best: { event: TimelineEvent; score: number } | null = null;
    const recordedSources = [...recorded].filter((k) => !k.startsWith('quote:'));
    for (const event of timeline.events) {
      if (match.has(event.id)) continue;
      // The same quoted words identify the event even when an edit elsewhere changed the document's id.
      if (recorded.has(quoteKey(event))) {
        best = { event, score: 1 };
        break;
      }
      const keys = event.sources.map(eventSourceKey);
      const shared = keys.filter((k) => recorded.has(k)).length;
      const score = recordedSources.length ? Math.min(shared / recordedSources.length, shared / keys.length) : 0;
      if (score >= 0.5 && (!best || score > best.score)) best = { event, score };
    }
    if (best) {
      match.set(best.event.id, id);
      used.add(id);
    }
  }
  const events: TimelineEvent[] = [];
  const hiddenEvents: TimelineEvent[] = [];
  for (const original of timeline.events) {
    const id = match.get(original.id);
    if (!id) {
      events.push(original);
      continue;
    }
    const correction = review.corrections[id];
    const event: TimelineEvent & { reviewed?: boolean } = { ...original, reviewed: true };
    if (correction.title) event.title = correction.title;
    if (correction.category) event.category = correction.category;
    if (correction.start) event.start = correction.start;
    if (correction.end) event.end = correction.end;
    else if (correction.start && event.end < correction.start) event.end = correction.start;
    if (correction.timePrecision) event.timePrecision = correction.timePrecision;
    if (correction.place) {
      const { name, lat, lon } = correction.place;
      const place: TimelinePlace = {
        id: `manual:${lat.toFixed(4)},${lon.toFixed(4)}`,
        name,
        kind: 'other',
        lat,
        lon,
        bbox: [lon, lat, lon, lat],
        confidence: 1
      };
      places.set(place.id, place);
      event.placeIds = [place.id, ...original.placeIds.filter((p) => p !== place.id)];
    } else if (correction.placeId && places.has(correction.placeId)) {
      event.placeIds = [correction.placeId, ...original.placeIds.filter((p) => p !== correction.placeId)];
    }
    (correction.hidden ? hiddenEvents : events).push(event);
  }
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const orphans = Object.keys(review.corrections).filter((id) => !used.has(id));
  const usedPlaces = new Set([...events, ...hiddenEvents].flatMap((e) => e.placeIds));
  return {
    ...timeline,
    places: [...places.values()].filter((p) => usedPlaces.has(p.id)).sort((a, b) => (a.id < b.id ? -1 : 1)),
    events,
    ...(hiddenEvents.length ? { hiddenEvents } : {}),
    ...(orphans.length ? { orphanCorrections: orphans } : {})
  };
}

/** Drops an event's correction: the pipeline's own reading comes back. */
export function withoutCorrection(review: ReviewFile, eventId: string): ReviewFile {
  const corrections = { ...review.corrections };
  delete corrections[eventId];
  return { version: 1, corrections };
}

/** Records a correction for an event, with its sources so it can be found again. */
export function withCorrection(review: ReviewFile, event: TimelineEvent, correction: EventCorrection): ReviewFile {
  const problem = checkCorrection(correction);
  if (problem) throw new ReviewError(problem);
  return {
    version: 1,
    corrections: {
      ...review.corrections,
      [event.id]: { ...correction, sources: [quoteKey(event), ...event.sources.map(eventSourceKey)] }
    }
  };
}
