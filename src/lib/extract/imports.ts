/**
 * Analysts' own data as events: ACLED-style CSV, our own CSV export, and GeoJSON features (ours or
 * anyone's). Imported rows become event drafts like extracted ones, so the same fact found in an
 * article and in a dataset merges into one event with both sources.
 * A bad row is reported with its line and skipped; the rest of the file still imports.
 */
import { isValidDate, isoWeekString } from './calendar';
import { csvRecords } from './csv';
import type { EventDraft } from './events';
import { stableHash } from './hash';
import { rangeOfTimexValue, type DateRange } from './ranges';
import type { AreaGeometry, EventCategory, EventCounts, PlaceKind, TimelineDocument, TimelinePlace, TimePrecision } from './types';

export interface ImportResult {
  document: TimelineDocument;
  drafts: EventDraft[];
  /** Rows or features that could not be imported, with the reason. */
  problems: string[];
}

export interface ImportOptions {
  /** ISO alpha-2 code for a country name ("Kazakhstan" → "KZ"), so imported points can merge with extracted areas. */
  countryCode?: (name: string) => string | undefined;
}

export const IMPORT_EXTENSIONS = /\.(csv|geojson|json)$/i;

export function isImportPath(path: string): boolean {
  return IMPORT_EXTENSIONS.test(path);
}

export function importFile(path: string, text: string, options: ImportOptions = {}): ImportResult {
  const document: TimelineDocument = {
    id: `doc-${stableHash(text)}`,
    path,
    title: path.split(/[\\/]/).pop() ?? path,
    published: null,
    referenceDate: null,
    referenceDateSource: null
  };
  const result = /\.csv$/i.test(path) ? importCsv(text, document.id, options) : importGeoJSON(text, document.id, options);
  return { document, ...result };
}

const CATEGORIES: readonly EventCategory[] = [
  'protest', 'clash', 'arson-seizure', 'arrest', 'casualties', 'shutdown', 'deployment', 'statement', 'declaration', 'other'
];

/** ACLED event_type / sub_event_type → our categories (ACLED codebook 2023). */
export function acledCategory(eventType: string, subEventType: string, fatalities: number): EventCategory {
  const type = eventType.toLowerCase();
  const sub = subEventType.toLowerCase();
  if (CATEGORIES.includes(type as EventCategory)) return type as EventCategory;
  if (sub === 'arrests') return 'arrest';
  if (sub.startsWith('looting') || sub.includes('property destruction') || sub.includes('overtakes territory')) return 'arson-seizure';
  if (type === 'protests') return 'protest';
  if (type === 'riots' || type === 'battles' || type.startsWith('explosions')) return fatalities > 0 ? 'casualties' : 'clash';
  if (type === 'violence against civilians') return fatalities > 0 ? 'casualties' : 'clash';
  if (sub === 'agreement' || sub === 'change to group/activity') return 'statement';
  return 'other';
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2022-01-10", "10 January 2022", "10-Jan-2022", "2022-01-10T09:30" → ISO day (or minute); null when not a real date. */
export function parseImportDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(v);
  if (m) {
    if (!isValidDate(+m[1], +m[2], +m[3])) return null;
    return m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`;
  }
  m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/.exec(v);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith(m![2].toLowerCase()) && m![2].length >= 3) + 1;
    if (!month || !isValidDate(+m[3], month, +m[1])) return null;
    return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  }
  return null;
}

function rangeFor(start: string, end: string | null, precision: TimePrecision): DateRange {
  if (precision === 'week' && !end) {
    const week = rangeOfTimexValue(isoWeekString(start.slice(0, 10)));
    if (week) return week;
  }
  if (precision === 'month' && !end) {
    const month = rangeOfTimexValue(start.slice(0, 7));
    if (month) return month;
  }
  return { start, end: end ?? start, precision: start.includes('T') ? 'hour' : precision };
}

function pointPlace(lat: number, lon: number, name: string, kind: PlaceKind, country: string | undefined, id?: string): TimelinePlace {
  const d = kind === 'city' ? 0.05 : 0.5;
  return {
    id: id ?? `pt:${lat.toFixed(4)},${lon.toFixed(4)}`,
    name: name || `${lat.toFixed(3)}, ${lon.toFixed(3)}`,
    kind,
    lat,
    lon,
    bbox: [lon - d, lat - d, lon + d, lat + d],
    ...(country ? { country } : {})
  };
}

const num = (value: string | undefined): number | undefined => {
  if (value === undefined || value === '') return undefined;
  const n = Number(value.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
};

const COUNT_KEYS = ['arrested', 'killed', 'injured', 'troops', 'equipment', 'detained'] as const;

function importCsv(text: string, documentId: string, options: ImportOptions): Omit<ImportResult, 'document'> {
  const drafts: EventDraft[] = [];
  const problems: string[] = [];
  for (const { values, start, end, line } of csvRecords(text)) {
    try {
      const acled = 'event_date' in values;
      const date = parseImportDate(acled ? values.event_date : values.start ?? '');
      if (!date) throw new Error(`no valid date (${acled ? 'event_date' : 'start'}: "${acled ? values.event_date : values.start ?? ''}")`);
      const endDate = !acled && values.end ? parseImportDate(values.end) : null;
      const lat = num(values.latitude);
      const lon = num(values.longitude);
      if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new Error('no valid latitude/longitude');
      const fatalities = num(values.fatalities) ?? 0;
      const category = acled
        ? acledCategory(values.event_type ?? '', values.sub_event_type ?? '', fatalities)
        : CATEGORIES.includes(values.category as EventCategory)
          ? (values.category as EventCategory)
          : 'other';
      const precision: TimePrecision = acled
        ? ({ '1': 'day', '2': 'week', '3': 'month' } as const)[values.time_precision as '1' | '2' | '3'] ?? 'day'
        : (['hour', 'day', 'week', 'month', 'year'] as const).find((p) => p === values.time_precision) ?? 'day';
      const geoPrecision = values.geo_precision;
      const kind: PlaceKind = acled ? (geoPrecision === '3' ? 'admin1' : 'city') : ((values.place_kind as PlaceKind) || 'city');
      const country = values.country ? (values.country.length === 2 ? values.country.toUpperCase() : options.countryCode?.(values.country)) : undefined;
      const place = pointPlace(lat, lon, values.location ?? values.place ?? '', kind, country, acled ? undefined : values.place_id || undefined);
      const counts: EventCounts = {};
      if (acled && fatalities > 0) counts.killed = fatalities;
      for (const key of COUNT_KEYS) {
        const n = num(values[key]);
        if (n !== undefined) counts[key] = n;
      }
      const quote = (acled ? values.notes : values.quote) ?? '';
      const actors = [values.actor1, values.actor2].filter((a): a is string => !!a);
      const title = values.title || [values.sub_event_type || values.event_type, place.name].filter(Boolean).join(' in ');
      drafts.push({
        ...(values.id || values.event_id_cnty ? { id: values.id || `acled-${values.event_id_cnty}` } : {}),
        category,
        title: title || 'Imported event',
        summary: quote || title,
        range: rangeFor(date, endDate, precision),
        places: [place],
        actors,
        counts,
        sources: [{ documentId, start, end, quote, ...(Object.keys(counts).length ? { counts } : {}) }],
        confidence: num(values.confidence) ?? (acled ? 0.9 : 0.8),
        reasons: [`imported from CSV line ${line}${values.source ? ` (source: ${values.source})` : ''}`],
        timeSource: 'own'
      });
    } catch (error) {
      problems.push(`line ${line}: ${(error as Error).message}`);
    }
  }
  return { drafts, problems };
}

function isAreaGeometry(g: unknown): g is AreaGeometry {
  const t = (g as { type?: string } | null)?.type;
  return (t === 'Polygon' || t === 'MultiPolygon') && Array.isArray((g as { coordinates?: unknown }).coordinates);
}

function bboxOf(geometry: AreaGeometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

function importGeoJSON(text: string, documentId: string, options: ImportOptions): Omit<ImportResult, 'document'> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('not valid JSON');
  }
  const type = (data as { type?: string })?.type;
  const features: unknown[] =
    type === 'FeatureCollection' ? ((data as { features?: unknown[] }).features ?? []) : type === 'Feature' ? [data] : [];
  if (type !== 'FeatureCollection' && type !== 'Feature') throw new Error('not a GeoJSON Feature or FeatureCollection');
  const drafts: EventDraft[] = [];
  const problems: string[] = [];
  features.forEach((raw, index) => {
    try {
      const feature = raw as { id?: string | number; geometry?: { type: string; coordinates: unknown }; properties?: Record<string, unknown> };
      const p = feature.properties ?? {};
      const str = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
      const date = parseImportDate(str('start') ?? str('event_date') ?? str('date') ?? '');
      if (!date) throw new Error('no valid start date');
      const endDate = str('end') ? parseImportDate(str('end')!) : null;
      const precision = (['hour', 'day', 'week', 'month', 'year'] as const).find((x) => x === str('timePrecision')) ?? 'day';
      const name = str('place') ?? str('location') ?? str('name') ?? '';
      const country = str('country') ? (str('country')!.length === 2 ? str('country')!.toUpperCase() : options.countryCode?.(str('country')!)) : undefined;
      let place: TimelinePlace;
      const geometry = feature.geometry;
      if (geometry?.type === 'Point' && Array.isArray(geometry.coordinates)) {
        const [lon, lat] = geometry.coordinates as number[];
        if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) throw new Error('invalid Point coordinates');
        place = pointPlace(lat, lon, name, (str('placeKind') as PlaceKind) ?? 'city', country, str('placeId'));
      } else if (isAreaGeometry(geometry)) {
        const bbox = bboxOf(geometry);
        if (!bbox.every(Number.isFinite)) throw new Error('empty polygon');
        place = {
          id: str('placeId') ?? `area:${stableHash(JSON.stringify(geometry))}`,
          name: name || 'Area',
          kind: (str('placeKind') as PlaceKind) ?? 'region',
          lat: typeof p.lat === 'number' ? p.lat : (bbox[1] + bbox[3]) / 2,
          lon: typeof p.lon === 'number' ? p.lon : (bbox[0] + bbox[2]) / 2,
          bbox,
          geometry,
          ...(country ? { country } : {})
        };
      } else {
        throw new Error('needs a Point, Polygon or MultiPolygon geometry');
      }
      const counts: EventCounts = {};
      for (const key of COUNT_KEYS) if (typeof p[key] === 'number') counts[key] = p[key] as number;
      if (!counts.killed && typeof p.fatalities === 'number' && p.fatalities > 0) counts.killed = p.fatalities;
      const category = CATEGORIES.includes(str('category') as EventCategory)
        ? (str('category') as EventCategory)
        : acledCategory(str('event_type') ?? '', str('sub_event_type') ?? '', (p.fatalities as number) ?? 0);
      const quote = str('quote') ?? str('notes') ?? '';
      const keptSources = Array.isArray(p.sources)
        ? (p.sources as Array<{ documentId?: unknown; start?: unknown; end?: unknown }>).filter(
            (s) => typeof s?.documentId === 'string' && typeof s.start === 'number' && typeof s.end === 'number'
          )
        : [];
      const id = str('id') ?? (typeof feature.id === 'string' ? feature.id : undefined);
      drafts.push({
        ...(id ? { id } : {}),
        category,
        title: str('title') ?? (name ? `${category} in ${name}` : 'Imported event'),
        summary: str('summary') ?? quote,
        range: rangeFor(date, endDate, precision),
        places: [place],
        actors: Array.isArray(p.actors) ? (p.actors as unknown[]).filter((a): a is string => typeof a === 'string') : [],
        counts,
        sources: keptSources.length
          ? keptSources.map((s) => ({ documentId: s.documentId as string, start: s.start as number, end: s.end as number, quote }))
          : [{ documentId, start: 0, end: 0, quote }],
        confidence: typeof p.confidence === 'number' ? p.confidence : 0.8,
        reasons: [`imported from GeoJSON feature ${index + 1}`],
        timeSource: 'own'
      });
    } catch (error) {
      problems.push(`feature ${index + 1}: ${(error as Error).message}`);
    }
  });
  return { drafts, problems };
}
