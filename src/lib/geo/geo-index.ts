/**
 * Lookup structures over the files written by scripts/build-geodata.mjs (generated/geo).
 * Pure: takes file contents, never touches the file system, so it also runs in a browser worker.
 * The big gazetteer files stay single strings searched in place (binary search over line offsets
 * written at build time) and rows are parsed on demand: loading is file reads, not a 570k-key map.
 */
import type { AreaGeometry, PlaceKind, TimelinePlace } from '../extract/types';
import { looseKey } from './normalize';

export interface Admin1Record {
  id: string;
  code: string;
  cc: string;
  name: string;
  type: string;
  gn: string;
  /** Alternative names (build input only; the loader reads them from named.tsv). */
  names?: string[];
  /** Population of its GeoNames towns, a proxy for how often it is written about. */
  pop?: number;
  lat: number;
  lon: number;
  bbox: [number, number, number, number];
}
export interface RegionRecord {
  id: string;
  units: string[];
  lat: number;
  lon: number;
  bbox: [number, number, number, number];
}
export interface CountryRecord {
  id: string;
  cc: string;
  cca3: string;
  name: string;
  names: string[];
  demonyms: string[];
  lat: number;
  lon: number;
  bbox: [number, number, number, number];
  capital: string;
  regions?: Partial<Record<Direction, RegionRecord>>;
}
export interface FeatureRecord {
  id: string;
  name: string;
  kind: PlaceKind;
  lat: number;
  lon: number;
  bbox: [number, number, number, number];
  aliases: string[];
  /** Country of a sub-national feature (England → GB). */
  cc?: string;
}
export type Direction =
  | 'west' | 'east' | 'north' | 'south' | 'central'
  | 'northwest' | 'northeast' | 'southwest' | 'southeast';

/** Contents of generated/geo (or static/geo/gazetteer-lite.json), as strings (TSV) or parsed JSON. */
export interface GeoDataFiles {
  places: string;
  names: string;
  namesLoose: string;
  /** Normalised names of countries, demonyms, admin-1 units and features (see build-geodata namedIndexLines). */
  named: string;
  admin1: Admin1Record[] | string;
  countries: CountryRecord[] | string;
  features: FeatureRecord[] | string;
  geometry: string;
  /** Line start offsets written at build time (.idx files); computed when absent. */
  placesIdx?: Uint32Array;
  namesIdx?: Uint32Array;
  namesLooseIdx?: Uint32Array;
}

/** One GeoNames populated place (a row of places.tsv). */
export interface GazetteerPlace {
  row: number;
  geonameId: number;
  name: string;
  fcode: string;
  cc: string;
  admin1: string;
  population: number;
  lat: number;
  lon: number;
}

/** A non-gazetteer name: country, admin-1 unit, curated feature or demonym. */
export type NamedEntry =
  | { type: 'country'; country: CountryRecord }
  | { type: 'demonym'; country: CountryRecord }
  | { type: 'admin1'; unit: Admin1Record; primary: boolean }
  | { type: 'feature'; feature: FeatureRecord };

export interface GeoIndex {
  countries: Map<string, CountryRecord>;
  admin1ById: Map<string, Admin1Record>;
  /** Named entries by normalised key. */
  named: Map<string, NamedEntry[]>;
  /** Every token prefix ("new", "new york") of a named key, for longest-match scanning. */
  namedPrefixes: Set<string>;
  /** Gazetteer rows whose normalised name equals key, most populous first, at most 250 ([] when none). */
  lookupPlaces(key: string): GazetteerPlace[];
  /** Whether some gazetteer name equals key (no row is parsed). */
  hasPlace(key: string): boolean;
  /** Gazetteer rows under the loose transliteration key (towns of 5,000 or more and admin seats). */
  lookupLoose(key: string): GazetteerPlace[];
  /** Whether some gazetteer name starts with `prefix + ' '`. */
  hasPlacePrefix(prefix: string): boolean;
  place(row: number): GazetteerPlace;
  geometry(id: string): AreaGeometry | undefined;
  toPlace(entry: NamedEntry | GazetteerPlace, withGeometry?: boolean): TimelinePlace;
}

const asJson = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/** Start offsets of the lines of a text (a trailing newline ends the last line). */
function lineOffsets(text: string): Uint32Array {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  if (text.length && !text.endsWith('\n')) n++;
  const out = new Uint32Array(n);
  let k = 0, pos = 0;
  while (k < n) {
    out[k++] = pos;
    const nl = text.indexOf('\n', pos);
    pos = nl < 0 ? text.length : nl + 1;
  }
  return out;
}

/**
 * Sorted "key<TAB>value" lines kept as one string plus line offsets: binary search compares in place,
 * so nothing is split or copied at load time.
 */
class SortedLines {
  readonly size: number;
  constructor(readonly text: string, readonly offsets: Uint32Array) {
    this.size = offsets.length;
  }
  /** Sign of (line i) − probe over the probe's length; 0 when line i starts with probe. */
  private cmp(i: number, probe: string): number {
    const text = this.text;
    const off = this.offsets[i];
    for (let k = 0; k < probe.length; k++) {
      const d = text.charCodeAt(off + k) - probe.charCodeAt(k);
      if (d !== 0) return d;
    }
    return 0;
  }
  /** First line that is >= probe or starts with it. */
  lowerBound(probe: string): number {
    let lo = 0, hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cmp(mid, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  line(i: number): string {
    const start = this.offsets[i];
    const end = i + 1 < this.size ? this.offsets[i + 1] - 1 : this.text.indexOf('\n', start) >>> 0;
    return this.text.slice(start, end === 4294967295 ? this.text.length : end);
  }
  /** Value of the line whose key equals key, or undefined. */
  value(key: string): string | undefined {
    const probe = key + '\t';
    const i = this.lowerBound(probe);
    if (i >= this.size || this.cmp(i, probe) !== 0) return undefined;
    return this.line(i).slice(probe.length);
  }
  has(key: string): boolean {
    const probe = key + '\t';
    const i = this.lowerBound(probe);
    return i < this.size && this.cmp(i, probe) === 0;
  }
  hasPrefix(prefix: string): boolean {
    const i = this.lowerBound(prefix);
    return i < this.size && this.cmp(i, prefix) === 0;
  }
}

/** Rows of a name (most populous first, as written by the build), at most `limit` of them. */
function decodeRows(v: string | undefined, limit = MAX_ROWS): number[] {
  if (!v) return [];
  const parts = v.split(',', limit);
  return parts.map((x) => parseInt(x, 36));
}
/** Towns kept per name: "San José" has hundreds; the tail is villages no context would pick over the head. */
const MAX_ROWS = 250;

function regionName(dir: Direction, countryName: string): string {
  const adj: Record<Direction, string> = {
    west: 'western', east: 'eastern', north: 'northern', south: 'southern', central: 'central',
    northwest: 'north-western', northeast: 'north-eastern', southwest: 'south-western', southeast: 'south-eastern'
  };
  return `${adj[dir]} ${countryName}`;
}

export function createGeoIndex(data: GeoDataFiles): GeoIndex {
  const placeLines = new SortedLines(data.places, data.placesIdx ?? lineOffsets(data.places));
  const nameLines = new SortedLines(data.names, data.namesIdx ?? lineOffsets(data.names));
  const looseLines = new SortedLines(data.namesLoose, data.namesLooseIdx ?? lineOffsets(data.namesLoose));
  const admin1 = asJson(data.admin1);
  const countriesList = asJson(data.countries);
  const features = asJson(data.features);
  const geometryText = data.geometry;
  const geometryCache = new Map<string, AreaGeometry | null>();

  const countries = new Map(countriesList.map((c) => [c.cc, c]));
  const admin1ById = new Map(admin1.map((a) => [a.id, a]));
  const named = new Map<string, NamedEntry[]>();
  const namedPrefixes = new Set<string>();
  for (const line of data.named.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const key = line.slice(0, tab);
    const entries: NamedEntry[] = [];
    for (const ref of line.slice(tab + 1).split(',')) {
      const code = ref.slice(2);
      switch (ref[0]) {
        case 'c': case 'd': {
          const country = countries.get(code);
          if (country) entries.push({ type: ref[0] === 'c' ? 'country' : 'demonym', country });
          break;
        }
        case 'A': case 'a': {
          const unit = admin1[+code];
          if (unit) entries.push({ type: 'admin1', unit, primary: ref[0] === 'A' });
          break;
        }
        case 'f': {
          const feature = features[+code];
          if (feature) entries.push({ type: 'feature', feature });
        }
      }
    }
    if (!entries.length) continue;
    named.set(key, entries);
    for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) namedPrefixes.add(key.slice(0, sp));
  }

  const placeCache = new Map<number, GazetteerPlace>();
  const lookupCache = new Map<string, GazetteerPlace[]>();
  // Words recur across news text ("The", "President"): answers are memoised, each memo bounded so a
  // long or hostile document cannot grow it without limit.
  const hasCache = new Map<string, boolean>();
  const prefixCache = new Map<string, boolean>();
  const looseCache = new Map<string, GazetteerPlace[]>();
  const memo = <T>(cache: Map<string, T>, key: string, compute: () => T): T => {
    let v = cache.get(key);
    if (v === undefined) {
      if (cache.size >= 50000) cache.clear();
      cache.set(key, (v = compute()));
    }
    return v;
  };
  const place = (row: number): GazetteerPlace => {
    let p = placeCache.get(row);
    if (!p) {
      const c = placeLines.line(row).split('\t');
      p = { row, geonameId: +c[0], name: c[1], fcode: c[2], cc: c[3], admin1: c[4], population: +c[5], lat: +c[6], lon: +c[7] };
      if (placeCache.size > 100000) placeCache.clear();
      placeCache.set(row, p);
    }
    return p;
  };
  // id → offset of its JSON in geometry.tsv, built on the first request (one pass over a few thousand lines)
  let geometryAt: Map<string, number> | undefined;
  const geometry = (id: string): AreaGeometry | undefined => {
    let g = geometryCache.get(id);
    if (g === undefined) {
      if (!geometryAt) {
        geometryAt = new Map();
        for (let pos = 0; pos < geometryText.length;) {
          const tab = geometryText.indexOf('\t', pos);
          const nl = geometryText.indexOf('\n', pos);
          if (tab < 0) break;
          if (nl < 0 || tab < nl) geometryAt.set(geometryText.slice(pos, tab), tab + 1);
          pos = nl < 0 ? geometryText.length : nl + 1;
        }
      }
      const from = geometryAt.get(id);
      if (from === undefined) g = null;
      else {
        const nl = geometryText.indexOf('\n', from);
        g = JSON.parse(geometryText.slice(from, nl < 0 ? undefined : nl)) as AreaGeometry;
      }
      geometryCache.set(id, g);
    }
    return g ?? undefined;
  };

  const toPlace = (e: NamedEntry | GazetteerPlace, withGeometry = true): TimelinePlace => {
    let p: TimelinePlace;
    if ('row' in e) {
      const d = 0.05;
      p = { id: 'gn:' + e.geonameId, name: e.name, kind: 'city', lat: e.lat, lon: e.lon,
        bbox: [e.lon - d, e.lat - d, e.lon + d, e.lat + d], country: e.cc, geonameId: e.geonameId };
      return p;
    }
    if (e.type === 'country' || e.type === 'demonym') {
      const c = e.country;
      p = { id: c.id, name: c.name, kind: 'country', lat: c.lat, lon: c.lon, bbox: c.bbox, country: c.cc };
    } else if (e.type === 'admin1') {
      const a = e.unit;
      p = { id: a.id, name: a.name, kind: 'admin1', lat: a.lat, lon: a.lon, bbox: a.bbox, country: a.cc };
    } else {
      const f = e.feature;
      const fp: TimelinePlace = { id: f.id, name: f.name, kind: f.kind, lat: f.lat, lon: f.lon, bbox: f.bbox };
      if (f.cc) fp.country = f.cc;
      return fp;
    }
    if (withGeometry) {
      const g = geometry(p.id);
      if (g) p.geometry = g;
    }
    return p;
  };

  return {
    countries,
    admin1ById,
    named,
    namedPrefixes,
    lookupPlaces: (key) => memo(lookupCache, key, () => decodeRows(nameLines.value(key)).map(place)),
    hasPlace: (key) => memo(hasCache, key, () => nameLines.has(key)),
    lookupLoose: (key) => memo(looseCache, key, () => decodeRows(looseLines.value(looseKey(key))).map(place)),
    hasPlacePrefix: (prefix) => memo(prefixCache, prefix, () => nameLines.hasPrefix(prefix + ' ')),
    place,
    geometry,
    toPlace
  };
}

/** A region of a country ("western Kazakhstan") as a place with its dissolved geometry. */
export function regionPlace(index: GeoIndex, cc: string, dir: Direction): TimelinePlace | undefined {
  const c = index.countries.get(cc);
  const r = c?.regions?.[dir];
  if (!c || !r) return undefined;
  const p: TimelinePlace = { id: r.id, name: regionName(dir, c.name), kind: 'region', lat: r.lat, lon: r.lon, bbox: r.bbox, country: cc };
  const g = index.geometry(r.id);
  if (g) p.geometry = g;
  return p;
}

/**
 * The browser variant: static/geo/gazetteer-lite.json (towns of 15,000 or more and admin seats, every
 * country, admin-1 unit and curated feature; no area geometry), as fetched by a worker.
 */
export function createGeoIndexFromBundle(bundle: string | GeoDataFiles): GeoIndex {
  return createGeoIndex(typeof bundle === 'string' ? (JSON.parse(bundle) as GeoDataFiles) : bundle);
}
