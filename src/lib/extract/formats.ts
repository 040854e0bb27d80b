/**
 * Exports of a timeline for other tools: GeoJSON (one feature per event, at its first place)
 * and CSV (one row per event, RFC 4180 quoting; cells that a spreadsheet would run as a
 * formula are prefixed with an apostrophe, since exported text comes from untrusted documents).
 */
import type { Timeline, TimelinePlace } from './types';

export function toGeoJSON(timeline: Timeline) {
  const places = new Map(timeline.places.map((p) => [p.id, p]));
  return {
    type: 'FeatureCollection' as const,
    features: timeline.events.map((event) => {
      const place: TimelinePlace | undefined = places.get(event.placeIds[0]);
      return {
        type: 'Feature' as const,
        id: event.id,
        geometry: place ? (place.geometry ?? { type: 'Point' as const, coordinates: [place.lon, place.lat] }) : null,
        properties: {
          id: event.id,
          title: event.title,
          summary: event.summary,
          category: event.category,
          start: event.start,
          end: event.end,
          timePrecision: event.timePrecision,
          place: place?.name ?? null,
          placeKind: place?.kind ?? null,
          placeId: place?.id ?? null,
          country: place?.country ?? null,
          lat: place?.lat ?? null,
          lon: place?.lon ?? null,
          quote: event.quote,
          sources: event.sources,
          ...(event.counts ?? {}),
          confidence: event.confidence
        }
      };
    })
  };
}

export const CSV_COLUMNS = [
  'id', 'start', 'end', 'time_precision', 'category', 'title', 'place', 'place_id', 'place_kind', 'country', 'latitude', 'longitude',
  'arrested', 'killed', 'injured', 'troops', 'equipment', 'confidence', 'documents', 'quote'
] as const;

export function toCSV(timeline: Timeline): string {
  const places = new Map(timeline.places.map((p) => [p.id, p]));
  const rows = timeline.events.map((event) => {
    const place = places.get(event.placeIds[0]);
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number | undefined> = {
      id: event.id,
      start: event.start,
      end: event.end,
      time_precision: event.timePrecision,
      category: event.category,
      title: event.title,
      place: place?.name,
      place_id: place?.id,
      place_kind: place?.kind,
      country: place?.country,
      latitude: place?.lat,
      longitude: place?.lon,
      arrested: event.counts?.arrested,
      killed: event.counts?.killed,
      injured: event.counts?.injured,
      troops: event.counts?.troops,
      equipment: event.counts?.equipment,
      confidence: event.confidence,
      documents: [...new Set(event.sources.map((s) => s.documentId))].join(' '),
      quote: event.quote
    };
    return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

function csvCell(value: string | number | undefined): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
