/**
 * The map style, entirely local: GeoJSON from /geo/ and labels drawn by the browser from the page's own
 * font (no `glyphs` URL, so MapLibre renders text locally instead of fetching glyph files).
 * Event layers read the current period and the selection from the style's global state, so the slider
 * changes a few numbers per frame instead of rebuilding sources or re-tiling with filters.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification
} from 'maplibre-gl';
import type { EventFeatureCollection } from './features';
import type { LabelPoint } from './labels';

export const BASEMAP_FILES = ['land', 'lakes', 'rivers', 'countries', 'admin1', 'places'] as const;
export type BasemapFile = (typeof BASEMAP_FILES)[number];

export const EVENT_SOURCE = 'events';
export const EVENT_POINT_LAYER = 'event-points';
export const EVENT_SELECTED_LAYER = 'event-selected';
export const EVENT_AREA_FILL_LAYER = 'event-area-fill';
export const EVENT_AREA_LINE_LAYER = 'event-area-line';
export const CLICKABLE_EVENT_LAYERS = [EVENT_SELECTED_LAYER, EVENT_POINT_LAYER, EVENT_AREA_FILL_LAYER] as const;

export const STATE_PERIOD_START = 'periodStart';
export const STATE_PERIOD_END = 'periodEnd';
export const STATE_SELECTED = 'selected';

const LABEL_FONT = ['Noto Sans', 'sans-serif'];
const WATER = '#d5e3ec';
const INK = '#2b2f36';

const started: ExpressionSpecification = ['<', ['get', 'start'], ['global-state', STATE_PERIOD_END]];
const ongoing: ExpressionSpecification = ['>', ['get', 'end'], ['global-state', STATE_PERIOD_START]];
const selected: ExpressionSpecification = ['==', ['get', 'eventId'], ['global-state', STATE_SELECTED]];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
const isArea: ExpressionSpecification = ['any', ['==', ['geometry-type'], 'Polygon'], ['==', ['geometry-type'], 'MultiPolygon']];

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
  /** One point per country, computed at build time. */
  countryLabels: readonly LabelPoint[];
  reducedMotion: boolean;
  /** Period (epoch ms) and selection to draw first, before any update arrives. */
  initial?: { periodStart: number; periodEnd: number; selected: string };
}

export function buildStyle(options: StyleOptions): StyleSpecification {
  const has = (file: BasemapFile) => options.basemap.includes(file);
  const url = (file: BasemapFile) => new URL(`/geo/${file}.geojson`, options.origin).href;
  const sources: Record<string, SourceSpecification> = {};
  for (const file of BASEMAP_FILES) {
    if (has(file)) sources[file] = { type: 'geojson', data: url(file), tolerance: 0.5 };
  }
  sources[EVENT_SOURCE] = { type: 'geojson', data: options.events as never };
  if (options.countryLabels.length > 0) {
    sources['country-labels'] = { type: 'geojson', data: { type: 'FeatureCollection', features: [...options.countryLabels] } as never };
  }

  // Features without an ISO code (leased or disputed areas) would show as holes in their host country.
  const recognised: ExpressionSpecification = ['!=', ['get', 'iso_a2'], '-1'];
  const focus: ExpressionSpecification = ['in', ['get', 'iso_a2'], ['literal', [...options.focusCountries]]];
  const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': WATER } }];
  if (has('land')) layers.push({ id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f3f1ec' } });
  if (has('countries')) {
    layers.push({
      id: 'country-fill',
      type: 'fill',
      source: 'countries',
      filter: recognised,
      paint: { 'fill-color': ['case', focus, '#fdfcfa', '#eeebe4'] }
    });
  }
  if (has('lakes')) layers.push({ id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': WATER } });
  if (has('rivers')) {
    layers.push({
      id: 'rivers',
      type: 'line',
      source: 'rivers',
      paint: { 'line-color': '#b7cfdd', 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 7, 1.4] }
    });
  }
  if (has('admin1')) {
    layers.push({
      id: 'admin1-lines',
      type: 'line',
      source: 'admin1',
      minzoom: 2.5,
      paint: { 'line-color': '#bdb6a8', 'line-width': 0.7, 'line-dasharray': [3, 2] }
    });
  }
  if (has('countries')) {
    layers.push({
      id: 'country-lines',
      type: 'line',
      source: 'countries',
      filter: recognised,
      paint: { 'line-color': '#8f887b', 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.6, 7, 1.4] }
    });
  }

  const transition = { duration: options.reducedMotion ? 0 : 250, delay: 0 };
  layers.push(
    {
      id: EVENT_AREA_FILL_LAYER,
      type: 'fill',
      source: EVENT_SOURCE,
      filter: isArea,
      paint: {
        'fill-color': ['get', 'color'],
        // Events placed only at country level stack on one polygon: keep each faint so the stack stays readable.
        'fill-opacity': ['case', ['==', ['get', 'kind'], 'country'], byStatus(0, 0.05, 0.015, 0.22), byStatus(0, 0.26, 0.08, 0.34)],
        'fill-opacity-transition': transition
      }
    },
    {
      id: EVENT_AREA_LINE_LAYER,
      type: 'line',
      source: EVENT_SOURCE,
      filter: isArea,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['get', 'color'],
        'line-opacity': byStatus(0, 0.9, 0.35),
        'line-width': ['case', selected, 3, 1.6],
        'line-dasharray': [3, 2],
        'line-opacity-transition': transition
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
      paint: { 'text-color': '#8a8377', 'text-halo-color': 'rgba(255,255,255,0.7)', 'text-halo-width': 1 }
    });
  }
  if (has('places')) {
    layers.push({
      id: 'place-dots',
      type: 'circle',
      source: 'places',
      filter: ['>=', ['to-number', ['get', 'population'], 0], 500000],
      paint: { 'circle-radius': 2, 'circle-color': '#5d5a55' }
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
      paint: { 'text-color': INK, 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 }
    });
  }

  layers.push({
    id: EVENT_POINT_LAYER,
    type: 'circle',
    source: EVENT_SOURCE,
    filter: isPoint,
    layout: { 'circle-sort-key': ['get', 'start'] },
    paint: {
      'circle-color': ['get', 'color'],
      'circle-radius': byStatus(0, 8, 5.5, 11),
      'circle-opacity': byStatus(0, 0.95, 0.45),
      'circle-stroke-color': ['case', selected, INK, '#ffffff'],
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
      'circle-color': ['get', 'color'],
      'circle-radius': byStatus(7, 11, 11),
      'circle-opacity': 1,
      'circle-stroke-color': INK,
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
