// `npm start`: install if needed, build if needed, then serve the production site in the foreground.
import { ensureBuilt, ensureInstalled } from './lib-setup.mjs';

ensureInstalled();
ensureBuilt();
await import('./serve.mjs');
