import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** `npm run dev` offers the same editing API as `npm start` (corrections saved to seeds/review.json). */
function reviewApi(): Plugin {
  return {
    name: 'crisis-timeline-review-api',
    apply: 'serve',
    async configureServer(server) {
      // Loaded through Vite itself, so the config bundle does not pull in the TypeScript pipeline.
      const { handleReviewApi } = (await server.ssrLoadModule('/src/lib/server/review-api.ts')) as typeof import('./src/lib/server/review-api');
      const options = { seedsDir: process.env.SEEDS_DIR ?? 'seeds', rawTimelinePath: 'generated/timeline.raw.json' };
      server.middlewares.use((req, res, next) => {
        handleReviewApi(req, res, options).then((handled) => handled || next(), next);
      });
    }
  };
}

export default defineConfig({
  plugins: [reviewApi(), sveltekit()],
  server: { host: '127.0.0.1' },
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000
  }
});
