// Security headers, one set of rules for both ways the site is served:
// - scripts/serve.mjs (what `npm start` runs) sends them per request;
// - `node scripts/headers.mjs` (run after `vite build`) writes build/_headers and build/_redirects in
//   the format Netlify and Cloudflare Pages read, so a static export is protected the same way.
//
// Only /embed may be framed by other origins. The Content-Security-Policy of each page is the one
// SvelteKit put in its <meta> tag (with hashes of its inline scripts; see svelte.config.js) plus
// `frame-ancestors`, which a <meta> cannot carry.
// CRISIS_TIMELINE_EMBED_ORIGINS ("https://a.example https://b.example") limits who may frame /embed.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Origins from a space- or comma-separated list; anything that is not an http(s) origin is dropped. */
export function allowedEmbedOrigins(config = process.env.CRISIS_TIMELINE_EMBED_ORIGINS) {
  const origins = new Set();
  for (const entry of (config ?? '').split(/[\s,]+/)) {
    if (!entry) continue;
    try {
      const url = new URL(entry);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
    } catch {
      // not an origin: ignored
    }
  }
  return [...origins];
}

export function isEmbeddable(pathname) {
  return pathname === '/embed' || pathname === '/embed/' || pathname === '/embed.html';
}

/** The page's own policy from its `<meta http-equiv="content-security-policy">`, or ''. */
export function metaPolicy(html) {
  const tag = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!tag) return '';
  return tag[1].replace(/&(amp|quot|#39|lt|gt);/g, (_, name) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[name]);
}

/**
 * Headers for a response. `policy` is the page's CSP without frame-ancestors (from `metaPolicy`);
 * for anything but an HTML page it may be empty.
 */
export function securityHeaders(pathname, policy = '', origins = allowedEmbedOrigins()) {
  const embeddable = isEmbeddable(pathname);
  const ancestors = embeddable ? (origins.length ? `'self' ${origins.join(' ')}` : '*') : "'self'";
  const csp = [policy.trim().replace(/;\s*$/, ''), `frame-ancestors ${ancestors}`].filter(Boolean).join('; ');
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Content-Security-Policy': csp,
    ...(embeddable ? {} : { 'X-Frame-Options': 'SAMEORIGIN' })
  };
}

function htmlFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...htmlFiles(path));
    else if (name.endsWith('.html')) found.push(path);
  }
  return found;
}

/** URL paths a static host serves a file under: `x.html` is also `/x`, `x/index.html` also `/x/`. */
function pathsOf(file, buildDir) {
  const path = `/${relative(buildDir, file).split(sep).join('/')}`;
  if (path.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path];
  return [path.slice(0, -'.html'.length), path];
}

/**
 * Writes `_headers` and `_redirects` into `buildDir`. Each page gets its own rule with its own policy:
 * both hosts merge every rule that matches a path, and two CSP headers would both apply (so a
 * catch-all `frame-ancestors 'self'` would also forbid framing /embed).
 */
export function writeStaticHeaders(buildDir) {
  const origins = allowedEmbedOrigins();
  const rules = ['# Written by scripts/headers.mjs after the build; do not edit by hand.', '/*', '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin', ''];
  for (const file of htmlFiles(buildDir).sort()) {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    for (const path of pathsOf(file, buildDir)) {
      const { 'X-Content-Type-Options': _nosniff, 'Referrer-Policy': _referrer, ...own } = securityHeaders(path, policy, origins);
      rules.push(path, ...Object.entries(own).map(([name, value]) => `  ${name}: ${value}`), '');
    }
  }
  writeFileSync(join(buildDir, '_headers'), `${rules.join('\n')}`);
  // Static hosts cannot read oEmbed's query: /oembed answers with the prerendered default.
  writeFileSync(join(buildDir, '_redirects'), '/oembed /oembed.json 200\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const buildDir = fileURLToPath(new URL('../build', import.meta.url));
  writeStaticHeaders(buildDir);
  console.log(`wrote ${join(buildDir, '_headers')} and _redirects`);
}
