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
  const read = (f: string) => {
    const file = path.join(dir, f);
    if (!fs.existsSync(file)) throw new Error(`missing ${file}: run "npm run geodata" first`);
    return fs.readFileSync(file, 'utf8');
  };
  return {
    places: read('places.tsv'),
    names: read('names.tsv'),
    namesLoose: read('names-loose.tsv'),
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
