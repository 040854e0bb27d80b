// Serves the static build on HOST:PORT (default 127.0.0.1:4173) with the headers a newsroom needs:
// the app may not be framed by other origins, the embed may (rules in scripts/headers.mjs), and
// answers oEmbed requests (/oembed?url=…&maxwidth=…&maxheight=…) for the site's pages.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { answerOembed, siteOrigin } from '../src/lib/embed/oembed.js';
import { metaPolicy, securityHeaders as headersFor } from './headers.mjs';

const buildDir = new URL('../build', import.meta.url).pathname;
const root = new URL('..', import.meta.url).pathname;

// Editing (corrections saved to seeds/review.json) is offered only when started through `npm start`,
// which loads TypeScript; a plain static host serves the same files without it.
let reviewApi = null;
if (process.env.CRISIS_TIMELINE_EDITABLE === '1') {
  try {
    const { handleReviewApi } = await import('../src/lib/server/review-api.ts');
    const options = {
      seedsDir: join(root, process.env.SEEDS_DIR ?? 'seeds'),
      rawTimelinePath: join(root, 'generated/timeline.raw.json'),
      ...(process.env.CRISIS_REVIEW_FILE ? { reviewPath: process.env.CRISIS_REVIEW_FILE } : {})
    };
    reviewApi = (req, res) => handleReviewApi(req, res, options);
  } catch (error) {
    console.warn(`editing disabled: ${error.message}`);
  }
}
const EDITABLE_META = '<meta name="crisis-timeline-editable" content="1">';
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 4173);

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.ico': 'image/x-icon', '.webmanifest': 'application/manifest+json'
};

/** Maps a URL path to a file in build/, or null. Prerendered pages are `x.html` or `x/index.html`. */
export function resolveFile(pathname) {
  let decoded;
  try { decoded = decodeURIComponent(pathname); } catch { return null; }
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const base = join(buildDir, safe);
  if (!base.startsWith(buildDir)) return null;
  for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Headers for a path; an HTML page passes its own CSP (from its <meta>) as `policy`. */
export function securityHeaders(pathname, policy = '') {
  return headersFor(pathname, policy);
}

const configuredOrigin = siteOrigin(process.env.CRISIS_TIMELINE_SITE_URL);

/** This site's origin as the client sees it: the configured one, else from the Host header. */
function requestOrigin(req) {
  if (configuredOrigin) return configuredOrigin;
  try {
    return new URL(`http://${req.headers.host ?? ''}`).origin;
  } catch {
    return `http://${host}:${port}`;
  }
}

/** Reads a file once per change of its modification time. */
const fileCache = new Map();
function readCached(file) {
  const mtime = statSync(file).mtimeMs;
  const cached = fileCache.get(file);
  if (cached && cached.mtime === mtime) return cached.text;
  const text = readFileSync(file, 'utf8');
  fileCache.set(file, { mtime, text });
  return text;
}

function embedTitle() {
  const file = resolveFile('/embed');
  const title = file ? /<title>([^<]*)<\/title>/.exec(readCached(file))?.[1] : undefined;
  return (title ?? 'Crisis timeline').replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]);
}

function serveOembed(req, res, url) {
  const answer = answerOembed({
    // /oembed.json is also what static hosts answer without a query: the whole timeline.
    url: url.searchParams.get('url') ?? (url.pathname === '/oembed.json' ? '/' : null),
    maxwidth: url.searchParams.get('maxwidth'),
    maxheight: url.searchParams.get('maxheight'),
    format: url.searchParams.get('format'),
    origin: requestOrigin(req),
    title: embedTitle()
  });
  const json = typeof answer.body !== 'string';
  const body = json ? JSON.stringify(answer.body) : answer.body;
  res.writeHead(answer.status, {
    ...securityHeaders(url.pathname),
    'Content-Type': json ? types['.json'] : types['.txt'],
    // Any page may ask (oEmbed consumers fetch from the browser too); nothing private is in it.
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': 'no-cache'
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The prerendered oEmbed discovery link is relative when no site URL was configured: complete it. */
function absoluteOembedLink(html, origin) {
  return html.replace(
    /(<link rel="alternate" type="application\/json\+oembed" href=")\/oembed\?url=%2F/,
    `$1${origin}/oembed?url=${encodeURIComponent(`${origin}/`)}`
  );
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (reviewApi && (await reviewApi(req, res))) return;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (url.pathname === '/oembed' || url.pathname === '/oembed.json') {
    serveOembed(req, res, url);
    return;
  }
  const file = resolveFile(url.pathname);
  const headers = securityHeaders(url.pathname);
  if (!file) {
    const notFound = join(buildDir, '404.html');
    res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(existsSync(notFound) ? undefined : 'Not found');
    return;
  }
  const immutable = url.pathname.startsWith('/_app/immutable/');
  if (file.endsWith('.html')) {
    const page = readCached(file);
    let html = absoluteOembedLink(page, requestOrigin(req));
    if (reviewApi) html = html.replace('<head>', `<head>\n    ${EDITABLE_META}`);
    res.writeHead(200, {
      ...securityHeaders(url.pathname, metaPolicy(page)),
      'Content-Type': types['.html'],
      'Cache-Control': 'no-cache'
    });
    res.end(req.method === 'HEAD' ? undefined : html);
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`crisis-timeline is serving on http://${host}:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
