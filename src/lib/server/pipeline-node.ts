/** Node-side wiring of the pipeline: the geography loaded from generated/geo, once per process. */
import { createGeoparser } from '../extract/geoparser';
import type { Geoparser } from '../extract/pipeline';
import { geoparse, toToponyms } from '../geo/geoparse';
import type { GeoIndex } from '../geo/geo-index';
import { loadGeoIndex } from './geodata';

let geoparser: Geoparser | null = null;

export function loadGeoparser(): Geoparser {
  geoparser ??= createGeoparser(loadGeoIndex());
  return geoparser;
}

export function loadGeoIndexForCli(): GeoIndex {
  return loadGeoIndex();
}

export function toponymsFor(text: string, index: GeoIndex) {
  return toToponyms(geoparse(text, index));
}
