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
  const offsets = (f: string) => {
    const buf = fs.readFileSync(file(f));
    // a Buffer can sit at any byte offset of a shared pool; Uint32Array views need 4-byte alignment
    if (buf.byteOffset % 4 === 0) return new Uint32Array(buf.buffer, buf.byteOffset, buf.length >>> 2);
    return new Uint32Array(new Uint8Array(buf).buffer);
  };
  return {
    places: read('places.tsv'),
    placesIdx: offsets('places.idx'),
    names: read('names.tsv'),
    namesIdx: offsets('names.idx'),
    namesLoose: read('names-loose.tsv'),
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
