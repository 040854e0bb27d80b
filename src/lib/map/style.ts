/**
 * The map style, entirely local: GeoJSON from /geo/ and labels drawn by the browser from the page's own
 * font (no `glyphs` URL, so MapLibre renders text locally instead of fetching glyph files).
 * Event layers read the current period and the selection from the style's global state, so the slider
 * changes a few numbers per frame instead of rebuilding sources or re-tiling with filters.
 * Areas are filled once per place (from a small source the view updates once per day shown), so
 * events that all fall back to "the whole country" stay a faint wash, not an opaque blob.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification
} from 'maplibre-gl';
import type { AreaFeatureCollection, EventFeatureCollection } from './features';
import type { LabelPoint } from './labels';

export const BASEMAP_FILES = ['land', 'lakes', 'rivers', 'countries', 'admin1', 'places'] as const;
export type BasemapFile = (typeof BASEMAP_FILES)[number];

export const EVENT_SOURCE = 'events';
export const AREA_SOURCE = 'event-areas';
export const EVENT_POINT_LAYER = 'event-points';
export const EVENT_NEW_LAYER = 'event-new';
export const EVENT_SELECTED_LAYER = 'event-selected';
export const EVENT_AREA_FILL_LAYER = 'event-area-fill';
export const EVENT_AREA_LINE_LAYER = 'event-area-line';
export const PLACE_AREA_FILL_LAYER = 'place-area-fill';
export const PLACE_AREA_LINE_LAYER = 'place-area-line';
export const CLICKABLE_EVENT_LAYERS = [EVENT_SELECTED_LAYER, EVENT_POINT_LAYER, EVENT_AREA_FILL_LAYER] as const;

export const STATE_PERIOD_START = 'periodStart';
export const STATE_PERIOD_END = 'periodEnd';
export const STATE_SELECTED = 'selected';

const LABEL_FONT = ['Noto Sans', 'sans-serif'];

/** Basemap colours per theme: quiet, so the event colours carry the meaning. */
export interface MapPalette {
  water: string;
  land: string;
  country: string;
  focusCountry: string;
  river: string;
  admin1: string;
  border: string;
  countryLabel: string;
  placeDot: string;
  placeLabel: string;
  halo: string;
  /** Outline of the selected event. */
  selection: string;
  /** Outline of other event points, against the land. */
  pointEdge: string;
  /** Areas shared by events of several categories. */
  mixedArea: string;
}

export const PALETTES: Record<'light' | 'dark', MapPalette> = {
  light: {
    water: '#d5e3ec', land: '#f3f1ec', country: '#eeebe4', focusCountry: '#fdfcfa', river: '#b7cfdd', admin1: '#bdb6a8',
    border: '#8f887b', countryLabel: '#7d766a', placeDot: '#5d5a55', placeLabel: '#2b2f36', halo: '#ffffff',
    selection: '#1d2228', pointEdge: '#ffffff', mixedArea: '#4a5260'
  },
  dark: {
    water: '#17212b', land: '#25282c', country: '#2a2d32', focusCountry: '#353940', river: '#2b4354', admin1: '#50545a',
    border: '#80858d', countryLabel: '#a2a8b0', placeDot: '#c9ccd1', placeLabel: '#e8eaed', halo: '#15181c',
    selection: '#ffffff', pointEdge: '#15181c', mixedArea: '#b4bcc8'
  }
};

const started: ExpressionSpecification = ['<', ['get', 'start'], ['global-state', STATE_PERIOD_END]];
const ongoing: ExpressionSpecification = ['>', ['get', 'end'], ['global-state', STATE_PERIOD_START]];
const startsNow: ExpressionSpecification = ['all', started, ['>=', ['get', 'start'], ['global-state', STATE_PERIOD_START]]];
const selected: ExpressionSpecification = ['==', ['get', 'eventId'], ['global-state', STATE_SELECTED]];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isArea: ExpressionSpecification = ['any', ['==', ['geometry-type'], 'Polygon'], ['==', ['geometry-type'], 'MultiPolygon']];
const isCountry: ExpressionSpecification = ['==', ['get', 'kind'], 'country'];
const areaCurrent: ExpressionSpecification = ['==', ['get', 'status'], 'current'];

/** hidden before it starts, strong while it runs, faint afterwards */
function byStatus(future: number, current: number, past: number, chosen?: number): ExpressionSpecification {
  const base: ExpressionSpecification = ['case', ['!', started], future, ongoing, current, past];
  return chosen === undefined ? base : ['case', ['all', started, selected], chosen, base];
}

export interface StyleOptions {
  /** Which /geo/*.geojson files exist; missing ones are left out instead of failing to load. */
  basemap: readonly BasemapFile[];
  /** Absolute base URL of the site (the worker resolves GeoJSON URLs itself). */
  origin: string;
  /** ISO 3166-1 alpha-2 codes of the countries the events are in, drawn a shade lighter. */
  focusCountries: readonly string[];
  events: EventFeatureCollection;
  /** One fill per area with events so far (see `areaFeatures`). */
  areas: AreaFeatureCollection;
  /** One point per country, computed at build time. */
  countryLabels: readonly LabelPoint[];
  reducedMotion: boolean;
  dark?: boolean;
  /** Period (epoch ms) and selection to draw first, before any update arrives. */
  initial?: { periodStart: number; periodEnd: number; selected: string };
}

export function buildStyle(options: StyleOptions): StyleSpecification {
  const colors = PALETTES[options.dark ? 'dark' : 'light'];
  // Category colours have a dark-theme variant with enough contrast against the dark map.
  const categoryColor = options.dark ? 'darkColor' : 'color';
  const has = (file: BasemapFile) => options.basemap.includes(file);
  const url = (file: BasemapFile) => new URL(`/geo/${file}.geojson`, options.origin).href;
  const sources: Record<string, SourceSpecification> = {};
  for (const file of BASEMAP_FILES) {
    if (has(file)) sources[file] = { type: 'geojson', data: url(file), tolerance: 0.5 };
  }
  sources[EVENT_SOURCE] = { type: 'geojson', data: options.events as never };
  sources[AREA_SOURCE] = { type: 'geojson', data: options.areas as never };
  if (options.countryLabels.length > 0) {
    sources['country-labels'] = { type: 'geojson', data: { type: 'FeatureCollection', features: [...options.countryLabels] } as never };
  }

  // Features without an ISO code (leased or disputed areas) would show as holes in their host country.
  const recognised: ExpressionSpecification = ['!=', ['get', 'iso_a2'], '-1'];
  const focus: ExpressionSpecification = ['in', ['get', 'iso_a2'], ['literal', [...options.focusCountries]]];
  const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': colors.water } }];
  if (has('land')) layers.push({ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': colors.land } });
  if (has('countries')) {
    layers.push({
      id: 'country-fill',
      type: 'fill',
      source: 'countries',
      filter: recognised,
      paint: { 'fill-color': ['case', focus, colors.focusCountry, colors.country] }
    });
  }
  if (has('lakes')) layers.push({ id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': colors.water } });
  if (has('rivers')) {
    layers.push({
      id: 'rivers',
      type: 'line',
      source: 'rivers',
      paint: { 'line-color': colors.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 7, 1.4] }
    });
  }
  if (has('admin1')) {
    layers.push({
      id: 'admin1-lines',
      type: 'line',
      source: 'admin1',
      minzoom: 2.5,
      paint: { 'line-color': colors.admin1, 'line-width': 0.7, 'line-dasharray': [3, 2] }
    });
  }
  if (has('countries')) {
    layers.push({
      id: 'country-lines',
      type: 'line',
      source: 'countries',
      filter: recognised,
      paint: { 'line-color': colors.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 7, 1.4] }
    });
  }

  const transition = { duration: options.reducedMotion ? 0 : 250, delay: 0 };
  const emphasis = { duration: options.reducedMotion ? 0 : 700, delay: 0 };
  layers.push(
    {
      // Vague on purpose: a light wash with a dashed edge says "somewhere in here".
      id: PLACE_AREA_FILL_LAYER,
      type: 'fill',
      source: AREA_SOURCE,
      paint: {
        'fill-color': ['case', ['get', 'mixed'], colors.mixedArea, ['get', categoryColor]],
        'fill-opacity': ['case', isCountry, ['case', areaCurrent, 0.1, 0.04], ['case', areaCurrent, 0.24, 0.08]],
        'fill-opacity-transition': transition
      }
    },
    {
      id: PLACE_AREA_LINE_LAYER,
      type: 'line',
      source: AREA_SOURCE,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', ['get', 'mixed'], colors.mixedArea, ['get', categoryColor]],
        'line-opacity': ['case', areaCurrent, 0.85, 0.35],
        // A new event in the area: a bolder edge for the day it starts.
        'line-width': ['case', ['get', 'fresh'], 3.2, 1.6],
        'line-dasharray': [3, 2],
        'line-opacity-transition': transition,
        'line-width-transition': emphasis
      }
    },
    {
      // Per event only for picking and for the selection; the wash above is drawn once per place.
      id: EVENT_AREA_FILL_LAYER,
      type: 'fill',
      source: EVENT_SOURCE,
      filter: isArea,
      paint: {
        'fill-color': ['get', categoryColor],
        'fill-opacity': ['case', ['all', started, selected], ['case', isCountry, 0.14, 0.22], 0],
        'fill-opacity-transition': transition
      }
    },
    {
      id: EVENT_AREA_LINE_LAYER,
      type: 'line',
      source: EVENT_SOURCE,
      filter: ['all', isArea, selected],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': colors.selection,
        'line-opacity': byStatus(0, 0.9, 0.9),
        'line-width': 2.5,
        'line-dasharray': [3, 2]
      }
    }
  );

  if (options.countryLabels.length > 0) {
    layers.push({
      id: 'country-labels',
      type: 'symbol',
      source: 'country-labels',
      maxzoom: 6,
      layout: {
        'symbol-sort-key': ['-', 0, ['get', 'area']],
        'text-field': ['upcase', ['get', 'name']],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13],
        'text-letter-spacing': 0.12,
        'text-max-width': 8
      },
      paint: { 'text-color': colors.countryLabel, 'text-halo-color': colors.halo, 'text-halo-width': 1 }
    });
  }
  if (has('places')) {
    layers.push({
      id: 'place-dots',
      type: 'circle',
      source: 'places',
      filter: ['>=', ['to-number', ['get', 'population'], 0], 500000],
      paint: { 'circle-radius': 2, 'circle-color': colors.placeDot }
    });
    layers.push({
      id: 'place-labels',
      type: 'symbol',
      source: 'places',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
        'text-anchor': 'left',
        'text-offset': [0.5, 0],
        'text-optional': true,
        // Bigger towns win label collisions.
        'symbol-sort-key': ['-', 0, ['to-number', ['get', 'population'], 0]]
      },
      paint: { 'text-color': colors.placeLabel, 'text-halo-color': colors.halo, 'text-halo-width': 1.4 }
    });
  }

  // A ring around events that start on the day shown: grows and fades in, then goes when the day passes.
  layers.push({
    id: EVENT_NEW_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    filter: isPoint,
    paint: {
      'circle-color': 'rgba(0,0,0,0)',
      'circle-radius': ['*', ['case', startsNow, 17, 8], ['get', 'size']],
      'circle-stroke-color': ['get', categoryColor],
      'circle-stroke-width': 2,
      'circle-stroke-opacity': ['case', startsNow, 0.55, 0],
      'circle-radius-transition': emphasis,
      'circle-stroke-opacity-transition': emphasis
    }
  });

  layers.push({
    id: EVENT_POINT_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    filter: isPoint,
    layout: { 'circle-sort-key': ['get', 'start'] },
    paint: {
      'circle-color': ['get', categoryColor],
      'circle-radius': ['*', byStatus(0, 8, 5.5, 11), ['get', 'size']],
      'circle-opacity': byStatus(0, 0.95, 0.45),
      'circle-stroke-color': ['case', selected, colors.selection, colors.pointEdge],
      'circle-stroke-width': ['case', selected, 2.5, 1.2],
      'circle-stroke-opacity': byStatus(0, 1, 0.6),
      'circle-radius-transition': transition,
      'circle-opacity-transition': transition
    }
  });

  // The selection drawn once more on top, so another event at the same place cannot hide it.
  // Its filter reads the global state: changing the selection re-filters once, which is fine for a click.
  layers.push({
    id: EVENT_SELECTED_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    filter: ['all', isPoint, selected],
    paint: {
      'circle-color': ['get', categoryColor],
      'circle-radius': ['*', byStatus(7, 11, 11), ['get', 'size']],
      'circle-opacity': 1,
      'circle-stroke-color': colors.selection,
      'circle-stroke-width': 2.5
    }
  });

  return {
    version: 8,
    name: 'crisis-timeline local',
    state: {
      [STATE_PERIOD_START]: { default: options.initial?.periodStart ?? 0 },
      [STATE_PERIOD_END]: { default: options.initial?.periodEnd ?? 0 },
      [STATE_SELECTED]: { default: options.initial?.selected ?? '' }
    },
    sources,
    layers
  };
}
