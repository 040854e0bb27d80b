/**
 * Binds the pipeline to the geoparser in src/lib/geo: places in the text, and the document's
 * focus country (the one it is mostly about) as the fallback place of events that name none.
 */
import { focusCountries, geoparse, type PlaceMention } from '../geo/geoparse';
import type { GeoIndex } from '../geo/geo-index';
import type { Geoparser } from './pipeline';
import type { TimelinePlace } from './types';

export function createGeoparser(index: GeoIndex): Geoparser {
  return {
    parse: (text) => geoparse(text, index),
    capitalOf: (cc) => {
      const capital = index.countries.get(cc)?.capital;
      if (!capital) return null;
      return geoparse(capital, index, { focusCountries: [cc] }).find((m) => m.place.country === cc && m.place.kind === 'city')?.place ?? null;
    },
    countryCode: (name) => geoparse(name, index).find((m) => m.place.kind === 'country')?.place.country,
    focusPlace: (mentions) => {
      const [cc] = focusCountries(mentions as PlaceMention[]);
      const country = cc ? index.countries.get(cc) : undefined;
      if (!country) return null;
      const place: TimelinePlace = index.toPlace({ type: 'country', country }, true);
      return place;
    }
  };
}
