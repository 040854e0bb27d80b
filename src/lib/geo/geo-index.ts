/**
 * Lookup structures over the files written by scripts/build-geodata.mjs (generated/geo).
 * Pure: takes file contents, never touches the file system, so it also runs in a browser worker.
 * The big gazetteer files stay single strings, or undecoded UTF-8 bytes, searched in place (binary search
 * over line offsets written at build time); a Bloom filter rejects most non-names first; a name's rows
 * are a slice of Uint32 postings and a town's numbers come from typed columns (places.bin), so neither
 * loading nor a lookup splits or parses text. Area polygons are parsed only when a place's geometry is read.
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

/** Contents of generated/geo (or static/geo/gazetteer-lite.json): strings or UTF-8 bytes (TSV), parsed JSON, typed arrays. */
export interface GeoDataFiles {
  /** Sorted TSV files as text, or as their UTF-8 bytes (then the .idx offsets count bytes): bytes need no decoding at load. */
  places: string | Uint8Array;
  names: string | Uint8Array;
  namesLoose: string | Uint8Array;
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
  /** Numeric columns of places.tsv (places.bin) and their code tables (places-meta.json); parsed from places.tsv when absent. */
  placesBin?: Uint8Array;
  placesMeta?: PlacesMeta | string;
  /** Rows of each name as Uint32 postings (names.rows, names-loose.rows); parsed from the TSV values when absent. */
  namesRows?: Uint32Array;
  namesLooseRows?: Uint32Array;
  /** Bloom filter over names, name prefixes and loose keys (names.bloom); every lookup searches when absent. */
  namesBloom?: Uint32Array;
  /** Admin-2 units by the ids of places.bin (admin2.tsv, line k = id k); counties are unknown when absent. */
  admin2?: string;
}

/** A county / district (GeoNames admin-2) at the centroid of its gazetteer towns. */
export interface Admin2Record {
  id: number;
  name: string;
  cc: string;
  /** Admin-1 unit code (as Admin1Record.code) most of its towns are in. */
  admin1: string;
  lat: number;
  lon: number;
  towns: number;
}

export interface PlacesMeta {
  rows: number;
  cc: string[];
  admin1: string[];
  fcode: string[];
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
  /** County / district (GeoNames admin-2) as a number shared by the towns of one unit; 0 when unknown. */
  admin2: number;
  /** IANA time zone ("Asia/Almaty"), when the gazetteer has one. */
  timeZone?: string;
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
  /** Admin-2 unit of a town (GazetteerPlace.admin2), when its name is known. */
  admin2(id: number): Admin2Record | undefined;
  /** Admin-2 units whose distinctive name (admin2Core: "warren" for "Warren County") equals key. */
  lookupAdmin2(key: string): Admin2Record[];
  geometry(id: string): AreaGeometry | undefined;
  toPlace(entry: NamedEntry | GazetteerPlace, withGeometry?: boolean): TimelinePlace;
}

const asJson = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/** Start offsets of the lines of a text or of its UTF-8 bytes (a trailing newline ends the last line). */
function lineOffsets(text: string | Uint8Array): Uint32Array {
  const nextLine = (from: number) => (typeof text === 'string' ? text.indexOf('\n', from) : text.indexOf(10, from));
  let n = 0;
  for (let i = nextLine(0); i >= 0; i = nextLine(i + 1)) n++;
  if (text.length && (typeof text === 'string' ? !text.endsWith('\n') : text[text.length - 1] !== 10)) n++;
  const out = new Uint32Array(n);
  let k = 0, pos = 0;
  while (k < n) {
    out[k++] = pos;
    const nl = nextLine(pos);
    pos = nl < 0 ? text.length : nl + 1;
  }
  return out;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
/** Probe bytes for a UTF-8 file: a plain copy for ASCII (most keys), TextEncoder otherwise. */
function utf8(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 127) return utf8Encoder.encode(s);
    out[k] = c;
  }
  return out;
}

/**
 * Sorted "key<TAB>value" lines kept as one string, or as the file's UTF-8 bytes, plus line offsets
 * (UTF-16 units or bytes): binary search compares in place, so nothing is split, copied or even decoded
 * at load time. (The build sorts by UTF-16 code units; for the Latin and Cyrillic names kept, no
 * surrogates, that is also UTF-8 byte order.)
 */
class SortedLines {
  readonly size: number;
  private readonly bytes: Uint8Array | undefined;
  constructor(readonly text: string | Uint8Array, readonly offsets: Uint32Array) {
    this.size = offsets.length;
    this.bytes = typeof text === 'string' ? undefined : text;
  }
  private probe(s: string): string | Uint8Array {
    return this.bytes ? utf8(s) : s;
  }
  /** Sign of (line i) − probe over the probe's length; 0 when line i starts with probe. */
  private cmp(i: number, probe: string | Uint8Array): number {
    const off = this.offsets[i];
    if (typeof probe !== 'string') {
      const bytes = this.bytes!;
      for (let k = 0; k < probe.length; k++) {
        const d = bytes[off + k] - probe[k];
        if (d !== 0) return d;
      }
      return 0;
    }
    const text = this.text as string;
    for (let k = 0; k < probe.length; k++) {
      const d = text.charCodeAt(off + k) - probe.charCodeAt(k);
      if (d !== 0) return d;
    }
    return 0;
  }
  /** First line that is >= probe or starts with it. */
  private lowerBound(probe: string | Uint8Array): number {
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
    const text = this.text;
    let end = i + 1 < this.size ? this.offsets[i + 1] - 1 : typeof text === 'string' ? text.indexOf('\n', start) : text.indexOf(10, start);
    if (end < 0) end = text.length;
    return typeof text === 'string' ? text.slice(start, end) : utf8Decoder.decode(text.subarray(start, end));
  }
  /** Index of the line whose key equals key, or -1. */
  find(key: string): number {
    const probe = this.probe(key + '\t');
    const i = this.lowerBound(probe);
    return i < this.size && this.cmp(i, probe) === 0 ? i : -1;
  }
  has(key: string): boolean {
    return this.find(key) >= 0;
  }
  hasPrefix(prefix: string): boolean {
    const probe = this.probe(prefix);
    const i = this.lowerBound(probe);
    return i < this.size && this.cmp(i, probe) === 0;
  }
}

/** Rows of a name (most populous first, as written by the build), at most `limit` of them. */
function decodeRows(v: string | undefined, limit = MAX_ROWS): number[] {
  if (!v) return [];
  const parts = v.split(',', limit);
  return parts.map((x) => parseInt(x, 36));
}

// Bloom filter layout, as written by scripts/build-geodata.mjs (writeBloom, nameHash: keep identical)
const BLOOM_BITS = 1 << 24;
const BLOOM_PROBES = 4;
function nameHash(s: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13;
  return h >>> 0;
}
/** False when s is surely not in the filter; true when it may be (or there is no filter). */
function mayContain(bits: Uint32Array | undefined, s: string): boolean {
  if (!bits || bits.length !== BLOOM_BITS >>> 5) return true;
  const h1 = nameHash(s, 0), h2 = nameHash(s, 0x9e3779b9) | 1;
  for (let k = 0; k < BLOOM_PROBES; k++) {
    const b = (h1 + Math.imul(k, h2)) & (BLOOM_BITS - 1);
    if (!(bits[b >>> 5] & (1 << (b & 31)))) return false;
  }
  return true;
}

/** Column view of the gazetteer: numbers in typed arrays, codes as indexes into small tables. */
interface PlaceTable {
  lat: Float32Array;
  lon: Float32Array;
  pop: Uint32Array;
  gid: Uint32Array;
  admin2: Uint32Array;
  cc: Uint16Array;
  admin1: Uint16Array;
  fcode: Uint8Array;
  meta: PlacesMeta;
}

function placeTableFromBin(bin: Uint8Array, meta: PlacesMeta): PlaceTable {
  const n = meta.rows;
  // copy once when the file's bytes are not 4-byte aligned inside their buffer (typed views need it)
  const bytes = bin.byteOffset % 4 === 0 ? bin : new Uint8Array(bin);
  let off = bytes.byteOffset;
  const take = <T>(T: new (b: ArrayBufferLike, o: number, n: number) => T, size: number): T => {
    const v = new T(bytes.buffer, off, n);
    off += n * size;
    return v;
  };
  return {
    lat: take(Float32Array, 4), lon: take(Float32Array, 4), pop: take(Uint32Array, 4), gid: take(Uint32Array, 4),
    admin2: take(Uint32Array, 4), cc: take(Uint16Array, 2), admin1: take(Uint16Array, 2), fcode: take(Uint8Array, 1), meta
  };
}

/** The same columns parsed from places.tsv text (the browser bundle, ~25k rows, ships no binary). */
function placeTableFromText(lines: SortedLines): PlaceTable {
  const n = lines.size;
  const meta: PlacesMeta = { rows: n, cc: [], admin1: [''], fcode: [] };
  const ids = [new Map<string, number>(), new Map<string, number>([['', 0]]), new Map<string, number>()];
  const tables = [meta.cc, meta.admin1, meta.fcode];
  const id = (t: number, v: string) => {
    let k = ids[t].get(v);
    if (k === undefined) { k = tables[t].length; tables[t].push(v); ids[t].set(v, k); }
    return k;
  };
  const t: PlaceTable = {
    lat: new Float32Array(n), lon: new Float32Array(n), pop: new Uint32Array(n), gid: new Uint32Array(n), admin2: new Uint32Array(n),
    cc: new Uint16Array(n), admin1: new Uint16Array(n), fcode: new Uint8Array(n), meta
  };
  for (let r = 0; r < n; r++) {
    const c = lines.line(r).split('\t');
    t.gid[r] = +c[0]; t.fcode[r] = id(2, c[2]); t.cc[r] = id(0, c[3]); t.admin1[r] = id(1, c[4]);
    t.pop[r] = +c[5]; t.lat[r] = +c[6]; t.lon[r] = +c[7];
  }
  return t;
}

/** Float32 holds the build's 4-decimal coordinates to within ~1e-5: round back to what places.tsv says. */
const dec4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** A gazetteer row read from the columns; its name is read from places.tsv only when asked for (display). */
class PlaceRow implements GazetteerPlace {
  readonly geonameId: number;
  readonly fcode: string;
  readonly cc: string;
  readonly admin1: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
  readonly admin2: number;
  private cachedName: string | undefined;
  constructor(readonly row: number, table: PlaceTable, private readonly lines: SortedLines) {
    const m = table.meta;
    this.geonameId = table.gid[row];
    this.fcode = m.fcode[table.fcode[row]];
    this.cc = m.cc[table.cc[row]];
    this.admin1 = m.admin1[table.admin1[row]];
    this.population = table.pop[row];
    this.lat = dec4(table.lat[row]);
    this.lon = dec4(table.lon[row]);
    this.admin2 = table.admin2[row];
  }
  get name(): string {
    if (this.cachedName === undefined) {
      const line = this.lines.line(this.row);
      const a = line.indexOf('\t') + 1;
      this.cachedName = line.slice(a, line.indexOf('\t', a));
    }
    return this.cachedName;
  }
  get timeZone(): string | undefined {
    const line = this.lines.line(this.row);
    let at = -1;
    for (let k = 0; k < 8; k++) {
      at = line.indexOf('\t', at + 1);
      if (at < 0) return undefined;
    }
    return line.slice(at + 1) || undefined;
  }
  toJSON() {
    const { row, geonameId, name, fcode, cc, admin1, population, lat, lon, admin2 } = this;
    return { row, geonameId, name, fcode, cc, admin1, population, lat, lon, admin2 };
  }
}
const NO_PLACES: GazetteerPlace[] = [];
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
  const placeTable = data.placesBin && data.placesMeta
    ? placeTableFromBin(data.placesBin, asJson(data.placesMeta))
    : placeTableFromText(placeLines);
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

  const bloom = data.namesBloom;
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
      p = new PlaceRow(row, placeTable, placeLines);
      if (placeCache.size > 100000) placeCache.clear();
      placeCache.set(row, p);
    }
    return p;
  };
  /** Rows of a name: a slice of the postings when the build wrote them, else the TSV value parsed. */
  const rowsOf = (lines: SortedLines, postings: Uint32Array | undefined, key: string): number[] => {
    const i = lines.find(key);
    if (i < 0) return [];
    if (!postings) return decodeRows(lines.line(i).slice(key.length + 1));
    const base = lines.size + 1;
    const from = postings[i], to = Math.min(postings[i + 1], from + MAX_ROWS);
    const out = new Array<number>(to - from);
    for (let k = from; k < to; k++) out[k - from] = postings[base + k];
    return out;
  };
  // id → offset of its JSON in geometry.tsv, built on the first request (one pass over a few thousand lines)
  let geometryAt: Map<string, number> | undefined;
  const indexGeometry = (): Map<string, number> => {
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
    return geometryAt;
  };
  const geometry = (id: string): AreaGeometry | undefined => {
    let g = geometryCache.get(id);
    if (g === undefined) {
      const from = indexGeometry().get(id);
      if (from === undefined) g = null;
      else {
        const nl = geometryText.indexOf('\n', from);
        g = JSON.parse(geometryText.slice(from, nl < 0 ? undefined : nl)) as AreaGeometry;
      }
      geometryCache.set(id, g);
    }
    return g ?? undefined;
  };

  // admin-2 lines split on first use, records made when read: most documents name no county
  let admin2Lines: string[] | undefined;
  let admin2ByKey: Map<string, number[]> | undefined;
  const admin2Records: (Admin2Record | null)[] = [];
  const admin2Keys = () => {
    if (!admin2ByKey) {
      admin2Lines = (data.admin2 ?? '').split('\n');
      admin2ByKey = new Map();
      for (let id = 0; id < admin2Lines.length; id++) {
        const line = admin2Lines[id];
        const tab = line.lastIndexOf('\t');
        if (tab < 0) continue;
        const key = line.slice(tab + 1);
        const ids = admin2ByKey.get(key);
        if (ids) ids.push(id);
        else admin2ByKey.set(key, [id]);
      }
    }
    return admin2ByKey;
  };
  const admin2Record = (id: number): Admin2Record | undefined => {
    let rec = admin2Records[id];
    if (rec === undefined) {
      admin2Keys();
      const c = (admin2Lines![id] ?? '').split('\t');
      rec = c.length < 7 ? null : { id, name: c[0], cc: c[1], admin1: c[2], lat: +c[3], lon: +c[4], towns: +c[5] };
      admin2Records[id] = rec;
    }
    return rec ?? undefined;
  };
  const NO_ADMIN2: Admin2Record[] = [];

  const toPlace = (e: NamedEntry | GazetteerPlace, withGeometry = true): TimelinePlace => {
    let p: TimelinePlace;
    if ('row' in e) {
      const d = 0.05;
      p = { id: 'gn:' + e.geonameId, name: e.name, kind: 'city', lat: e.lat, lon: e.lon,
        bbox: [e.lon - d, e.lat - d, e.lon + d, e.lat + d], country: e.cc, geonameId: e.geonameId };
      const timeZone = e.timeZone;
      if (timeZone) p.timeZone = timeZone;
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
    // the polygon is parsed when first read (a map draws it, a file exports it), not while resolving
    if (withGeometry && indexGeometry().has(p.id)) lazyGeometry(p, geometry);
    return p;
  };

  return {
    countries,
    admin1ById,
    named,
    namedPrefixes,
    // the filter answers most misses (capitalised words that are no place) without touching a memo
    lookupPlaces: (key) => (mayContain(bloom, key + '\t') ? memo(lookupCache, key, () => rowsOf(nameLines, data.namesRows, key).map(place)) : NO_PLACES),
    hasPlace: (key) => mayContain(bloom, key + '\t') && memo(hasCache, key, () => nameLines.has(key)),
    lookupLoose: (key) => memo(looseCache, key, () => {
      const loose = looseKey(key);
      return mayContain(bloom, '~' + loose) ? rowsOf(looseLines, data.namesLooseRows, loose).map(place) : NO_PLACES;
    }),
    hasPlacePrefix: (prefix) => mayContain(bloom, prefix + ' ') && memo(prefixCache, prefix, () => nameLines.hasPrefix(prefix + ' ')),
    place,
    admin2: (id) => (id && data.admin2 ? admin2Record(id) : undefined),
    lookupAdmin2: (key) => {
      const ids = data.admin2 ? admin2Keys().get(key) : undefined;
      return ids ? ids.map((id) => admin2Record(id)!) : NO_ADMIN2;
    },
    geometry,
    toPlace
  };
}

/**
 * Gives p an enumerable `geometry` that parses its JSON on first read and then becomes a plain value,
 * so resolving a country costs nothing for its polygon; spreading or serialising the place reads it.
 */
function lazyGeometry(p: TimelinePlace, geometry: (id: string) => AreaGeometry | undefined): void {
  const id = p.id;
  pendingGeometry.set(p, geometry);
  const settle = (target: TimelinePlace, value: AreaGeometry | undefined) => {
    pendingGeometry.delete(target);
    Object.defineProperty(target, 'geometry', { value, enumerable: true, writable: true, configurable: true });
  };
  Object.defineProperty(p, 'geometry', {
    enumerable: true,
    configurable: true,
    get(this: TimelinePlace) {
      const g = geometry(id);
      settle(this, g);
      return g;
    },
    set(this: TimelinePlace, value: AreaGeometry | undefined) {
      settle(this, value);
    }
  });
}
/** Places whose geometry is still unparsed, with the parser to call. */
const pendingGeometry = new WeakMap<TimelinePlace, (id: string) => AreaGeometry | undefined>();

/** A copy of a place that keeps a geometry still unparsed as unparsed (a spread would parse it). */
export function copyPlace(p: TimelinePlace): TimelinePlace {
  const loader = pendingGeometry.get(p);
  if (!loader) return { ...p };
  const base = {} as Record<string, unknown>;
  for (const k of Object.keys(p)) if (k !== 'geometry') base[k] = (p as unknown as Record<string, unknown>)[k];
  const id = p.id;
  let geometry: AreaGeometry | undefined;
  let parsed = false;
  // an accessor written in the literal is far cheaper than Object.defineProperty on every mention's copy
  return {
    ...(base as unknown as TimelinePlace),
    get geometry(): AreaGeometry | undefined {
      if (!parsed) { geometry = loader(id); parsed = true; }
      return geometry;
    },
    set geometry(value: AreaGeometry | undefined) {
      geometry = value;
      parsed = true;
    }
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
