// Build-time configuration every page needs. CRISIS_TIMELINE_SITE_URL (e.g. "https://news.example")
// makes the oEmbed discovery link absolute in the exported HTML; without it the link is relative and
// scripts/serve.mjs completes it per request. See docs/embedding.md.
import { siteOrigin } from '$lib/embed/oembed.js';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = () => ({ siteUrl: siteOrigin(process.env.CRISIS_TIMELINE_SITE_URL) ?? '' });
