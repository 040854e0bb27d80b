import adapterStatic from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Static output: the pipeline runs at build time and the result is prerendered,
    // so the site can be served by scripts/serve.mjs or any static host.
    adapter: adapterStatic({ pages: 'build', assets: 'build', fallback: undefined, strict: true })
  }
};
export default config;
