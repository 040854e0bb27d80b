// `npm start`: install if needed, build if needed, then serve the production site in the foreground.
import { ensureBuilt, ensureInstalled } from './lib-setup.mjs';

ensureInstalled();
ensureBuilt();
// The editing API (seeds/review.json) is TypeScript shared with the pipeline: load it through tsx.
const { register } = await import('tsx/esm/api');
register();
process.env.CRISIS_TIMELINE_EDITABLE ??= '1';
await import('./serve.mjs');
