import { dev } from '$app/environment';
import type { Handle } from '@sveltejs/kit';

// Under `npm run dev` the editing API is there (vite.config.ts), so pages say so; the prerendered
// build gets the same marker from scripts/serve.mjs when `npm start` serves it, and none on a static host.
export const handle: Handle = ({ event, resolve }) =>
  resolve(event, {
    transformPageChunk: ({ html }) => (dev ? html.replace('<head>', '<head>\n    <meta name="crisis-timeline-editable" content="1">') : html)
  });
