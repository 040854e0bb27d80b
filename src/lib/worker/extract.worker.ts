/// <reference lib="webworker" />
/**
 * The extraction pipeline in a Web Worker: a pasted or dropped article becomes a timeline in the
 * reader's browser, with no server. The browser gazetteer (towns ≥ 15,000 people, every admin-1
 * unit and country) is fetched once, the first time it is needed.
 */
import { createGeoparser } from '../extract/geoparser';
import { buildTimeline, type Geoparser } from '../extract/pipeline';
import { createGeoIndexFromBundle } from '../geo/geo-index';

export interface ExtractRequest {
  id: number;
  name: string;
  text: string;
  /** The reader's today (YYYY-MM-DD), the latest date a year inferred from the text may fall on. */
  today: string;
  /** Where the browser gazetteer is served. */
  gazetteerUrl: string;
}

let geoparser: Promise<Geoparser> | null = null;

async function loadGeoparser(url: string): Promise<Geoparser> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the place-name data could not be loaded (${response.status})`);
  return createGeoparser(createGeoIndexFromBundle(await response.text()));
}

self.onmessage = async (message: MessageEvent<ExtractRequest>) => {
  const { id, name, text, today, gazetteerUrl } = message.data;
  try {
    geoparser ??= loadGeoparser(gazetteerUrl);
    const geo = await geoparser.catch((error) => {
      geoparser = null;
      throw error;
    });
    const timeline = buildTimeline([{ path: name, text }], geo, { today });
    self.postMessage({ id, timeline });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
