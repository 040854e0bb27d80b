// The basemap facts of `/`, plus the embed's build-time configuration.
import { parseAllowedOrigins } from '$lib/view/embed-api';
import { load as basemapFacts } from '../+page.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const facts = await basemapFacts(event as unknown as Parameters<typeof basemapFacts>[0]);
  return {
    ...(facts ?? { basemap: [], countryLabels: [] }),
    /** Host origins allowed to drive the embed by postMessage (empty: any). See docs/embedding.md. */
    allowedOrigins: parseAllowedOrigins(process.env.CRISIS_TIMELINE_EMBED_ORIGINS)
  };
};
