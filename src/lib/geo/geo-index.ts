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
  /** A first-level division made of finer Natural Earth units (Spain's provinces make Andalusia): their codes. */
  members?: string[];
  /** The mean point of its towns: where a village the gazetteer lacks most likely is. */
  townLat?: number;
  townLon?: number;
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
  /** Given names, one a line (given-names.txt): "Paul Kemp" is a person; none are known when absent. */
  givenNames?: string;
  /** Common English words that are also gazetteer names, one a line (common-words.txt). */
  commonWords?: string;
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
  /** A number no other index of this process has (memos kept outside an index tell indexes apart by it). */
  readonly serial: number;
  countries: Map<string, CountryRecord>;
  admin1ById: Map<string, Admin1Record>;
  /** Named entries by normalised key. */
  named: NamedTable;
  /** Every token prefix ("new", "new york") of a named key, for longest-match scanning. */
  namedPrefixes: KeySet;
  /** The longest-match scan's lookups, memoised per phrase. */
  readonly phrases: PhraseTree;
  /** Given names as written ("Paul", "Rosemary"): a person's name starts with one. */
  givenNames: Set<string>;
  /** Common English words (lowercase keys) that are also gazetteer names ("visa", "none"). */
  commonWords: Set<string>;
  /** A country's population: the sum of its admin-1 units' (a division made of units counted once, by its members). */
  countryPopulation(cc: string): number;
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
  /** An area place whose geometry (the polygon of `id`, when there is one) is parsed when first read. */
  areaPlace(id: string, name: string, kind: PlaceKind, lat: number, lon: number, bbox: [number, number, number, number], country: string): TimelinePlace;
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
function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 127) return false;
  return true;
}

/**
 * Sorted "key<TAB>value" lines kept as one string, or as the file's UTF-8 bytes, plus line offsets
 * (UTF-16 units or bytes): binary search compares in place, so nothing is split, copied or even decoded
 * at load time. (The build sorts by UTF-16 code units; for the Latin and Cyrillic names kept, no
 * surrogates, that is also UTF-8 byte order.)
 */
const SAMPLE_EVERY = 16;
class SortedLines {
  readonly size: number;
  private readonly bytes: Uint8Array | undefined;
  /**
   * First 4 bytes of every SAMPLE_EVERY-th line, big-endian: a search narrows to a few neighbouring lines
   * in this small cache-resident table before it touches the big file (a plain binary search over
   * 10 MB took a cache miss at nearly every step: most of a first lookup's cost).
   */
  private readonly samples: Uint32Array | undefined;
  constructor(readonly text: string | Uint8Array, readonly offsets: Uint32Array) {
    this.size = offsets.length;
    this.bytes = typeof text === 'string' ? undefined : text;
    if (this.bytes && this.size > 4 * SAMPLE_EVERY) {
      const bytes = this.bytes, n = bytes.length;
      const samples = new Uint32Array(Math.ceil(this.size / SAMPLE_EVERY));
      for (let k = 0; k < samples.length; k++) {
        const off = offsets[k * SAMPLE_EVERY];
        let v = 0;
        for (let b = 0; b < 4; b++) v = (v << 8) | (off + b < n ? bytes[off + b] : 0);
        samples[k] = v >>> 0;
      }
      this.samples = samples;
    }
  }
  /** The probe as given, unless it must be UTF-8 bytes (bytes searched and a non-ASCII probe). */
  private probe(s: string): string | Uint8Array {
    return this.bytes && !isAscii(s) ? utf8Encoder.encode(s) : s;
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
    if (this.bytes) {
      // an ASCII probe: its code units are its UTF-8 bytes
      const bytes = this.bytes;
      for (let k = 0; k < probe.length; k++) {
        const d = bytes[off + k] - probe.charCodeAt(k);
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
    const samples = this.samples;
    if (samples && probe.length) {
      // compare the first m ≤ 4 bytes: a sample line whose first m bytes are below (above) the probe's
      // is below (above) the probe, so the answer lies after (at or before) it
      const m = Math.min(4, probe.length), shift = 8 * (4 - m);
      let q = 0;
      for (let b = 0; b < m; b++) q = (q << 8) | (typeof probe === 'string' ? probe.charCodeAt(b) : probe[b]);
      q = (q >>> 0) * 2 ** shift;
      const head = (k: number) => (samples[k] >>> shift) * 2 ** shift;
      // last sample strictly below the probe, first sample strictly above it
      let a = 0, b = samples.length;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (head(mid) < q) a = mid + 1;
        else b = mid;
      }
      if (a > 0) lo = (a - 1) * SAMPLE_EVERY + 1;
      let c = a, d = samples.length;
      while (c < d) {
        const mid = (c + d) >>> 1;
        if (head(mid) <= q) c = mid + 1;
        else d = mid;
      }
      if (c < samples.length) hi = c * SAMPLE_EVERY;
    }
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
/** The final mix of nameHash (FNV-1a, then an avalanche step). */
function finish(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13;
  return h >>> 0;
}
const TAB = 9, SPACE = 32;
/**
 * False when s (followed by the code unit `suffix`, if ≥ 0) is surely not in the filter; true when it
 * may be (or there is no filter). The suffix is hashed in place: a lookup concatenates no string.
 */
function mayContain(bits: Uint32Array | undefined, s: string, suffix = -1): boolean {
  if (!bits || bits.length !== BLOOM_BITS >>> 5) return true;
  // nameHash(s + suffix, 0) and nameHash(s + suffix, 0x9e3779b9) in one loop
  let a = 0x811c9dc5, b = 0x811c9dc5 ^ 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  if (suffix >= 0) { a = Math.imul(a ^ suffix, 0x01000193); b = Math.imul(b ^ suffix, 0x01000193); }
  const h1 = finish(a), h2 = finish(b) | 1;
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
  private cachedZone: string | undefined;
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
  /** Name and time zone from one decoding of the row's line (a resolved town is shown with both). */
  private readLine(): void {
    const line = this.lines.line(this.row);
    const a = line.indexOf('\t') + 1;
    this.cachedName = line.slice(a, line.indexOf('\t', a));
    let at = -1;
    for (let k = 0; k < 8 && (at = line.indexOf('\t', at + 1)) >= 0; k++);
    this.cachedZone = at < 0 ? '' : line.slice(at + 1);
  }
  get name(): string {
    if (this.cachedName === undefined) this.readLine();
    return this.cachedName!;
  }
  get timeZone(): string | undefined {
    if (this.cachedZone === undefined) this.readLine();
    return this.cachedZone || undefined;
  }
  toJSON() {
    const { row, geonameId, name, fcode, cc, admin1, population, lat, lon, admin2 } = this;
    return { row, geonameId, name, fcode, cc, admin1, population, lat, lon, admin2 };
  }
}
// Empty lists of the elements kind a filled list has (an empty literal has another, and a list of a kind
// the parser's optimised code has not met deoptimises it)
const NO_PLACES: GazetteerPlace[] = emptyObjectList();
const NO_ADMIN2: Admin2Record[] = emptyObjectList();
function emptyObjectList<T>(): T[] {
  const out: T[] = [{} as T];
  out.pop();
  return out;
}

/** Lines of admin2.tsv and a chained hash table over their last column (the admin2Core key). */
interface Admin2Table {
  lines: number;
  lineStart: Uint32Array;
  lineEnd: Uint32Array;
  /** Start of the key (after the line's last tab), or -1 for a line without a tab. */
  keyStart: Int32Array;
  keyHash: Uint32Array;
  /** First line of each bucket, and the next line of the same bucket (-1 ends a chain); lines in increasing order. */
  heads: Int32Array;
  next: Int32Array;
}
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function buildAdmin2Table(text: string): Admin2Table {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const lineStart = new Uint32Array(lines), lineEnd = new Uint32Array(lines);
  const keyStart = new Int32Array(lines), keyHash = new Uint32Array(lines), next = new Int32Array(lines).fill(-1);
  let size = 1;
  while (size < lines * 2) size <<= 1;
  const heads = new Int32Array(size).fill(-1), tails = new Int32Array(size).fill(-1);
  for (let id = 0, pos = 0; id < lines; id++) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    lineStart[id] = pos;
    lineEnd[id] = end;
    const tab = end > pos ? text.lastIndexOf('\t', end - 1) : -1;
    if (tab < pos) keyStart[id] = -1;
    else {
      keyStart[id] = tab + 1;
      const h = (keyHash[id] = hashRange(text, tab + 1, end));
      const b = h & (size - 1);
      if (tails[b] < 0) heads[b] = id;
      else next[tails[b]] = id;
      tails[b] = id;
    }
    pos = end + 1;
  }
  return { lines, lineStart, lineEnd, keyStart, keyHash, heads, next };
}
/** Lines whose key equals key, in increasing order. */
function admin2Ids(t: Admin2Table, text: string, key: string): number[] {
  const h = hashRange(key, 0, key.length);
  const out: number[] = [];
  for (let id = t.heads[h & (t.heads.length - 1)]; id >= 0; id = t.next[id]) {
    const from = t.keyStart[id];
    if (t.keyHash[id] !== h || t.lineEnd[id] - from !== key.length || !text.startsWith(key, from)) continue;
    out.push(id);
  }
  return out;
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

/**
 * A named entry with every field of every type (those of other types undefined, primary false), in one order:
 * one hidden class, so the parser's reads of entries stay monomorphic (an entry type that optimised code had not
 * met at a read deoptimised it).
 */
export function namedEntry(type: NamedEntry['type'], country: CountryRecord | undefined, unit: Admin1Record | undefined, primary: boolean,
  feature: FeatureRecord | undefined): NamedEntry {
  return { type, country, unit, primary, feature } as NamedEntry;
}

/** The entries named by the references of one named.tsv line ("c:KZ,a:2516"), in order; unknown ones are skipped. */
function namedEntries(refs: string, countries: Map<string, CountryRecord>, admin1: Admin1Record[], features: FeatureRecord[]): NamedEntry[] {
  const entries: NamedEntry[] = [];
  for (const ref of refs.split(',')) {
    const code = ref.slice(2);
    switch (ref[0]) {
      case 'c': case 'd': {
        const country = countries.get(code);
        if (country) entries.push(namedEntry(ref[0] === 'c' ? 'country' : 'demonym', country, undefined, false, undefined));
        break;
      }
      case 'A': case 'a': {
        const unit = admin1[+code];
        if (unit) entries.push(namedEntry('admin1', undefined, unit, ref[0] === 'A', undefined));
        break;
      }
      case 'f': {
        const feature = features[+code];
        if (feature) entries.push(namedEntry('feature', undefined, undefined, false, feature));
      }
    }
  }
  return entries;
}

/** Read-only lookups by key (what the parser asks of the named entries and their prefixes). */
export interface KeySet {
  has(key: string): boolean;
}
export interface NamedTable extends KeySet {
  get(key: string): NamedEntry[] | undefined;
}

/** FNV-1a over text[from, to). */
function hashText(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function sameText(text: string, from: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (text.charCodeAt(from + k) !== key.charCodeAt(k)) return false;
  return true;
}

/**
 * Keys given as ranges of one text (named.tsv), in an open-addressing hash table of typed arrays: no
 * string or object per key. (A Map and a Set of the 40,000 named keys, their prefixes and entry lists
 * were ~14 MB of young objects that every new index's first scavenges copied, a good part of the
 * cost of a first pass; they also took most of the index build.)
 */
class TextKeyTable implements KeySet {
  private readonly mask: number;
  private readonly slotHash: Uint32Array;
  private readonly slotStart: Int32Array;
  private readonly slotLength: Int32Array;
  /** A value per slot (named: the line's reference list start), -1 for an empty slot. */
  readonly slotValue: Int32Array;
  size = 0;
  constructor(private readonly text: string, capacity: number) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.mask = n - 1;
    this.slotHash = new Uint32Array(n);
    this.slotStart = new Int32Array(n);
    this.slotLength = new Int32Array(n);
    this.slotValue = new Int32Array(n).fill(-1);
  }
  /** Adds text[from, to) with a value (replacing the value of an equal key already there). */
  add(from: number, to: number, value: number): void {
    const h = hashText(this.text, from, to), len = to - from, text = this.text;
    let i = h & this.mask;
    for (; this.slotValue[i] >= 0; i = (i + 1) & this.mask) {
      if (this.slotHash[i] !== h || this.slotLength[i] !== len) continue;
      const start = this.slotStart[i];
      let k = 0;
      while (k < len && text.charCodeAt(start + k) === text.charCodeAt(from + k)) k++;
      if (k === len) { this.slotValue[i] = value; return; }
    }
    this.slotHash[i] = h;
    this.slotStart[i] = from;
    this.slotLength[i] = len;
    this.slotValue[i] = value;
    this.size++;
  }
  /** Slot of key, or -1. */
  find(key: string): number {
    const h = hashText(key, 0, key.length), len = key.length;
    for (let i = h & this.mask; this.slotValue[i] >= 0; i = (i + 1) & this.mask) {
      if (this.slotHash[i] === h && this.slotLength[i] === len && sameText(this.text, this.slotStart[i], key)) return i;
    }
    return -1;
  }
  has(key: string): boolean {
    return this.find(key) >= 0;
  }
}

/** What named.tsv's references point into. */
interface NamedSources {
  countries: Map<string, CountryRecord>;
  admin1: Admin1Record[];
  features: FeatureRecord[];
}

/**
 * named.tsv's keys with their entries, made when a key is first read (then kept: a key's entries stay the same objects).
 * (The sources are data, not a closure: a closure made per index was a new call target in the parser's
 * optimised code, which every fresh index deoptimised.)
 */
class NamedKeys implements NamedTable {
  private readonly hits = new Map<string, NamedEntry[]>();
  constructor(private readonly text: string, private readonly keys: TextKeyTable, private readonly sources: NamedSources) {}
  get(key: string): NamedEntry[] | undefined {
    const hit = this.hits.get(key);
    if (hit) return hit;
    // a miss is answered by the table itself (one hash and a probe or two): memoising misses cost a Map
    // insert per new word, and a WikToR pass has twice as many as the memo held
    const slot = this.keys.find(key);
    if (slot < 0) return undefined;
    const from = this.keys.slotValue[slot];
    const nl = this.text.indexOf('\n', from);
    const src = this.sources;
    const entries = namedEntries(this.text.slice(from, nl < 0 ? this.text.length : nl), src.countries, src.admin1, src.features);
    this.hits.set(key, entries);
    return entries;
  }
  has(key: string): boolean {
    // the table alone (a key is in it iff it has entries): most keys asked are no name, and a probe of the
    // memo first cost a string hash and a Map miss each
    return this.keys.find(key) >= 0;
  }
}

/**
 * The named keys (lines "key<TAB>refs" whose references name something) and every token prefix of them
 * ("new", "new york"), as in-place hash tables over named.tsv.
 */
function buildNamedTables(text: string, sources: NamedSources): { named: NamedTable; namedPrefixes: KeySet } {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const keys = new TextKeyTable(text, lines + 1);
  const prefixes = new TextKeyTable(text, lines + 1);
  for (let pos = 0; pos <= text.length;) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const tab = text.indexOf('\t', pos);
    if (tab > pos && tab < end && namedEntries(text.slice(tab + 1, end), sources.countries, sources.admin1, sources.features).length) {
      keys.add(pos, tab, tab + 1);
      for (let sp = text.indexOf(' ', pos); sp > pos && sp < tab; sp = text.indexOf(' ', sp + 1)) prefixes.add(pos, sp, 0);
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return { named: new NamedKeys(text, keys, sources), namedPrefixes: prefixes };
}

export function createGeoIndex(data: GeoDataFiles): GeoIndex {
  const placeLines = new SortedLines(data.places, data.placesIdx ?? lineOffsets(data.places));
  const placeTable = data.placesBin && data.placesMeta
    ? placeTableFromBin(data.placesBin, asJson(data.placesMeta))
    : placeTableFromText(placeLines);
  const nameLines = new SortedLines(data.names, data.namesIdx ?? lineOffsets(data.names));
  const looseLines = new SortedLines(data.namesLoose, data.namesLooseIdx ?? lineOffsets(data.namesLoose));
  // (copied into one shape per kind: JSON gives records with and without optional fields different hidden
  // classes, four for units, and a read at a class optimised code had not met deoptimised the parser)
  const admin1 = asJson(data.admin1).map(admin1Shape);
  const countriesList = asJson(data.countries).map(countryShape);
  const features = asJson(data.features).map(featureShape);

  const countries = new Map(countriesList.map((c) => [c.cc, c]));
  const admin1ById = new Map(admin1.map((a) => [a.id, a]));
  const { named, namedPrefixes } = buildNamedTables(data.named, { countries, admin1, features });

  const givenNames = new Set((data.givenNames ?? '').split('\n').filter(Boolean));
  const commonWords = new Set((data.commonWords ?? '').split('\n').filter(Boolean));
  return new GazetteerIndex(data, countries, admin1ById, named, namedPrefixes, givenNames, commonWords, placeLines, placeTable, nameLines, looseLines);
}

/** Every field of a record, in one order (those it lacks undefined). */
function admin1Shape(a: Admin1Record): Admin1Record {
  return { id: a.id, code: a.code, cc: a.cc, name: a.name, type: a.type, gn: a.gn, names: a.names, pop: a.pop, members: a.members,
    townLat: a.townLat, townLon: a.townLon, lat: a.lat, lon: a.lon, bbox: a.bbox };
}
function countryShape(c: CountryRecord): CountryRecord {
  return { id: c.id, cc: c.cc, cca3: c.cca3, name: c.name, names: c.names, demonyms: c.demonyms, lat: c.lat, lon: c.lon, bbox: c.bbox,
    capital: c.capital, regions: c.regions };
}
function featureShape(f: FeatureRecord): FeatureRecord {
  return { id: f.id, name: f.name, kind: f.kind, lat: f.lat, lon: f.lon, bbox: f.bbox, aliases: f.aliases, cc: f.cc };
}

/** A name, or the start of one, met by the longest-match scan: its key, whether it is a name, and its one-word extensions. */
export interface Phrase {
  readonly key: string;
  /** Whether key is a named entry's or a gazetteer name (-1: not looked up yet). */
  name: -1 | 0 | 1;
  /** Extensions by the next token's key (null: no name starts so); made when first met. */
  next: Map<string, Phrase | null> | undefined;
}
/**
 * The index's answers for the longest-match scan, memoised as a tree of phrases keyed by token keys: a
 * phrase met before ("New" + "York") costs one Map lookup on a token key, not a concatenated key
 * (flattened and hashed anew) looked up in four tables. Bounded: forgotten when it grows large.
 */
export class PhraseTree {
  private roots = new Map<string, Phrase>();
  private size = 0;
  constructor(private readonly index: Pick<GeoIndex, 'named' | 'namedPrefixes' | 'hasPlace' | 'hasPlacePrefix'>) {}
  /** The one-word phrase key. */
  first(key: string): Phrase {
    let p = this.roots.get(key);
    if (!p) {
      if (++this.size > 200000) { this.roots = new Map(); this.size = 1; }
      p = { key, name: -1, next: undefined };
      this.roots.set(key, p);
    }
    return p;
  }
  /** Whether p's key is a named entry's or a gazetteer name. */
  isName(p: Phrase): boolean {
    if (p.name < 0) p.name = this.index.named.has(p.key) || this.index.hasPlace(p.key) ? 1 : 0;
    return p.name === 1;
  }
  /** The phrase p + " " + tokenKey, or null when no named entry or gazetteer name starts with it. */
  extend(p: Phrase, tokenKey: string): Phrase | null {
    const next = (p.next ??= new Map());
    let q = next.get(tokenKey);
    if (q === undefined) {
      const key = p.key + ' ' + tokenKey;
      const index = this.index;
      q = index.namedPrefixes.has(key) || index.named.has(key) || index.hasPlacePrefix(key) || index.hasPlace(key)
        ? { key, name: -1, next: undefined } : null;
      this.size++;
      next.set(tokenKey, q);
    }
    return q;
  }
}

/**
 * The GeoIndex over one set of files. Methods live on the prototype, not in per-index closures: the
 * parser's optimised code inlines these call targets, and closures made anew for every index were new
 * targets, so each fresh index deoptimised the whole parser for its first documents.
 */
let lastSerial = 0;
class GazetteerIndex implements GeoIndex {
  readonly serial = ++lastSerial;
  private readonly bloom: Uint32Array | undefined;
  private readonly placeCache = new Map<number, GazetteerPlace>();
  // Words recur across news text ("The", "President"): answers are memoised, each memo bounded so a
  // long or hostile document cannot grow it without limit.
  private readonly lookupCache = new Map<string, GazetteerPlace[]>();
  private readonly nameLineCache = new Map<string, number>();
  private readonly prefixCache = new Map<string, boolean>();
  private readonly looseCache = new Map<string, GazetteerPlace[]>();
  private readonly geometryText: string;
  private readonly geometryCache = new Map<string, AreaGeometry | null>();
  /**
   * id → offset of its JSON in geometry.tsv, built with the index (one pass over a few thousand lines, ~1 ms):
   * built on first use, it deoptimised its reader once for every new index.
   */
  private readonly geometryAt: Map<string, number>;
  /** This index's geometry reader, for places whose polygon is parsed when first read. */
  private readonly readGeometry = (id: string) => this.geometry(id);
  // admin-2 units: a hash table over the key column of admin2.tsv (line k = unit k), built with the index
  // by one scan of the text (typed arrays only, a few ms), with no line split or key copied; records are
  // made when read. (Built on first use, it deoptimised the parser once for every new index: a branch
  // taken once per index has no type feedback in optimised code.)
  private readonly admin2Text: string;
  private readonly admin2Table: Admin2Table;
  /** Memoised longest-match steps over this index's names. */
  readonly phrases: PhraseTree;
  private readonly admin2Records: (Admin2Record | null)[] = [];
  private readonly admin2ByKey = new Map<string, Admin2Record[]>();
  /**
   * Country populations, summed with the index (a few thousand units): summed when first asked for, the sum ran in
   * the first document of every new index, and its branch, without type feedback, deoptimised the parser there.
   */
  private readonly countryPops = new Map<string, number>();

  constructor(private readonly data: GeoDataFiles, readonly countries: Map<string, CountryRecord>, readonly admin1ById: Map<string, Admin1Record>,
    readonly named: NamedTable, readonly namedPrefixes: KeySet, readonly givenNames: Set<string>,
    readonly commonWords: Set<string>, private readonly placeLines: SortedLines,
    private readonly placeTable: PlaceTable, private readonly nameLines: SortedLines, private readonly looseLines: SortedLines) {
    this.bloom = data.namesBloom;
    this.geometryText = data.geometry;
    this.geometryAt = geometryOffsets(data.geometry);
    this.admin2Text = data.admin2 ?? '';
    this.admin2Table = buildAdmin2Table(this.admin2Text);
    this.phrases = new PhraseTree(this);
    for (const u of admin1ById.values()) if (!u.members) this.countryPops.set(u.cc, (this.countryPops.get(u.cc) ?? 0) + (u.pop ?? 0));
  }

  countryPopulation(cc: string): number {
    return this.countryPops.get(cc) ?? 0;
  }

  // memos first (news text repeats its words), then the filter, which answers most misses (capitalised
  // words that are no place), then the binary search
  lookupPlaces(key: string): GazetteerPlace[] {
    const hit = this.lookupCache.get(key);
    if (hit) return hit;
    const i = this.nameLine(key);
    return i < 0 ? NO_PLACES : remember(this.lookupCache, key, this.placesOf(rowsOf(this.nameLines, this.data.namesRows, key, i)));
  }
  hasPlace(key: string): boolean {
    return this.nameLine(key) >= 0;
  }
  lookupLoose(key: string): GazetteerPlace[] {
    const hit = this.looseCache.get(key);
    if (hit) return hit;
    const loose = looseKey(key);
    const found = mayContain(this.bloom, '~' + loose) ? this.placesOf(rowsOf(this.looseLines, this.data.namesLooseRows, loose, this.looseLines.find(loose))) : NO_PLACES;
    return remember(this.looseCache, key, found);
  }
  hasPlacePrefix(prefix: string): boolean {
    // (what the filter rejects is not memoised: the filter answers about as fast as a memo, without growing it)
    if (!mayContain(this.bloom, prefix, SPACE)) return false;
    return this.prefixCache.get(prefix) ?? remember(this.prefixCache, prefix, this.nameLines.hasPrefix(prefix + ' '));
  }
  place(row: number): GazetteerPlace {
    let p = this.placeCache.get(row);
    if (!p) {
      p = new PlaceRow(row, this.placeTable, this.placeLines);
      if (this.placeCache.size > 100000) this.placeCache.clear();
      this.placeCache.set(row, p);
    }
    return p;
  }
  admin2(id: number): Admin2Record | undefined {
    return id && this.data.admin2 ? this.admin2Record(id) : undefined;
  }
  lookupAdmin2(key: string): Admin2Record[] {
    if (!this.data.admin2) return NO_ADMIN2;
    let units = this.admin2ByKey.get(key);
    if (!units) {
      const ids = admin2Ids(this.admin2Table, this.admin2Text, key);
      units = NO_ADMIN2;
      if (ids.length) {
        // pushed, not mapped: a packed list, as NO_ADMIN2 is (two kinds of list at one read deoptimised the parser)
        units = [];
        for (const id of ids) units.push(this.admin2Record(id)!);
      }
      remember(this.admin2ByKey, key, units);
    }
    return units;
  }
  geometry(id: string): AreaGeometry | undefined {
    let g = this.geometryCache.get(id);
    if (g === undefined) {
      const from = this.indexGeometry().get(id);
      if (from === undefined) g = null;
      else {
        const nl = this.geometryText.indexOf('\n', from);
        g = JSON.parse(this.geometryText.slice(from, nl < 0 ? undefined : nl)) as AreaGeometry;
      }
      this.geometryCache.set(id, g);
    }
    return g ?? undefined;
  }
  areaPlace(id: string, name: string, kind: PlaceKind, lat: number, lon: number, bbox: [number, number, number, number], country: string): TimelinePlace {
    return this.indexGeometry().has(id) ? lazyGeometryPlace(id, name, kind, lat, lon, bbox, country, this.readGeometry) : { id, name, kind, lat, lon, bbox, country };
  }
  toPlace(e: NamedEntry | GazetteerPlace, withGeometry = true): TimelinePlace {
    if ('row' in e) {
      const d = 0.05;
      const p: TimelinePlace = { id: 'gn:' + e.geonameId, name: e.name, kind: 'city', lat: e.lat, lon: e.lon,
        bbox: [e.lon - d, e.lat - d, e.lon + d, e.lat + d], country: e.cc, geonameId: e.geonameId };
      const timeZone = e.timeZone;
      if (timeZone) p.timeZone = timeZone;
      return p;
    }
    if (e.type === 'country' || e.type === 'demonym' || e.type === 'admin1') {
      const r = e.type === 'admin1' ? e.unit : e.country;
      const kind = e.type === 'admin1' ? 'admin1' : 'country';
      // the polygon is parsed when first read (a map draws it, a file exports it), not while resolving
      return withGeometry && this.indexGeometry().has(r.id)
        ? lazyGeometryPlace(r.id, r.name, kind, r.lat, r.lon, r.bbox, r.cc, this.readGeometry)
        : { id: r.id, name: r.name, kind, lat: r.lat, lon: r.lon, bbox: r.bbox, country: r.cc };
    }
    const f = e.feature;
    const fp: TimelinePlace = { id: f.id, name: f.name, kind: f.kind, lat: f.lat, lon: f.lon, bbox: f.bbox };
    if (f.cc) fp.country = f.cc;
    return fp;
  }

  /** Line of a gazetteer name in names.tsv, or -1: one search per distinct key, shared by hasPlace and lookupPlaces. */
  private nameLine(key: string): number {
    // (what the filter rejects is not memoised: the filter answers about as fast as a memo, without growing it)
    if (!mayContain(this.bloom, key, TAB)) return -1;
    return this.nameLineCache.get(key) ?? remember(this.nameLineCache, key, this.nameLines.find(key));
  }
  private placesOf(rows: number[]): GazetteerPlace[] {
    if (!rows.length) return NO_PLACES;
    // pushed, not preallocated: a packed list, as every other list of places is
    const out: GazetteerPlace[] = [];
    for (let k = 0; k < rows.length; k++) out.push(this.place(rows[k]));
    return out;
  }
  private indexGeometry(): Map<string, number> {
    return this.geometryAt;
  }
  private admin2Record(id: number): Admin2Record | undefined {
    let rec = this.admin2Records[id];
    if (rec === undefined) {
      const table = this.admin2Table;
      const from = id < table.lines ? table.lineStart[id] : -1;
      const c = from < 0 ? [] : this.admin2Text.slice(from, table.lineEnd[id]).split('\t');
      rec = c.length < 7 ? null : { id, name: c[0], cc: c[1], admin1: c[2], lat: +c[3], lon: +c[4], towns: +c[5] };
      this.admin2Records[id] = rec;
    }
    return rec ?? undefined;
  }
}

/** Offset of each id's JSON in geometry.tsv ("id<TAB>json" lines). */
function geometryOffsets(text: string): Map<string, number> {
  const at = new Map<string, number>();
  for (let pos = 0; pos < text.length;) {
    const tab = text.indexOf('\t', pos);
    const nl = text.indexOf('\n', pos);
    if (tab < 0) break;
    if (nl < 0 || tab < nl) at.set(text.slice(pos, tab), tab + 1);
    pos = nl < 0 ? text.length : nl + 1;
  }
  return at;
}

/** Stores v under key in a bounded memo (cleared when full) and returns it. */
function remember<T>(cache: Map<string, T>, key: string, v: T): T {
  if (cache.size >= 50000) cache.clear();
  cache.set(key, v);
  return v;
}
/** Rows of a name found at line i: a slice of the postings when the build wrote them, else the TSV value parsed. */
function rowsOf(lines: SortedLines, postings: Uint32Array | undefined, key: string, i: number): number[] {
  if (i < 0) return [];
  if (!postings) return decodeRows(lines.line(i).slice(key.length + 1));
  const base = lines.size + 1;
  const from = postings[i], to = Math.min(postings[i + 1], from + MAX_ROWS);
  const out = new Array<number>(to - from);
  for (let k = from; k < to; k++) out[k - from] = postings[base + k];
  return out;
}

type GeometryReader = (id: string) => AreaGeometry | undefined;

/**
 * Private slots on plain objects (the return-override idiom: the base constructor returns the object it
 * is given, so a subclass's private fields land on that object). What a place keeps there is invisible to
 * Object.keys, JSON, spreads and structured clones, and costs neither a WeakMap entry (slow to set, and
 * work for every GC) nor a closure per place.
 */
class Slots {
  constructor(target: object) {
    return target;
  }
}
/** The unparsed geometry of a place made by lazyGeometryPlace: its reader and id, until first read or written. */
class PendingGeometry extends Slots {
  #read: GeometryReader | undefined;
  #id: string;
  constructor(target: TimelinePlace, read: GeometryReader, id: string) {
    super(target);
    this.#read = read;
    this.#id = id;
  }
  static reader(p: object): GeometryReader | undefined {
    return #read in p ? (p as unknown as PendingGeometry).#read : undefined;
  }
  static read(p: object): AreaGeometry | undefined {
    if (!(#read in p)) return undefined;
    const self = p as unknown as PendingGeometry;
    return self.#read ? self.#read(self.#id) : undefined;
  }
  static settle(p: object): void {
    if (#read in p) (p as unknown as PendingGeometry).#read = undefined;
  }
}
/** The geometry of a copyPlace copy: read once when first asked for (the copy keeps its accessor). */
class CopiedGeometry extends Slots {
  #read: GeometryReader;
  #id: string;
  #parsed = false;
  #value: AreaGeometry | undefined = undefined;
  constructor(target: TimelinePlace, read: GeometryReader, id: string) {
    super(target);
    this.#read = read;
    this.#id = id;
  }
  static get(p: object): AreaGeometry | undefined {
    if (!(#read in p)) return undefined;
    const self = p as unknown as CopiedGeometry;
    if (!self.#parsed) { self.#value = self.#read(self.#id); self.#parsed = true; }
    return self.#value;
  }
  static set(p: object, value: AreaGeometry | undefined): void {
    if (!(#read in p)) return;
    const self = p as unknown as CopiedGeometry;
    self.#value = value;
    self.#parsed = true;
  }
}
// one descriptor, one getter and one setter shared by every place (defining it costs a fraction of an
// accessor written in an object literal, which makes two closures and defines each on the object)
const PENDING_GEOMETRY: PropertyDescriptor = {
  get(this: TimelinePlace): AreaGeometry | undefined {
    const g = PendingGeometry.read(this);
    settleGeometry(this, g);
    return g;
  },
  set(this: TimelinePlace, value: AreaGeometry | undefined) {
    settleGeometry(this, value);
  },
  enumerable: true,
  configurable: true
};
const COPIED_GEOMETRY: PropertyDescriptor = {
  get(this: TimelinePlace): AreaGeometry | undefined {
    return CopiedGeometry.get(this);
  },
  set(this: TimelinePlace, value: AreaGeometry | undefined) {
    CopiedGeometry.set(this, value);
  },
  enumerable: true,
  configurable: true
};

/**
 * A place with an enumerable `geometry` that parses its JSON on first read and then becomes a plain value,
 * so resolving a country costs nothing for its polygon; spreading or serialising the place reads it.
 */
function lazyGeometryPlace(id: string, name: string, kind: PlaceKind, lat: number, lon: number, bbox: [number, number, number, number],
  country: string, geometry: GeometryReader): TimelinePlace {
  const p: TimelinePlace = { id, name, kind, lat, lon, bbox, country };
  Object.defineProperty(p, 'geometry', PENDING_GEOMETRY);
  new PendingGeometry(p, geometry, id);
  return p;
}
function settleGeometry(target: TimelinePlace, value: AreaGeometry | undefined): void {
  PendingGeometry.settle(target);
  Object.defineProperty(target, 'geometry', { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of a place that keeps a geometry still unparsed as unparsed (a spread would parse it). */
export function copyPlace(p: TimelinePlace): TimelinePlace {
  const loader = PendingGeometry.reader(p);
  if (!loader) return { ...p };
  const copy = {} as Record<string, unknown>;
  for (const k of Object.keys(p)) if (k !== 'geometry') copy[k] = (p as unknown as Record<string, unknown>)[k];
  Object.defineProperty(copy, 'geometry', COPIED_GEOMETRY);
  new CopiedGeometry(copy as unknown as TimelinePlace, loader, p.id);
  return copy as unknown as TimelinePlace;
}

/** A region of a country ("western Kazakhstan") as a place with its dissolved geometry (parsed when first read). */
export function regionPlace(index: GeoIndex, cc: string, dir: Direction): TimelinePlace | undefined {
  const c = index.countries.get(cc);
  const r = c?.regions?.[dir];
  if (!c || !r) return undefined;
  // (its dissolved polygon parsed when first read, as a country's: most regions named are never drawn)
  return index.areaPlace(r.id, regionName(dir, c.name), 'region', r.lat, r.lon, r.bbox, cc);
}

/**
 * The browser variant: static/geo/gazetteer-lite.json (towns of 15,000 or more and admin seats, every
 * country, admin-1 unit and curated feature; no area geometry), as fetched by a worker.
 */
export function createGeoIndexFromBundle(bundle: string | GeoDataFiles): GeoIndex {
  return createGeoIndex(typeof bundle === 'string' ? (JSON.parse(bundle) as GeoDataFiles) : bundle);
}
