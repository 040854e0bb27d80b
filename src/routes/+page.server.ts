// Build-time facts about the basemap: which files exist (so the browser never asks for a missing one,
// which would be a console error and a broken layer) and one label point per country.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countryLabelPoints, type LabelPoint } from '$lib/map/labels';
import { BASEMAP_FILES } from '$lib/map/style';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const basemap = BASEMAP_FILES.filter((file) => existsSync(resolve('static/geo', `${file}.geojson`)));
  let countryLabels: LabelPoint[] = [];
  if (basemap.includes('countries')) {
    try {
      const countries = JSON.parse(readFileSync(resolve('static/geo/countries.geojson'), 'utf8'));
      countryLabels = countryLabelPoints(countries.features ?? []);
    } catch {
      // Unreadable countries file: the map simply goes without country names.
    }
  }
  return { basemap, countryLabels };
};
