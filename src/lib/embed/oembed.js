// oEmbed 1.0 answers (https://oembed.com/), shared by the prerendered /oembed.json route and the
// plain-Node server (scripts/serve.mjs answers /oembed dynamically), hence plain JavaScript.
// Only pages of this site can be embedded: any other `url` gets a 404, as the spec asks.

/** The box the embed is designed for; 4:3 with a floor so map and list both fit. */
export const DEFAULT_WIDTH = 800;
export const DEFAULT_HEIGHT = 600;
export const MIN_HEIGHT = 480;

const TIME_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;
const EVENT_ID_PATTERN = /^[\w.:~-]{1,128}$/;

/** @param {string} text */
function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** @param {string | null | undefined} value @returns {number | null} a positive whole number of pixels */
function pixels(value) {
  if (!value || !/^\d{1,6}$/.test(value.trim())) return null;
  const number = Number(value);
  return number > 0 ? number : null;
}

/**
 * `/embed` with the view parameters of `pageUrl` (`t`, `event`, `theme`), or null when `pageUrl` is
 * not one of this site's pages. A relative `pageUrl` is read against `origin`.
 * @param {string} pageUrl
 * @param {string} origin e.g. "https://news.example"
 */
export function embedUrlFor(pageUrl, origin) {
  let page;
  try {
    page = new URL(pageUrl, origin);
  } catch {
    return null;
  }
  if (page.origin !== new URL(origin).origin) return null;
  if (!['/', '/embed', '/embed/'].includes(page.pathname)) return null;
  const embed = new URL('/embed', origin);
  const t = page.searchParams.get('t');
  const event = page.searchParams.get('event');
  const theme = page.searchParams.get('theme');
  if (t && TIME_PATTERN.test(t)) embed.searchParams.set('t', t);
  if (event && EVENT_ID_PATTERN.test(event)) embed.searchParams.set('event', event);
  if (theme === 'light' || theme === 'dark') embed.searchParams.set('theme', theme);
  return embed.href;
}

/**
 * Width and height within `maxwidth`/`maxheight` (either may be absent).
 * @param {number | null} maxwidth @param {number | null} maxheight
 */
export function embedSize(maxwidth, maxheight) {
  const width = Math.min(DEFAULT_WIDTH, maxwidth ?? DEFAULT_WIDTH);
  const height = Math.min(Math.max(Math.round((width * DEFAULT_HEIGHT) / DEFAULT_WIDTH), MIN_HEIGHT), maxheight ?? Infinity);
  return { width, height };
}

/**
 * @typedef {{ status: number, body: Record<string, unknown> | string }} OembedAnswer
 * @param {{ url: string | null, maxwidth?: string | null, maxheight?: string | null, format?: string | null,
 *           origin: string, title: string }} request
 * @returns {OembedAnswer}
 */
export function answerOembed(request) {
  if (request.format && request.format !== 'json') return { status: 501, body: 'Only format=json is offered.' };
  if (!request.url) return { status: 400, body: 'The url parameter is required.' };
  const src = embedUrlFor(request.url, request.origin);
  if (!src) return { status: 404, body: 'Not a page of this site.' };
  const { width, height } = embedSize(pixels(request.maxwidth), pixels(request.maxheight));
  const title = request.title || 'Crisis timeline';
  const html =
    `<iframe src="${escapeAttribute(src)}" width="${width}" height="${height}" title="${escapeAttribute(title)}" ` +
    `loading="lazy" style="border:0;max-width:100%" allow="fullscreen" data-crisis-timeline></iframe>`;
  return {
    status: 200,
    body: {
      version: '1.0',
      type: 'rich',
      provider_name: 'Crisis timeline',
      provider_url: new URL('/', request.origin).href,
      title,
      width,
      height,
      html,
      cache_age: 3600
    }
  };
}

/**
 * The site's own origin: CRISIS_TIMELINE_SITE_URL when set (e.g. "https://news.example"), else null.
 * @param {string | undefined} configured
 */
export function siteOrigin(configured) {
  if (!configured) return null;
  try {
    const url = new URL(configured);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
