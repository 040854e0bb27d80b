/** Node-only loader of generated/geo (written by scripts/build-geodata.mjs) into a cached GeoIndex. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGeoIndex, type GeoDataFiles, type GeoIndex } from '../geo/geo-index';

let cached: GeoIndex | undefined;

/** generated/geo of the project: from the working directory, else relative to this file (src/lib/server). */
export function geoDataDir(): string {
  const fromCwd = path.join(process.cwd(), 'generated', 'geo');
  if (fs.existsSync(path.join(fromCwd, 'names.tsv'))) return fromCwd;
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'generated', 'geo');
}

export function readGeoDataFiles(dir = geoDataDir()): GeoDataFiles {
  const file = (f: string) => {
    const full = path.join(dir, f);
    if (!fs.existsSync(full)) throw new Error(`missing ${full}: run "npm run geodata" first`);
    return full;
  };
  const read = (f: string) => fs.readFileSync(file(f), 'utf8');
  // the big sorted files stay UTF-8 bytes (searched in place; decoding 27 MB would take ~200 ms)
  const bytes = (f: string): Uint8Array => fs.readFileSync(file(f));
  const offsets = (f: string) => {
    const buf = fs.readFileSync(file(f));
    // a Buffer can sit at any byte offset of a shared pool; Uint32Array views need 4-byte alignment
    if (buf.byteOffset % 4 === 0) return new Uint32Array(buf.buffer, buf.byteOffset, buf.length >>> 2);
    return new Uint32Array(new Uint8Array(buf).buffer);
  };
  // binary columns and postings are optional: without them the index parses the TSV values instead
  const optional = <T>(f: string, get: (f: string) => T): T | undefined => (fs.existsSync(path.join(dir, f)) ? get(f) : undefined);
  return {
    placesBin: optional('places.bin', bytes),
    placesMeta: optional('places-meta.json', read),
    namesRows: optional('names.rows', offsets),
    namesLooseRows: optional('names-loose.rows', offsets),
    namesBloom: optional('names.bloom', offsets),
    admin2: optional('admin2.tsv', read),
    givenNames: optional('given-names.txt', read),
    commonWords: optional('common-words.txt', read),
    places: bytes('places.tsv'),
    placesIdx: offsets('places.idx'),
    names: bytes('names.tsv'),
    namesIdx: offsets('names.idx'),
    namesLoose: bytes('names-loose.tsv'),
    namesLooseIdx: offsets('names-loose.idx'),
    named: read('named.tsv'),
    admin1: read('admin1.json'),
    countries: read('countries.json'),
    features: read('features.json'),
    geometry: read('geometry.tsv')
  };
}

export function loadGeoIndex(): GeoIndex {
  cached ??= createGeoIndex(readGeoDataFiles());
  return cached;
}
