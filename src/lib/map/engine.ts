/**
 * The one module that talks to maplibre-gl. Loaded with import() from MapView so the page renders,
 * and the list works, before the ~300 KB library has arrived.
 */
import { Map as MapLibreMap, NavigationControl, Popup, setWorkerUrl, type MapGeoJSONFeature } from 'maplibre-gl';
// The stylesheet is linked when the map is made, not with the page, so an embed's first load stays light.
import stylesheetUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
// MapLibre 6 needs its worker bundled as a worker URL; a plain ?url broke production builds in 6.x.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { AreaFeatureCollection, Bounds, EventFeatureCollection } from './features';
import type { LabelPoint } from './labels';
import {
  AREA_SOURCE,
  buildStyle,
  CLICKABLE_EVENT_LAYERS,
  EVENT_AREA_FILL_LAYER,
  EVENT_SOURCE,
  STATE_PERIOD_END,
  STATE_PERIOD_START,
  STATE_SELECTED,
  type BasemapFile
} from './style';

setWorkerUrl(workerUrl);

export interface EngineOptions {
  container: HTMLElement;
  basemap: readonly BasemapFile[];
  focusCountries: readonly string[];
  countryLabels: readonly LabelPoint[];
  events: EventFeatureCollection;
  areas: AreaFeatureCollection;
  bounds: Bounds | null;
  reducedMotion: boolean;
  dark: boolean;
  initial: { periodStart: number; periodEnd: number; selected: string };
  /** Asked whether a clicked event is visible now (hidden features can still be under the pointer). */
  isVisible: (eventId: string) => boolean;
  onselect: (eventId: string) => void;
  onidle: () => void;
}

export interface MapEngine {
  setPeriod(start: Date, end: Date): boolean;
  setSelected(eventId: string | null): boolean;
  setEvents(events: EventFeatureCollection): void;
  setAreas(areas: AreaFeatureCollection): void;
  /** Swaps the basemap colours (the style is diffed, sources are kept). */
  setTheme(dark: boolean): void;
  /** Eases the view to a point or an area, without zooming out of a closer view of a point. */
  focusOn(target: { point?: [number, number]; bounds?: Bounds }, reducedMotion: boolean): void;
  project(lngLat: [number, number]): { x: number; y: number };
  /** The selected event id as the map holds it (tests check map and list agree). */
  selected(): string;
  destroy(): void;
}

/** Links MapLibre's stylesheet once; resolves when it has loaded (or failed: the map works unstyled). */
export function loadStylesheet(): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>('link[data-maplibre-css]');
  if (existing) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheetUrl;
    link.dataset.maplibreCss = '';
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

export function createEngine(options: EngineOptions): MapEngine {
  let events = options.events;
  let areas = options.areas;
  let dark = options.dark;
  let period: [number, number] = [options.initial.periodStart, options.initial.periodEnd];
  let selectedId = options.initial.selected;
  const style = () =>
    buildStyle({
      basemap: options.basemap,
      origin: location.origin,
      focusCountries: options.focusCountries,
      countryLabels: options.countryLabels,
      events,
      areas,
      dark,
      reducedMotion: options.reducedMotion,
      initial: { periodStart: period[0], periodEnd: period[1], selected: selectedId }
    });
  const map = new MapLibreMap({
    container: options.container,
    style: style(),
    bounds: options.bounds ?? undefined,
    fitBoundsOptions: { padding: 48, maxZoom: 7 },
    center: options.bounds ? undefined : [0, 20],
    zoom: options.bounds ? undefined : 1,
    attributionControl: false,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    canvasContextAttributes: { preserveDrawingBuffer: true }
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', 'Map of the events; use the list of events for the same information');

  map.on('idle', options.onidle);
  let firstLoadDone = false;
  map.once('load', () => (firstLoadDone = true));

  function pickEvent(features: MapGeoJSONFeature[]): string | null {
    // Points before areas (a city inside a shaded region is the more specific target), latest first.
    const ranked = features
      .filter((feature) => options.isVisible(String(feature.properties.eventId)))
      .sort((a, b) => {
        const isPoint = (feature: MapGeoJSONFeature) => Number(feature.layer.id !== EVENT_AREA_FILL_LAYER);
        const pointFirst = isPoint(b) - isPoint(a);
        return pointFirst || Number(b.properties.start) - Number(a.properties.start);
      });
    return ranked.length ? String(ranked[0].properties.eventId) : null;
  }

  const layersReady = () => CLICKABLE_EVENT_LAYERS.every((id) => map.getLayer(id));
  map.on('click', (event) => {
    if (!layersReady()) return;
    const { x, y } = event.point;
    // A few pixels of slack so small circles are easy to hit with a finger.
    const features = map.queryRenderedFeatures([[x - 4, y - 4], [x + 4, y + 4]], { layers: [...CLICKABLE_EVENT_LAYERS] });
    const id = pickEvent(features);
    if (id) options.onselect(id);
  });
  // Hover names the event; text only (setText), never markup from the article.
  const hoverLabel = new Popup({ closeButton: false, closeOnClick: false, className: 'event-hover', offset: 12, maxWidth: '260px' });
  map.on('mousemove', (event) => {
    if (!layersReady()) return;
    const features = map.queryRenderedFeatures(event.point, { layers: [...CLICKABLE_EVENT_LAYERS] });
    const id = pickEvent(features);
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    const title = id ? features.find((feature) => String(feature.properties.eventId) === id)?.properties.title : undefined;
    if (title) hoverLabel.setLngLat(event.lngLat).setText(String(title)).addTo(map);
    else hoverLabel.remove();
  });
  map.on('mouseout', () => hoverLabel.remove());

  return {
    setPeriod(start, end) {
      if (period[0] === +start && period[1] === +end) return false;
      period = [+start, +end];
      map.setGlobalStateProperty(STATE_PERIOD_START, +start);
      map.setGlobalStateProperty(STATE_PERIOD_END, +end);
      return true;
    },
    setSelected(eventId) {
      const next = eventId ?? '';
      if (next === selectedId) return false;
      selectedId = next;
      map.setGlobalStateProperty(STATE_SELECTED, next);
      return true;
    },
    setEvents(next) {
      events = next;
      const source = map.getSource(EVENT_SOURCE);
      if (source && 'setData' in source) (source as { setData(data: unknown): void }).setData(next);
    },
    setAreas(next) {
      areas = next;
      const source = map.getSource(AREA_SOURCE);
      if (source && 'setData' in source) (source as { setData(data: unknown): void }).setData(next);
    },
    setTheme(nextDark) {
      if (nextDark === dark) return;
      dark = nextDark;
      map.setStyle(style(), { diff: true });
    },
    focusOn(target, reducedMotion) {
      // Before the first load a camera move is overridden by the initial fit: do it once loaded.
      if (!firstLoadDone) {
        map.once('load', () => this.focusOn(target, reducedMotion));
        return;
      }
      const duration = reducedMotion ? 0 : 700;
      if (target.point) {
        map.easeTo({ center: target.point, zoom: Math.max(map.getZoom(), 4), duration, essential: false });
      } else if (target.bounds) {
        const [west, south, east, north] = target.bounds;
        map.fitBounds([[west, south], [east, north]], { padding: 48, maxZoom: 6, duration, essential: false });
      }
    },
    selected() {
      return selectedId;
    },
    project(lngLat) {
      const point = map.project(lngLat);
      return { x: point.x, y: point.y };
    },
    destroy() {
      map.remove();
    }
  };
}
