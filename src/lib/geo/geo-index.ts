/**
 * Lookup structures over the files written by scripts/build-geodata.mjs (generated/geo).
 * Pure: takes file contents, never touches the file system, so it also runs in a browser worker.
 * The big gazetteer files stay as sorted line arrays (binary search) and rows are parsed on demand:
 * that keeps loading to a couple of string splits instead of building a 570k-key map.
 */
import type { AreaGeometry, PlaceKind, TimelinePlace } from '../extract/types';
import { looseKey, normalizeName } from './normalize';

export interface Admin1Record {
  id: string;
  code: string;
  cc: string;
  name: string;
  type: string;
  gn: string;
  names: string[];
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
}
export type Direction =
  | 'west' | 'east' | 'north' | 'south' | 'central'
  | 'northwest' | 'northeast' | 'southwest' | 'southeast';

/** Contents of generated/geo, as strings (TSV) or parsed JSON. */
export interface GeoDataFiles {
  places: string;
  names: string;
  namesLoose: string;
  admin1: Admin1Record[] | string;
  countries: CountryRecord[] | string;
  features: FeatureRecord[] | string;
  geometry: string;
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
  /** Gazetteer rows whose normalised name equals key ([] when none). */
  lookupPlaces(key: string): GazetteerPlace[];
  /** Gazetteer rows under the loose transliteration key. */
  lookupLoose(key: string): GazetteerPlace[];
  /** Whether some gazetteer name starts with `prefix + ' '`. */
  hasPlacePrefix(prefix: string): boolean;
  place(row: number): GazetteerPlace;
  geometry(id: string): AreaGeometry | undefined;
  toPlace(entry: NamedEntry | GazetteerPlace, withGeometry?: boolean): TimelinePlace;
}

const asJson = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

function splitLines(s: string): string[] {
  const lines = s.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Index of the first line >= probe (lines sorted by UTF-16 code units, as Array#sort does). */
function lowerBound(lines: string[], probe: string): number {
  let lo = 0, hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid] < probe) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rowsFor(lines: string[], key: string): number[] {
  // '\t' sorts below every key character, so key+'\t' is exactly where the key's line would be
  const probe = key + '\t';
  const i = lowerBound(lines, probe);
  if (i >= lines.length || !lines[i].startsWith(probe)) return [];
  return lines[i].slice(probe.length).split(',').map(Number);
}

function regionName(dir: Direction, countryName: string): string {
  const adj: Record<Direction, string> = {
    west: 'western', east: 'eastern', north: 'northern', south: 'southern', central: 'central',
    northwest: 'north-western', northeast: 'north-eastern', southwest: 'south-western', southeast: 'south-eastern'
  };
  return `${adj[dir]} ${countryName}`;
}

export function createGeoIndex(data: GeoDataFiles): GeoIndex {
  const placeLines = splitLines(data.places);
  const nameLines = splitLines(data.names);
  const looseLines = splitLines(data.namesLoose);
  const admin1 = asJson(data.admin1);
  const countriesList = asJson(data.countries);
  const features = asJson(data.features);

  const geometryText = new Map<string, string>();
  for (const line of splitLines(data.geometry)) {
    const tab = line.indexOf('\t');
    if (tab > 0) geometryText.set(line.slice(0, tab), line.slice(tab + 1));
  }
  const geometryCache = new Map<string, AreaGeometry>();

  const countries = new Map(countriesList.map((c) => [c.cc, c]));
  const admin1ById = new Map(admin1.map((a) => [a.id, a]));
  const named = new Map<string, NamedEntry[]>();
  const namedPrefixes = new Set<string>();
  const add = (name: string, entry: NamedEntry) => {
    const key = normalizeName(name);
    if (!key) return;
    let list = named.get(key);
    if (!list) named.set(key, (list = []));
    if (list.some((e) => sameEntry(e, entry))) return;
    list.push(entry);
    const toks = key.split(' ');
    for (let i = 1; i < toks.length; i++) namedPrefixes.add(toks.slice(0, i).join(' '));
  };
  for (const c of countriesList) {
    add(c.name, { type: 'country', country: c });
    for (const n of c.names) add(n, { type: 'country', country: c });
    for (const d of c.demonyms) add(d, { type: 'demonym', country: c });
  }
  for (const a of admin1) {
    add(a.name, { type: 'admin1', unit: a, primary: true });
    for (const n of a.names) {
      add(n, { type: 'admin1', unit: a, primary: false });
      const stripped = stripGeneric(n);
      if (stripped && stripped !== n) add(stripped, { type: 'admin1', unit: a, primary: false });
    }
    const stripped = stripGeneric(a.name);
    if (stripped && stripped !== a.name) add(stripped, { type: 'admin1', unit: a, primary: true });
  }
  for (const f of features) {
    add(f.name, { type: 'feature', feature: f });
    for (const n of f.aliases) add(n, { type: 'feature', feature: f });
  }

  const placeCache = new Map<number, GazetteerPlace>();
  const place = (row: number): GazetteerPlace => {
    let p = placeCache.get(row);
    if (!p) {
      const c = placeLines[row].split('\t');
      p = { row, geonameId: +c[0], name: c[1], fcode: c[2], cc: c[3], admin1: c[4], population: +c[5], lat: +c[6], lon: +c[7] };
      placeCache.set(row, p);
    }
    return p;
  };
  const geometry = (id: string): AreaGeometry | undefined => {
    let g = geometryCache.get(id);
    if (!g) {
      const t = geometryText.get(id);
      if (!t) return undefined;
      g = JSON.parse(t) as AreaGeometry;
      geometryCache.set(id, g);
    }
    return g;
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
      return { id: f.id, name: f.name, kind: f.kind, lat: f.lat, lon: f.lon, bbox: f.bbox };
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
    lookupPlaces: (key) => rowsFor(nameLines, key).map(place),
    lookupLoose: (key) => rowsFor(looseLines, looseKey(key)).map(place),
    hasPlacePrefix: (prefix) => {
      const probe = prefix + ' ';
      const i = lowerBound(nameLines, probe);
      return i < nameLines.length && nameLines[i].startsWith(probe);
    },
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

function sameEntry(a: NamedEntry, b: NamedEntry): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'admin1' && b.type === 'admin1') return a.unit.id === b.unit.id;
  if (a.type === 'feature' && b.type === 'feature') return a.feature.id === b.feature.id;
  if ((a.type === 'country' || a.type === 'demonym') && (b.type === 'country' || b.type === 'demonym')) return a.country.cc === b.country.cc;
  return false;
}

/** Generic administrative words dropped from admin-1 aliases ("Mangystau Region" → "Mangystau"). */
const GENERIC_ADMIN = new Set([
  'region', 'province', 'oblast', 'oblasty', 'oblysy', 'oblys', 'state', 'governorate', 'prefecture', 'county', 'district',
  'department', 'departement', 'municipality', 'territory', 'krai', 'kray', 'okrug', 'republic', 'autonomous', 'voivodeship',
  'canton', 'emirate', 'division', 'area', 'of', 'the', 'область', 'край', 'республика', 'provincia', 'estado', 'regione',
  'région', 'provinz', 'land', 'shi', 'sheng', 'ken', 'do', 'wilayah', 'vilayet', 'ostan', 'ili', 'eyaleti'
]);
function stripGeneric(name: string): string {
  const words = name.split(/\s+/);
  let a = 0, b = words.length;
  while (a < b && GENERIC_ADMIN.has(words[a].toLowerCase())) a++;
  while (b > a && GENERIC_ADMIN.has(words[b - 1].toLowerCase())) b--;
  return words.slice(a, b).join(' ');
}
