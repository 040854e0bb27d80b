// A default oEmbed answer for static hosts, which cannot read `url`, `maxwidth` or `maxheight`:
// the whole timeline in the default box. scripts/serve.mjs answers /oembed and /oembed.json per
// request instead. The iframe is absolute only when CRISIS_TIMELINE_SITE_URL is set at build time.
import { answerOembed, siteOrigin } from '$lib/embed/oembed.js';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = async ({ fetch }) => {
  const configured = siteOrigin(process.env.CRISIS_TIMELINE_SITE_URL);
  // The title the embed page itself shows, so the two never disagree.
  const html = await (await fetch('/embed')).text();
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Crisis timeline';
  const answer = answerOembed({ url: '/', origin: configured ?? 'http://localhost', title: decodeEntities(title) });
  const body = answer.body as Record<string, unknown>;
  if (!configured) {
    // No known origin: relative URLs, which work when the HTML is read on this same site.
    body.html = String(body.html).replaceAll('http://localhost/', '/');
    body.provider_url = '/';
  }
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}
