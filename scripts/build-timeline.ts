// Build step: runs the pipeline over seeds/ and writes generated/timeline.json for the site.
// Problems are reported but do not stop the build: the page shows every document that worked.
import { mkdirSync, writeFileSync } from 'node:fs';
import { collectDocuments } from '../src/cli/main';
import { buildTimeline } from '../src/lib/extract/pipeline';
import { applyReview } from '../src/lib/extract/review';
import type { Timeline } from '../src/lib/extract/types';
import { loadGeoparser } from '../src/lib/server/pipeline-node';
import { readReviewFile, reviewPathFor } from '../src/lib/server/review';

const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const started = performance.now();
const { documents, failures } = collectDocuments([seedsDir]);
const raw = buildTimeline(documents, loadGeoparser(), { today });
for (const failure of failures) raw.problems.unshift({ documentId: failure.path, message: `${failure.path}: ${failure.message}` });
// An editor's corrections (seeds/review.json) are applied on every run; a malformed file is reported and left alone.
let timeline: Timeline = raw;
try {
  timeline = applyReview(raw, readReviewFile(reviewPathFor(seedsDir)));
} catch (error) {
  timeline = { ...raw, problems: [...raw.problems, { documentId: 'review.json', message: `${(error as Error).message}; corrections not applied, the file is left as it is` }] };
}
mkdirSync('generated', { recursive: true });
writeFileSync('generated/timeline.raw.json', JSON.stringify(raw));
writeFileSync('generated/timeline.json', JSON.stringify(timeline));
console.log(
  `timeline: ${timeline.documents.length} documents, ${timeline.events.length} events, ${timeline.places.length} places` +
    ` in ${Math.round(performance.now() - started)} ms → generated/timeline.json`
);
for (const problem of timeline.problems) console.warn(`problem: ${problem.message}`);
