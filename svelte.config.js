import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Hashes of the inline scripts in src/app.html (the theme pick applied before first paint), so the
 * Content-Security-Policy can forbid every other inline script. Computed from the file itself: editing
 * the script cannot silently break it.
 */
function appHtmlScriptHashes() {
  const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
  return [...template.matchAll(/<script>([^<]*)<\/script>/g)].map(
    ([, body]) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`)
  );
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Static output: the pipeline runs at build time and the result is prerendered,
    // so the site can be served by scripts/serve.mjs or any static host.
    adapter: adapterStatic({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
    prerender: {
      // The oEmbed discovery link points at /oembed, answered per request by scripts/serve.mjs (and by
      // the prerendered /oembed.json on static hosts): there is no page to prerender there.
      handleHttpError: ({ path, message }) => {
        if (path === '/oembed') return;
        throw new Error(message);
      }
    },
    // Prerendered pages carry this policy in a <meta> tag, with hashes of SvelteKit's own inline
    // bootstrap script. `frame-ancestors` cannot go in a <meta>: scripts/headers.mjs sends it (and the
    // whole policy again) as a header, from scripts/serve.mjs and in build/_headers for static hosts.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', ...appHtmlScriptHashes()],
        // Svelte writes style="" attributes and MapLibre positions its controls with inline styles.
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        'connect-src': ['self'],
        // MapLibre's worker and the module worker that reads pasted articles.
        'worker-src': ['self', 'blob:'],
        'child-src': ['self', 'blob:'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};
export default config;
